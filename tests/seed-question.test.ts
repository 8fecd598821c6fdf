import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from './testkit/server.js';

// Facts from a March 2024 news report (Hunts Post) on Cambridgeshire's PEEL 2023–25 inspection.
describe('the seed question: Cambridgeshire, PEEL 2023–25', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('reproduces the grades published on 2024-03-12', async () => {
    const data = await server.data<{
      force: { name: string; inspection: { publishedOn: string; grades: { area: { name: string }; grade: string }[] } };
    }>(`{
      force(id: "cambridgeshire") {
        name
        inspection(programme: "peel-2023-25") { publishedOn grades { area { name } grade } }
      }
    }`);
    expect(data.force.name).toBe('Cambridgeshire Constabulary');
    expect(data.force.inspection.publishedOn).toBe('2024-03-12');
    const grades = Object.fromEntries(data.force.inspection.grades.map((g) => [g.area.name, g.grade]));
    expect(grades).toMatchObject({
      'Police powers and public treatment': 'OUTSTANDING',
      'Preventing crime': 'GOOD',
      'Developing a positive workplace': 'GOOD',
      'Investigating crime': 'ADEQUATE',
      'Protecting vulnerable people': 'ADEQUATE',
      'Responding to the public': 'INADEQUATE',
      'Managing offenders and suspects': 'INADEQUATE',
    });
  });

  it('finds Cambridgeshire the only force rated Outstanding in police powers as of its publication', async () => {
    const data = await server.data<{ forcesWithGrade: { id: string; name: string }[] }>(`{
      forcesWithGrade(programme: "peel-2023-25", area: "police-powers-and-public-treatment",
                      grade: OUTSTANDING, asOf: "2024-03-12") { id name }
    }`);
    expect(data.forcesWithGrade).toEqual([{ id: 'cambridgeshire', name: 'Cambridgeshire Constabulary' }]);
  });

  it('has no Cambridgeshire police-powers grade the day before publication', async () => {
    const data = await server.data<{
      compareForces: { rows: { cells: { area: { slug: string }; grade: string | null; status: string }[] }[] };
    }>(`{
      compareForces(forces: ["cambridgeshire"], programme: "peel-2023-25", asOf: "2024-03-11") {
        rows { cells { area { slug } grade status } }
      }
    }`);
    const cell = data.compareForces.rows[0]?.cells.find((c) => c.area.slug === 'police-powers-and-public-treatment');
    expect(cell).toEqual({
      area: { slug: 'police-powers-and-public-treatment' },
      grade: null,
      status: 'NOT_YET_PUBLISHED',
    });
  });
});
