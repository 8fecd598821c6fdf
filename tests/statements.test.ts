import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { forcesCsv } from './testkit/bundled-csv.js';
import { NO_CACHES, startTestServer, type TestServer } from './testkit/server.js';

// The number of SQL statements must not grow with the number of forces or grades returned (no N+1),
// measured with the caches off so that every request reaches the database.
describe('SQL statements per operation', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: NO_CACHES })));
  afterAll(() => server.close());

  const all = forcesCsv().map((f) => f.id);
  const two = all.slice(0, 2);

  it('compareForces over 43 forces costs what it costs over 2', async () => {
    const query = `query($f: [ID!]!) { compareForces(forces: $f, programme: "peel-2023-25") {
      programme { name } areas { name } rows { force { name inspections { id } } cells { grade record { amendments { to } } } } } }`;
    const over43 = await server.statementsFor(query, { f: all });
    const over2 = await server.statementsFor(query, { f: two });
    expect(over43).toBe(over2);
    expect(over43).toBeLessThanOrEqual(4);
  });

  it('a deep query over every force costs what it costs over one force', async () => {
    const deep = (filter: string) => `{ forces${filter} { name inspections { programme { name areas { name } }
      grades { area { name programme { id } } grade force { id } amendments { from to amendedOn } } } } }`;
    const everyForce = await server.statementsFor(deep(''));
    const oneForce = await server.statementsFor(deep('(region: "Wales")'));
    expect(everyForce).toBe(oneForce);
    expect(everyForce).toBeLessThanOrEqual(4);
  });

  it('forcesWithGrade and gradeDistribution cost a fixed few statements', async () => {
    expect(
      await server.statementsFor(
        `{ forcesWithGrade(programme: "peel-2015", area: "efficiency", grade: GOOD) { name } }`,
      ),
    ).toBeLessThanOrEqual(3);
    expect(
      await server.statementsFor(
        `{ gradeDistribution(programme: "peel-2015", area: "efficiency") { counts { count } } }`,
      ),
    ).toBeLessThanOrEqual(3);
  });

  it('gradeStats by region and grade, and a page of 100 grades, cost a fixed few statements', async () => {
    const stats = `{ gradeStats(where: { programme: { eq: "peel-2023-25" } }, groupBy: [REGION, GRADE]) { region grade count meanScore } }`;
    expect(await server.statementsFor(stats)).toBeLessThanOrEqual(4);
    const page = (first: number) =>
      `{ grades(first: ${first}) { totalCount nodes { id grade force { name } area { name } programme { name } amendments { to } } } }`;
    const hundred = await server.statementsFor(page(100));
    expect(hundred).toBe(await server.statementsFor(page(2)));
    expect(hundred).toBeLessThanOrEqual(4);
  });
});
