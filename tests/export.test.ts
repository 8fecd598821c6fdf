import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectedGrades } from './testkit/grade-rows.js';
import { startTestServer, type TestServer } from './testkit/server.js';

describe('GET /export/grades.csv', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const exportUrl = (params: Record<string, string>) =>
    `${server.url.replace(/\/graphql$/, '')}/export/grades.csv?${new URLSearchParams(params).toString()}`;

  async function exportRows(params: Record<string, string>): Promise<Record<string, string>[]> {
    const response = await fetch(exportUrl(params));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    return parse(await response.text(), { columns: true }) as Record<string, string>[];
  }

  it('exports every grade with its source URL, basis and programme scale', async () => {
    const started = performance.now();
    const rows = await exportRows({});
    const elapsed = performance.now() - started;
    const expected = expectedGrades();
    expect(rows).toHaveLength(expected.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const grade of expected) {
      const row = byId.get(grade.id);
      expect(row?.grade).toBe(grade.grade);
      expect(row?.source_url).toBe(grade.sourceUrl);
      expect(row?.basis).toBe(grade.basis);
      expect(row?.scale).toBe(grade.programmeId >= 'peel-2021' ? 'five-tier' : 'four-tier');
    }
    // Not a benchmark; a guard against an export that has become pathologically slow.
    expect(elapsed).toBeLessThan(5000);
  });

  it('has the same rows as the grades query for the same filter', async () => {
    const where = { OR: [{ grade: { eq: 'INADEQUATE' } }, { basis: { eq: 'INFERRED' } }], country: { eq: 'England' } };
    const rows = await exportRows({ where: JSON.stringify(where), asOf: '2024-06-01' });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        grades: {
          nodes: { id: string; grade: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await server.data(
        `query($where: GradeWhere, $after: String) { grades(where: $where, first: 100, after: $after, asOf: "2024-06-01") {
            nodes { id grade } pageInfo { endCursor hasNextPage } } }`,
        { where, after },
      );
      ids.push(...page.grades.nodes.map((n) => `${n.id} ${n.grade}`));
      after = page.grades.pageInfo.hasNextPage ? page.grades.pageInfo.endCursor : null;
    } while (after);
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.id} ${r.grade}`)).toEqual(ids);
  });

  it('accepts shorthand parameters', async () => {
    const rows = await exportRows({ programme: 'peel-2023-25', region: 'East of England,London', gradeGte: 'GOOD' });
    const expected = expectedGrades().filter(
      (g) =>
        g.programmeId === 'peel-2023-25' &&
        ['East of England', 'London'].includes(g.region) &&
        ['OUTSTANDING', 'GOOD'].includes(g.grade),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((g) => g.id).sort());
  });

  it('answers bad parameters with 400 and a message', async () => {
    for (const [params, message] of [
      [{ grade: 'SUPERB' }, /"grade".*SUPERB/],
      [{ asOf: '2024-02-30' }, /"asOf".*real calendar date/],
      [{ where: '{not json' }, /"where": not valid JSON/],
      [{ colour: 'blue' }, /Unknown parameter.*colour/],
    ] as const) {
      const response = await fetch(exportUrl(params));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
    }
  });
});
