import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { forcesCsv, readBundled, type AreaCsv } from './testkit/bundled-csv.js';
import {
  compareIn,
  type Dimension,
  type OrderField,
  referenceGrades,
  referenceList,
  referenceStats,
  type Where,
} from './testkit/reference.js';
import { startTestServer, type TestServer } from './testkit/server.js';

/**
 * Random questions, answered by the API and by the reference computed from the CSV files
 * (testkit/reference.ts), must agree; random bad input must be refused as the client's mistake.
 */
const grades = referenceGrades();
const forceIds = forcesCsv().map((f) => f.id);
const regions = [...new Set(forcesCsv().map((f) => f.region))];
const programmeIds = [...new Set(grades.map((g) => g.programmeId))];
const areaSlugs = [...new Set(grades.map((g) => g.areaSlug))];
const areaIds = [...new Set(grades.map((g) => `${g.programmeId}/${g.areaSlug}`))];
const themes = [...new Set(readBundled<AreaCsv>('areas.csv').map((a) => a.theme))].filter(Boolean);
const GRADES = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

const anyDay = fc
  .date({ min: new Date('2014-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Days where answers change: each publication and amendment date, and the day before it. */
const turningPoints = [
  ...new Set(
    [...grades.map((g) => g.publishedLast), ...grades.flatMap((g) => g.amendments.map((a) => a.on))]
      .filter((d): d is string => d !== null)
      .flatMap((d) => [d, new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10)]),
  ),
];
const amendmentDays = grades.flatMap((g) => g.amendments.map((a) => a.on));
const day = fc.oneof(anyDay, fc.constantFrom(...turningPoints), fc.constantFrom(...amendmentDays));
const date = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
);
const some = <T>(values: readonly T[]) => fc.constantFrom(...values);
const listOf = <T>(values: fc.Arbitrary<T>) => fc.array(values, { minLength: 0, maxLength: 4 });
/** Known values mostly, and now and then one that names nothing. */
const idFilter = (known: readonly string[]) => {
  const value = fc.oneof({ weight: 9, arbitrary: some(known) }, { weight: 1, arbitrary: some(['atlantis', 'x/y']) });
  return fc.record({ eq: value, in: listOf(value), notIn: listOf(value) }, { requiredKeys: [] });
};

const leaf: fc.Arbitrary<Where> = fc.oneof(
  idFilter(forceIds).map((force) => ({ force })),
  idFilter(programmeIds).map((programme) => ({ programme })),
  idFilter([...areaSlugs, ...areaIds]).map((area) => ({ area })),
  fc.record({ eq: some(regions), in: listOf(some(regions)) }, { requiredKeys: [] }).map((region) => ({ region })),
  fc.record({ eq: some(['England', 'Wales']) }, { requiredKeys: [] }).map((country) => ({ country })),
  fc
    .record(
      { eq: some(GRADES), in: listOf(some(GRADES)), notIn: listOf(some(GRADES)), gte: some(GRADES), lte: some(GRADES) },
      { requiredKeys: [] },
    )
    .map((grade) => ({ grade })),
  fc.record({ eq: some(['STATED', 'INFERRED']) }, { requiredKeys: [] }).map((basis) => ({ basis })),
  fc.record({ gte: date, lte: date }, { requiredKeys: [] }).map((publishedOn) => ({ publishedOn })),
  fc.record({ eq: some(themes), in: listOf(some(themes)) }, { requiredKeys: [] }).map((areaTheme) => ({ areaTheme })),
);

/** Filters up to four levels deep (the API allows ten), combining several fields and AND, OR, NOT. */
const where: fc.Arbitrary<Where> = fc.letrec<{ where: Where }>((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(leaf, leaf).map(([a, b]) => ({ ...a, ...b })),
    fc.array(tie('where'), { maxLength: 3 }).map((AND) => ({ AND })),
    fc.array(tie('where'), { maxLength: 3 }).map((OR) => ({ OR })),
    tie('where').map((NOT) => ({ NOT })),
  ),
})).where;

const orderBy = fc.uniqueArray(
  fc.record({
    field: some<OrderField>(['FORCE_NAME', 'PROGRAMME', 'AREA', 'GRADE', 'PUBLISHED_ON']),
    direction: some(['ASC', 'DESC'] as const),
  }),
  { selector: (o) => o.field, maxLength: 3 },
);

/** `asOf` as the API reads it: a month means its last day. */
const asOfDay = (asOf: string | null) => {
  if (asOf === null || asOf.length === 10) return asOf;
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

const PAGE = `query($where: GradeWhere, $orderBy: [GradeOrder!], $first: Int, $after: String, $asOf: Date) {
  grades(where: $where, orderBy: $orderBy, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id grade } } }`;

type Page = {
  grades: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; grade: string }[];
  };
};

