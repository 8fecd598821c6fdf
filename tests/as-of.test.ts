import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectedCounts, gradesCsv, programmeId } from './testkit/bundled-csv.js';
import { startTestServer, type TestServer } from './testkit/server.js';

describe('asOf: grades as they stood on a date', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const northants = (asOf?: string) =>
    server.data<{
      force: {
        inspection: {
          grades: {
            area: { slug: string };
            grade: string;
            amendments: { from: string; to: string; amendedOn: string }[];
          }[];
        };
      };
    }>(
      `query($asOf: Date) { force(id: "northamptonshire") { inspection(programme: "peel-2023-25") {
        grades(asOf: $asOf) { area { slug } grade amendments { from to amendedOn } } } } }`,
      { asOf },
    );
  const responding = async (asOf?: string) =>
    (await northants(asOf)).force.inspection.grades.find((g) => g.area.slug === 'responding-to-the-public');

  it('gives the grade before the amendment of 2024-08-08 for an earlier date', async () => {
    expect(await responding('2024-06-01')).toEqual({
      area: { slug: 'responding-to-the-public' },
      grade: 'ADEQUATE',
      amendments: [],
    });
  });

  it('gives the amended grade, with its amendment, for a later date and for now', async () => {
    const amended = {
      area: { slug: 'responding-to-the-public' },
      grade: 'REQUIRES_IMPROVEMENT',
      amendments: [{ from: 'ADEQUATE', to: 'REQUIRES_IMPROVEMENT', amendedOn: '2024-08-08' }],
    };
    expect(await responding('2024-09-01')).toEqual(amended);
    expect(await responding()).toEqual(amended);
  });

  it('applies the amendment from the day it was made', async () => {
    expect((await responding('2024-08-07'))?.grade).toBe('ADEQUATE');
    expect((await responding('2024-08-08'))?.grade).toBe('REQUIRES_IMPROVEMENT');
  });

  it('reflects the amendment in distributions as of each date, as computed from the CSV files', async () => {
    const query = `query($asOf: Date) { gradeDistribution(programme: "peel-2023-25", area: "responding-to-the-public", asOf: $asOf) {
      counts { grade count } known notKnown } }`;
    for (const asOf of ['2024-06-01', '2024-09-01']) {
      const expected = expectedCounts('PEEL 2023–25', 'Responding to the public', asOf);
      const actual = (
        await server.data<{
          gradeDistribution: { counts: { grade: string; count: number }[]; known: number; notKnown: number };
        }>(query, { asOf })
      ).gradeDistribution;
      expect(Object.fromEntries(actual.counts.map((c) => [c.grade, c.count]))).toEqual(expected.counts);
      expect(actual.known).toBe(expected.known);
      expect(actual.notKnown).toBe(43 - expected.known);
    }
  });

  it('leaves out grades whose publication date is not known, and says why', async () => {
    const undated = gradesCsv().find((g) => g.published === '' && g.programme === 'PEEL 2015');
    expect(undated).toBeDefined();
    const programme = programmeId(undated!.programme);
    const data = await server.data<{
      compareForces: { rows: { cells: { area: { name: string }; grade: string | null; status: string }[] }[] };
    }>(
      `query($f: ID!, $p: ID!) {
        now: compareForces(forces: [$f], programme: $p) { rows { cells { area { name } grade status } } }
        compareForces(forces: [$f], programme: $p, asOf: "2030-01-01") { rows { cells { area { name } grade status } } }
      }`,
      { f: undated!.force_id, p: programme },
    );
    const cell = data.compareForces.rows[0]?.cells.find((c) => c.area.name === undated!.area);
    expect(cell).toEqual({ area: { name: undated!.area }, grade: null, status: 'PUBLICATION_DATE_NOT_KNOWN' });
    const now = (data as unknown as { now: typeof data.compareForces }).now.rows[0]?.cells.find(
      (c) => c.area.name === undated!.area,
    );
    expect(now?.status).toBe('GRADED');
  });

  it('counts a month-only publication date from the last day of its month', async () => {
    const monthOnly = gradesCsv().find((g) => /^\d{4}-\d{2}$/.test(g.published));
    expect(monthOnly).toBeDefined();
    const [year, month] = monthOnly!.published.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.UTC(year, month, -1)).toISOString().slice(0, 10);
    const query = `query($f: ID!, $p: ID!, $asOf: Date) { force(id: $f) { inspection(programme: $p) {
      grades(asOf: $asOf) { area { name } publishedOn } } } }`;
    const areasOn = async (asOf: string) =>
      (
        await server.data<{ force: { inspection: { grades: { area: { name: string }; publishedOn: string }[] } } }>(
          query,
          {
            f: monthOnly!.force_id,
            p: programmeId(monthOnly!.programme),
            asOf,
          },
        )
      ).force.inspection.grades;
    expect((await areasOn(dayBefore)).map((g) => g.area.name)).not.toContain(monthOnly!.area);
    const onLastDay = (await areasOn(lastDay)).find((g) => g.area.name === monthOnly!.area);
    // The month-only date is shown as a month, never as a day.
    expect(onLastDay?.publishedOn).toBe(monthOnly!.published);
  });

  it('rejects impossible dates', async () => {
    const result = await server.query(
      `{ gradeDistribution(programme: "peel-2023-25", area: "investigating-crime", asOf: "2024-02-30") { known } }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/real calendar date/);
  });
});
