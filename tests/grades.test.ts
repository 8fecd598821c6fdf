import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectedGrades, GRADE_RANK } from './testkit/grade-rows.js';
import { startTestServer, type TestServer } from './testkit/server.js';

interface Page {
  grades: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; grade: string } }[];
    nodes: { id: string; grade: string }[];
  };
}

const PAGE = `query($where: GradeWhere, $orderBy: [GradeOrder!], $first: Int, $after: String, $asOf: Date) {
  grades(where: $where, orderBy: $orderBy, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id grade } } nodes { id grade } } }`;

describe('grades: the flat, filterable list', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  async function everyPage(variables: Record<string, unknown>): Promise<{ ids: string[]; pages: Page[] }> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const page: Page = await server.data<Page>(PAGE, { ...variables, after });
      pages.push(page);
      after = page.grades.pageInfo.hasNextPage ? page.grades.pageInfo.endCursor : null;
    } while (after !== null);
    return { ids: pages.flatMap((p) => p.grades.nodes.map((n) => n.id)), pages };
  }

  it('combines AND, OR and NOT as the CSV says', async () => {
    const where = {
      programme: { eq: 'peel-2023-25' },
      OR: [
        { grade: { eq: 'OUTSTANDING' } },
        { AND: [{ country: { eq: 'Wales' } }, { grade: { lte: 'REQUIRES_IMPROVEMENT' } }] },
      ],
      NOT: { basis: { eq: 'INFERRED' } },
    };
    const expected = expectedGrades().filter(
      (g) =>
        g.programmeId === 'peel-2023-25' &&
        (g.grade === 'OUTSTANDING' ||
          (g.country === 'Wales' && GRADE_RANK.indexOf(g.grade) >= GRADE_RANK.indexOf('REQUIRES_IMPROVEMENT'))) &&
        g.basis !== 'INFERRED',
    );
    expect(expected.length).toBeGreaterThan(5);
    const { ids, pages } = await everyPage({ where, first: 100 });
    expect(pages[0]?.grades.totalCount).toBe(expected.length);
    expect(ids.sort()).toEqual(expected.map((g) => g.id).sort());
  });

  it('reads gte as "this grade or better" on each record\'s own scale', async () => {
    const expected = expectedGrades().filter((g) => ['OUTSTANDING', 'GOOD'].includes(g.grade));
    const { ids } = await everyPage({ where: { grade: { gte: 'GOOD' } }, first: 100 });
    expect(ids.sort()).toEqual(expected.map((g) => g.id).sort());
  });

  it('pages through every grade without gaps or repeats, with stable cursors', async () => {
    const orderBy = [{ field: 'GRADE', direction: 'DESC' }, { field: 'FORCE_NAME' }];
    const { ids, pages } = await everyPage({ orderBy, first: 100 });
    const all = expectedGrades();
    expect(pages.length).toBe(Math.ceil(all.length / 100));
    expect(ids).toHaveLength(all.length);
    expect(new Set(ids).size).toBe(all.length);
    // The order asked: worst grade first, then force name.
    const byId = new Map(all.map((g) => [g.id, g]));
    const keys = ids.map((id) => byId.get(id)!);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      const rank = GRADE_RANK.indexOf(b.grade) - GRADE_RANK.indexOf(a.grade);
      expect(rank < 0 || (rank === 0 && a.forceName <= b.forceName)).toBe(true);
    }
    // Asking again with the first page's cursor gives the second page again.
    const again = await server.data<Page>(PAGE, { orderBy, first: 100, after: pages[0]!.grades.pageInfo.endCursor });
    expect(again.grades.nodes).toEqual(pages[1]!.grades.nodes);
    expect(pages.at(-1)!.grades.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page larger than 100 rather than cutting it', async () => {
    const result = await server.query(PAGE, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/from 0 to 100/);
  });

  it('defaults to pages of 50', async () => {
    const page = await server.data<Page>(PAGE, {});
    expect(page.grades.nodes).toHaveLength(50);
    expect(page.grades.totalCount).toBe(expectedGrades().length);
  });

  it('refuses a cursor from another ordering', async () => {
    const first = await server.data<Page>(PAGE, { first: 5 });
    const result = await server.query(PAGE, {
      first: 5,
      after: first.grades.pageInfo.endCursor,
      orderBy: [{ field: 'AREA' }],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters on the grade as it stood at asOf', async () => {
    const where = {
      force: { eq: 'northamptonshire' },
      area: { eq: 'responding-to-the-public' },
      grade: { eq: 'ADEQUATE' },
    };
    const before = await server.data<Page>(PAGE, { where, asOf: '2024-06-01' });
    const after = await server.data<Page>(PAGE, { where, asOf: '2024-09-01' });
    expect(before.grades.nodes).toEqual([
      { id: 'northamptonshire/peel-2023-25/responding-to-the-public', grade: 'ADEQUATE' },
    ]);
    expect(after.grades.nodes).toEqual([]);
    expect(after.grades.totalCount).toBe(0);
  });

  it('filters by publication date range, leaving out grades of unknown date', async () => {
    const expected = expectedGrades().filter((g) => g.published.length === 10 && g.published.startsWith('2024'));
    const { ids } = await everyPage({ where: { publishedOn: { gte: '2024-01-01', lte: '2024-12-31' } }, first: 100 });
    const monthOnly2024 = expectedGrades().filter((g) => g.published.length === 7 && g.published.startsWith('2024'));
    expect(ids.sort()).toEqual([...expected, ...monthOnly2024].map((g) => g.id).sort());
  });

  it('filters by area theme across programmes', async () => {
    const { ids } = await everyPage({ where: { areaTheme: { eq: 'public-treatment' } }, first: 100 });
    const expected = expectedGrades().filter((g) =>
      ['treatment-of-the-public', 'police-powers-and-public-treatment'].includes(g.areaId),
    );
    expect(ids.sort()).toEqual(expected.map((g) => g.id).sort());
  });
});
