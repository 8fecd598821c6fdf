import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type AreaCsv,
  forcesCsv,
  type ProgrammeCsv,
  programmeId,
  PROGRAMME_IDS,
  readBundled,
  type ReportCsv,
} from './testkit/bundled-csv.js';
import { startTestServer, type TestServer } from './testkit/server.js';

describe('forces, programmes and inspections', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('lists the 43 forces ordered by name, and narrows by country and region', async () => {
    const data = await server.data<{
      all: { id: string; name: string }[];
      wales: { id: string }[];
      east: { id: string }[];
    }>(`{
      all: forces { id name } wales: forces(country: "Wales") { id } east: forces(region: "East of England") { id } }`);
    const csv = forcesCsv();
    expect(data.all).toHaveLength(43);
    expect(data.all.map((f) => f.name)).toEqual(csv.map((f) => f.name).sort((a, b) => a.localeCompare(b, 'en')));
    expect(data.wales.map((f) => f.id).sort()).toEqual(
      csv
        .filter((f) => f.country === 'Wales')
        .map((f) => f.id)
        .sort(),
    );
    expect(data.east.map((f) => f.id).sort()).toEqual(
      csv
        .filter((f) => f.region === 'East of England')
        .map((f) => f.id)
        .sort(),
    );
  });

  it('returns a force with its former names, and null for an unknown id', async () => {
    const data = await server.data<{ hampshire: { formerNames: string[]; country: string }; none: null }>(`{
      hampshire: force(id: "hampshire") { formerNames country } none: force(id: "atlantis") { id } }`);
    const csv = forcesCsv().find((f) => f.id === 'hampshire')!;
    expect(data.hampshire.formerNames).toEqual(csv.former_names.split(';').filter(Boolean));
    expect(data.none).toBeNull();
  });

  it('lists programmes oldest first with their scales and areas in their own wording', async () => {
    const data = await server.data<{
      programmes: { id: string; name: string; scale: string; grades: string[]; areas: { name: string }[] }[];
    }>(`{
      programmes { id name scale grades areas { name } } }`);
    const programmes = readBundled<ProgrammeCsv>('programmes.csv');
    expect(data.programmes.map((p) => p.name)).toEqual(programmes.map((p) => p.programme));
    expect(data.programmes.map((p) => p.id)).toEqual(programmes.map((p) => programmeId(p.programme)));
    const latest = data.programmes.at(-1)!;
    expect(latest.scale).toBe('FIVE_TIER');
    expect(latest.grades).toEqual(['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']);
    expect(data.programmes[0]?.grades).not.toContain('ADEQUATE');
    expect(latest.areas.map((a) => a.name)).toEqual(
      readBundled<AreaCsv>('areas.csv')
        .filter((a) => a.programme === 'PEEL 2023–25')
        .map((a) => a.area),
    );
  });

  it('links areas that continue across programmes, as an interpretation', async () => {
    const data = await server.data<{
      programme: {
        areas: { slug: string; theme: string; sameThemeIn: { name: string; programme: { id: string } }[] }[];
      };
    }>(`{
      programme(id: "peel-2023-25") { areas { slug theme sameThemeIn { name programme { id } } } } }`);
    const treatment = data.programme.areas.find((a) => a.slug === 'police-powers-and-public-treatment');
    expect(treatment?.sameThemeIn).toEqual([{ name: 'Treatment of the public', programme: { id: 'peel-2021-22' } }]);
  });

  it('gives each inspection its report link and grades with their sources', async () => {
    const data = await server.data<{
      force: {
        inspections: {
          id: string;
          programme: { id: string };
          reportUrl: string | null;
          grades: { basis: string; sourceUrl: string; note: string }[];
        }[];
      };
    }>(`{
      force(id: "cambridgeshire") { inspections { id programme { id } reportUrl grades { basis sourceUrl note } } } }`);
    const report = readBundled<ReportCsv>('reports.csv').find(
      (r) => r.force_id === 'cambridgeshire' && r.programme === 'PEEL 2023–25',
    );
    const latest = data.force.inspections.find((i) => i.programme.id === 'peel-2023-25');
    expect(latest?.id).toBe('cambridgeshire/peel-2023-25');
    expect(latest?.reportUrl).toBe(report?.report_url ?? null);
    expect(data.force.inspections.map((i) => i.programme.id)).toEqual(
      Object.values(PROGRAMME_IDS).filter((id) => data.force.inspections.some((i) => i.programme.id === id)),
    );
    expect(latest?.grades.some((g) => g.basis === 'INFERRED')).toBe(true);
  });
});
