/** The operations the benchmark drives, as an analyst or a front end would send them. */
export interface BenchOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export function benchOperations(forceIds: readonly string[], latestProgramme: string): BenchOperation[] {
  return [
    {
      name: 'forcesWithGrade',
      query: `query ForcesWithGrade($p: ID!) { forcesWithGrade(programme: $p, area: "police-powers-and-public-treatment", grade: OUTSTANDING) { id name region } }`,
      variables: { p: latestProgramme },
    },
    {
      name: 'compareForces',
      query: `query CompareForces($f: [ID!]!, $p: ID!) { compareForces(forces: $f, programme: $p) {
        areas { id name } rows { force { id name } cells { grade status } } } }`,
      variables: { f: forceIds, p: latestProgramme },
    },
    {
      name: 'gradeDistribution',
      query: `query GradeDistribution($p: ID!) { gradeDistribution(programme: $p, area: "responding-to-the-public") {
        counts { grade count } known notKnown forces } }`,
      variables: { p: latestProgramme },
    },
    {
      name: 'gradeStats',
      query: `query GradeStats($p: ID!) { gradeStats(where: { programme: { eq: $p }, area: { eq: "responding-to-the-public" } }, groupBy: [REGION, GRADE]) {
        region grade count meanScore } }`,
      variables: { p: latestProgramme },
    },
    {
      name: 'grades100',
      query: `query Grades100 { grades(first: 100) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id grade basis sourceUrl publishedOn } } }`,
    },
    {
      name: 'deep',
      query: `query Deep { forces { id name inspections { id publishedOn reportUrl
        grades { id grade basis sourceUrl publishedOn area { id name } amendments { from to amendedOn } } } } }`,
    },
  ];
}

export const TYPENAME: BenchOperation = { name: '__typename', query: '{ __typename }' };