describe('random questions against a reference computed from the CSV files', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('grades: every page joined is exactly the matching grades, each once, in the order asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        where,
        orderBy,
        fc.integer({ min: 1, max: 100 }),
        fc.option(date, { nil: null }),
        async (filter, order, first, asOf) => {
          const expected = referenceList(grades, filter, asOfDay(asOf));
          const got: { id: string; grade: string }[] = [];
          let after: string | null = null;
          let total = -1;
          for (let pages = 0; pages <= expected.length / first + 1; pages++) {
            const page: Page = await server.data(PAGE, { where: filter, orderBy: order, first, after, asOf });
            total = page.grades.totalCount;
            got.push(...page.grades.nodes);
            if (!page.grades.pageInfo.hasNextPage) break;
            after = page.grades.pageInfo.endCursor;
          }
          expect(total).toBe(expected.length);
          expect(got.map((g) => `${g.id} ${g.grade}`).sort()).toEqual(
            expected.map((l) => `${l.grade.id} ${l.then}`).sort(),
          );
          // In the order asked: each record after the one before it, or tied with it.
          const byId = new Map(expected.map((l) => [l.grade.id, l]));
          for (let i = 1; i < got.length; i++) {
            const before = byId.get(got[i - 1]?.id ?? '');
            const here = byId.get(got[i]?.id ?? '');
            if (before && here) expect(compareIn(order, before, here)).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 240_000);

  it('gradeStats: every group, its count and its mean score', async () => {
    const dimensions = fc.uniqueArray(
      some<Dimension>(['PROGRAMME', 'AREA', 'GRADE', 'REGION', 'COUNTRY', 'FORCE', 'BASIS']),
      { maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(where, dimensions, fc.option(date, { nil: null }), async (filter, groupBy, asOf) => {
        const expected = referenceStats(referenceList(grades, filter, asOfDay(asOf)), groupBy);
        // meanScore only where every group holds one scale; elsewhere asking for it is an error.
        const oneScale = expected.every((g) => g.meanScore !== null);
        const result = await server.query<{
          gradeStats: {
            programme: { id: string } | null;
            area: { id: string } | null;
            grade: string | null;
            region: string | null;
            country: string | null;
            force: { id: string } | null;
            basis: string | null;
            count: number;
            meanScore?: number;
          }[];
        }>(
          `query($where: GradeWhere, $groupBy: [GradeDimension!]!, $asOf: Date) {
            gradeStats(where: $where, groupBy: $groupBy, asOf: $asOf) {
              programme { id } area { id } grade region country force { id } basis count ${oneScale ? 'meanScore' : ''} } }`,
          { where: filter, groupBy, asOf },
        );
        expect(result.errors).toBeUndefined();
        const got = (result.data?.gradeStats ?? []).map((g) => ({
          keys: Object.fromEntries(
            groupBy.map((d) => [
              d,
              {
                PROGRAMME: g.programme?.id,
                AREA: g.area?.id,
                GRADE: g.grade,
                REGION: g.region,
                COUNTRY: g.country,
                FORCE: g.force?.id,
                BASIS: g.basis,
              }[d],
            ]),
          ),
          count: g.count,
          meanScore: oneScale ? g.meanScore : null,
        }));
        const byKeys = (a: { keys: object }, b: { keys: object }) =>
          JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys));
        expect([...got].sort(byKeys)).toEqual(
          expected.map((g) => ({ ...g, meanScore: oneScale ? g.meanScore : null })).sort(byKeys),
        );
      }),
      { numRuns: 120 },
    );
  }, 240_000);
});

describe('random bad input', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { NODE_ENV: 'production' } })));
  afterAll(() => server.close());

  /** Anything at all, as JSON: the wrong type for every argument, now and then. */
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.string(),
    fc.constantFrom(2 ** 53, -1, 0, 1e308, -1e308, 101, 3.5, '2024-02-30', '2024-13', '', 'null', 'bnVsbA=='),
    fc.base64String(),
    fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  );
  const variables = fc.record(
    {
      where: fc.oneof(junk, where),
      orderBy: fc.oneof(junk, orderBy),
      first: junk,
      after: junk,
      asOf: fc.oneof(junk, date),
      groupBy: junk,
      programme: fc.oneof(junk, some(programmeIds)),
      area: fc.oneof(junk, some(areaSlugs)),
      forces: fc.oneof(junk, fc.array(some(forceIds))),
    },
    { requiredKeys: [] },
  );
  const OPERATIONS = [
    PAGE,
    `query($where: GradeWhere, $groupBy: [GradeDimension!]!, $asOf: Date) { gradeStats(where: $where, groupBy: $groupBy, asOf: $asOf) { count meanScore } }`,
    `query($programme: ID!, $area: ID!, $asOf: Date) { gradeDistribution(programme: $programme, area: $area, asOf: $asOf) { known } }`,
    `query($forces: [ID!]!, $programme: ID!, $asOf: Date) { compareForces(forces: $forces, programme: $programme, asOf: $asOf) { rows { cells { grade } } } }`,
    `query($programme: ID!, $area: ID!) { forcesWithGrade(programme: $programme, area: $area, grade: GOOD) { id } }`,
    `query($first: Int) { auditEntries(first: $first) { id } }`,
  ];
  /** Codes that say the client must change its request; anything else would be the server's fault. */
  const CLIENT_CODES = new Set([
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'GRAPHQL_VALIDATION_FAILED',
    'QUERY_TOO_COSTLY',
    'UNAUTHENTICATED',
    'BAD_REQUEST',
  ]);

  it('is always refused as the client’s mistake, never as a server error', async () => {
    await fc.assert(
      fc.asyncProperty(some(OPERATIONS), variables, async (query, vars) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: vars }),
        });
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of body.errors ?? []) expect(CLIENT_CODES).toContain(error.extensions?.code);
      }),
      { numRuns: 400 },
    );
  }, 240_000);

  it('in the CSV export too: any parameter is a 200 or a 400, never a 5xx', async () => {
    const names = ['where', 'force', 'programme', 'area', 'grade', 'gradeGte', 'basis', 'publishedFrom', 'asOf', 'x'];
    const params = fc.array(
      fc.tuple(
        some(names),
        fc.oneof(
          fc.string(),
          junk.map((v) => JSON.stringify(v) ?? ''),
        ),
      ),
      {
        maxLength: 4,
      },
    );
    await fc.assert(
      fc.asyncProperty(params, async (pairs) => {
        const search = new URLSearchParams(pairs.map(([k, v]) => [k, v] as [string, string]));
        const response = await fetch(`${server.origin}/export/grades.csv?${search.toString()}`);
        await response.arrayBuffer();
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
  }, 240_000);
});
