import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type AreaCsv, expectedCounts, forcesCsv, gradeEnum, gradesCsv, readBundled } from './testkit/bundled-csv.js';
import { startTestServer, type TestServer } from './testkit/server.js';

describe('comparing forces', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('forcesWithGrade lists exactly the forces the CSV grades so, ordered by name', async () => {
    const expected = gradesCsv()
      .filter((g) => g.programme === 'PEEL 2021/22' && g.area === 'Investigating crime' && g.grade === 'Inadequate')
      .map((g) => forcesCsv().find((f) => f.id === g.force_id)!.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(expected.length).toBeGreaterThan(0);
    const data = await server.data<{ forcesWithGrade: { name: string }[] }>(`{
      forcesWithGrade(programme: "peel-2021-22", area: "investigating-crime", grade: INADEQUATE) { name } }`);
    expect(data.forcesWithGrade.map((f) => f.name)).toEqual(expected);
  });

  it('forcesWithGrade rejects a grade that is not on the programme scale', async () => {
    const result = await server.query(
      `{ forcesWithGrade(programme: "peel-2017", area: "legitimacy", grade: ADEQUATE) { id } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Adequate is not on PEEL 2017's four-tier scale/);
  });

  it('unknown programme and area ids are NOT_FOUND errors naming the id', async () => {
    const programme = await server.query(`{ gradeDistribution(programme: "peel-1999", area: "x") { known } }`);
    expect(programme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['peel-1999'] });
    expect(programme.errors?.[0]?.message).toContain('peel-1999');
    const area = await server.query(
      `{ forcesWithGrade(programme: "peel-2023-25", area: "bravery", grade: GOOD) { id } }`,
    );
    expect(area.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['bravery'] });
  });

  it('compareForces gives one row per force in the order asked and one cell per area in order', async () => {
    const data = await server.data<{
      compareForces: {
        areas: { id: string; slug: string }[];
        rows: {
          force: { id: string };
          cells: {
            area: { slug: string };
            grade: string | null;
            status: string;
            record: { sourceUrl: string } | null;
          }[];
        }[];
      };
    }>(`{ compareForces(forces: ["norfolk", "cambridgeshire", "kent"], programme: "peel-2023-25") {
      areas { id slug } rows { force { id } cells { area { slug } grade status record { sourceUrl } } } } }`);
    const { areas, rows } = data.compareForces;
    expect(rows.map((r) => r.force.id)).toEqual(['norfolk', 'cambridgeshire', 'kent']);
    expect(areas[0]).toEqual({
      id: 'peel-2023-25/police-powers-and-public-treatment',
      slug: 'police-powers-and-public-treatment',
    });
    for (const row of rows) {
      expect(row.cells.map((c) => c.area.slug)).toEqual(areas.map((a) => a.slug));
      for (const cell of row.cells) {
        const csv = gradesCsv().find(
          (g) =>
            g.force_id === row.force.id &&
            g.programme === 'PEEL 2023–25' &&
            g.area.toLowerCase().replace(/[^a-z]+/g, '-') === cell.area.slug,
        );
        expect(cell.grade).toBe(csv ? gradeEnum(csv.grade) : null);
        expect(cell.status).toBe(csv ? 'GRADED' : 'NOT_KNOWN');
        expect(cell.record?.sourceUrl ?? null).toBe(csv?.source_url ?? null);
      }
    }
    // Cells the files hold no grade for are not known, never "not graded", and there are such cells.
    expect(rows.flatMap((r) => r.cells).some((c) => c.status === 'NOT_KNOWN')).toBe(true);
  });

  it('compareForces says NOT_KNOWN in every cell of a force the files hold no grade for', async () => {
    const graded = new Set(
      gradesCsv()
        .filter((g) => g.programme === 'PEEL 2021/22')
        .map((g) => g.force_id),
    );
    const ungraded = forcesCsv().find((f) => !graded.has(f.id));
    expect(ungraded, 'a force with no PEEL 2021/22 grade in the files').toBeDefined();
    const data = await server.data<{
      compareForces: { rows: { cells: { grade: string | null; status: string }[] }[] };
    }>(
      `query($f: [ID!]!) { compareForces(forces: $f, programme: "peel-2021-22") { rows { cells { grade status } } } }`,
      { f: [ungraded?.id] },
    );
    const cells = data.compareForces.rows[0]?.cells ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.status === 'NOT_KNOWN' && c.grade === null)).toBe(true);
  });

  it('compareForces without forces gives one row per force, ordered by name', async () => {
    const data = await server.data<{ compareForces: { rows: { force: { name: string }; cells: unknown[] }[] } }>(
      `{ compareForces(programme: "peel-2023-25") { rows { force { name } cells { status } } } }`,
    );
    const names = forcesCsv()
      .map((f) => f.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(data.compareForces.rows.map((r) => r.force.name)).toEqual(names);
    const areas = readBundled<AreaCsv>('areas.csv').filter((a) => a.programme === 'PEEL 2023–25').length;
    expect(data.compareForces.rows.every((r) => r.cells.length === areas)).toBe(true);
  });

  it('compareForces names every unknown force id in one NOT_FOUND error', async () => {
    const result = await server.query(
      `{ compareForces(forces: ["kent", "atlantis", "gotham"], programme: "peel-2023-25") { areas { id } } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['atlantis', 'gotham'] });
  });

  it('gradeDistribution counts every grade of the scale, best first, zeros included', async () => {
    const cases = [
      ['peel-2023-25', 'PEEL 2023–25', 'recording-data-about-crime', 'Recording data about crime'],
      ['peel-2017', 'PEEL 2017', 'legitimacy', 'Legitimacy'],
    ] as const;
    for (const [programmeId, programme, areaId, area] of cases) {
      const data = await server.data<{
        gradeDistribution: {
          counts: { grade: string; count: number }[];
          known: number;
          notKnown: number;
          forces: number;
        };
      }>(
        `{ gradeDistribution(programme: "${programmeId}", area: "${areaId}") { counts { grade count } known notKnown forces } }`,
      );
      const expected = expectedCounts(programme, area);
      const d = data.gradeDistribution;
      expect(d.counts.map((c) => c.grade)).toEqual(Object.keys(expected.counts));
      expect(Object.fromEntries(d.counts.map((c) => [c.grade, c.count]))).toEqual(expected.counts);
      expect(d.known).toBe(expected.known);
      expect(d.notKnown).toBe(43 - expected.known);
      expect(d.forces).toBe(43);
    }
  });
});
