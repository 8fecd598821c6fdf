import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectedGrades } from './testkit/grade-rows.js';
import { startTestServer, type TestServer } from './testkit/server.js';

interface Group {
  programme: { id: string } | null;
  region: string | null;
  grade: string | null;
  country: string | null;
  count: number;
  meanScore: number | null;
}

const STATS = `query($where: GradeWhere, $groupBy: [GradeDimension!]!) {
  gradeStats(where: $where, groupBy: $groupBy) { programme { id } region grade country count meanScore } }`;

const FIVE_TIER_SCORE: Record<string, number> = {
  OUTSTANDING: 4,
  GOOD: 3,
  ADEQUATE: 2,
  REQUIRES_IMPROVEMENT: 1,
  INADEQUATE: 0,
};
const FOUR_TIER_SCORE: Record<string, number> = { OUTSTANDING: 3, GOOD: 2, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 0 };

describe('gradeStats: grouped counts', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('answers "responding to the public, PEEL 2023–25, by region and grade" in one query', async () => {
    const where = { programme: { eq: 'peel-2023-25' }, area: { eq: 'responding-to-the-public' } };
    const result = await server.data<{ gradeStats: Group[] }>(STATS, { where, groupBy: ['REGION', 'GRADE'] });
    const rows = expectedGrades().filter(
      (g) => g.programmeId === 'peel-2023-25' && g.areaId === 'responding-to-the-public',
    );
    const expected = new Map<string, number>();
    for (const g of rows) expected.set(`${g.region}|${g.grade}`, (expected.get(`${g.region}|${g.grade}`) ?? 0) + 1);
    expect(new Map(result.gradeStats.map((g) => [`${g.region}|${g.grade}`, g.count]))).toEqual(expected);
    // Ordered by region, then grade best first.
    const regions = result.gradeStats.map((g) => g.region ?? '');
    expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b, 'en')));
    for (const g of result.gradeStats) {
      expect(g.programme).toBeNull();
      expect(g.meanScore).toBe(FIVE_TIER_SCORE[g.grade!]);
    }
  });

  it('has group counts that add up to the total of the same filter', async () => {
    const where = { region: { in: ['Wales', 'London'] } };
    const stats = await server.data<{ gradeStats: Group[] }>(STATS, { where, groupBy: ['PROGRAMME', 'GRADE'] });
    const total = await server.data<{ grades: { totalCount: number } }>(
      `query($where: GradeWhere) { grades(where: $where) { totalCount } }`,
      { where },
    );
    const sum = stats.gradeStats.reduce((n, g) => n + g.count, 0);
    expect(sum).toBe(total.grades.totalCount);
    expect(sum).toBe(expectedGrades().filter((g) => ['Wales', 'London'].includes(g.region)).length);
  });

  it('computes mean scores within a programme with its own scale', async () => {
    const stats = await server.data<{ gradeStats: Group[] }>(STATS, { groupBy: ['PROGRAMME'] });
    for (const group of stats.gradeStats) {
      const rows = expectedGrades().filter((g) => g.programmeId === group.programme?.id);
      const scores = group.programme!.id >= 'peel-2021' ? FIVE_TIER_SCORE : FOUR_TIER_SCORE;
      const mean = rows.reduce((n, g) => n + scores[g.grade]!, 0) / rows.length;
      expect(group.count).toBe(rows.length);
      expect(group.meanScore).toBeCloseTo(mean, 10);
    }
  });

  it('refuses a mean score that would mix the four- and five-tier scales, saying why', async () => {
    const result = await server.query<{ gradeStats: Group[] }>(STATS, { groupBy: ['COUNTRY'] });
    expect(result.data?.gradeStats.map((g) => g.country)).toEqual(['England', 'Wales']);
    expect(result.data?.gradeStats.every((g) => g.meanScore === null)).toBe(true);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/cannot mix .*four-tier.*Group by PROGRAMME/);
  });

  it('gives one group of everything for an empty groupBy', async () => {
    const stats = await server.data<{ gradeStats: Group[] }>(STATS, {
      groupBy: [],
      where: { programme: { eq: 'peel-2016' } },
    });
    expect(stats.gradeStats).toHaveLength(1);
    expect(stats.gradeStats[0]?.count).toBe(expectedGrades().filter((g) => g.programmeId === 'peel-2016').length);
  });
});
