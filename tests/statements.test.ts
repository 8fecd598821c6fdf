import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { notifyDataChanged } from '../src/platform/db/data-changes.js';
import { forcesCsv } from './testkit/bundled-csv.js';
import { RESPONSE_CACHE_OFF, startTestServer, STATEMENTS_PER_REQUEST, type TestServer } from './testkit/server.js';

// Requests answer from the in-memory model of the data (src/peel-data/), so what a request costs the
// database does not grow with its answer (no N+1, and no statement of its own at all); the model is
// read again, in a fixed number of statements, only when the data changes. Measured with the response
// cache off, so that every request runs.
describe('SQL statements per operation', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: RESPONSE_CACHE_OFF })));
  afterAll(() => server.close());

  const all = forcesCsv().map((f) => f.id);
  const two = all.slice(0, 2);
  const COMPARE = `query($f: [ID!]!) { compareForces(forces: $f, programme: "peel-2023-25") {
    programme { name } areas { name } rows { force { name inspections { id } } cells { grade record { amendments { to } } } } } }`;

  it('compareForces over 43 forces costs what it costs over 2: nothing beyond the version read', async () => {
    expect(await server.statementsFor(COMPARE, { f: all })).toBe(STATEMENTS_PER_REQUEST);
    expect(await server.statementsFor(COMPARE, { f: two })).toBe(STATEMENTS_PER_REQUEST);
  });

  it('a deep query over every force costs what it costs over one force', async () => {
    const deep = (filter: string) => `{ forces${filter} { name inspections { programme { name areas { name } }
      grades { area { name programme { id } } grade force { id } amendments { from to amendedOn } } } } }`;
    expect(await server.statementsFor(deep(''))).toBe(STATEMENTS_PER_REQUEST);
    expect(await server.statementsFor(deep('(region: "Wales")'))).toBe(STATEMENTS_PER_REQUEST);
  });

  it('forcesWithGrade, gradeDistribution, gradeStats and a page of grades cost no statement of their own', async () => {
    for (const query of [
      `{ forcesWithGrade(programme: "peel-2015", area: "efficiency", grade: GOOD) { name } }`,
      `{ gradeDistribution(programme: "peel-2015", area: "efficiency") { counts { count } } }`,
      `{ gradeStats(where: { programme: { eq: "peel-2023-25" } }, groupBy: [REGION, GRADE]) { region grade count meanScore } }`,
      `{ grades(first: 100) { totalCount nodes { id grade force { name } area { name } programme { name } amendments { to } } } }`,
      `{ grades(first: 2) { totalCount nodes { id } } }`,
    ]) {
      expect(await server.statementsFor(query), query).toBe(STATEMENTS_PER_REQUEST);
    }
  });

  it('reads the model whole after a change the log cannot list, in a fixed number of statements, and then nothing more', async () => {
    // A bulk write, as an import in the server's process makes one: it is told of it. Over a
    // thousand grades are cheaper to read whole than as a list, so the log does not list them.
    const written = await server.db.prisma.$executeRawUnsafe(`UPDATE grade SET note = note`);
    expect(written).toBeGreaterThan(1000);
    await notifyDataChanged({ source: 'import' });
    const rebuild = await server.statementsFor(COMPARE, { f: all });
    // The version and the six tables, read in one transaction (with its BEGIN and COMMIT).
    expect(rebuild).toBeGreaterThan(STATEMENTS_PER_REQUEST);
    expect(rebuild).toBeLessThanOrEqual(STATEMENTS_PER_REQUEST + 9);
    expect(await server.statementsFor(COMPARE, { f: all })).toBe(STATEMENTS_PER_REQUEST);
  });

  it('brings the model up to date after a force is edited with the read of the version alone', async () => {
    await server.db.prisma.force.update({ where: { id: 'kent' }, data: { website: 'https://example.org/kent' } });
    const before = server.db.statements.count;
    await notifyDataChanged({ source: 'import' });
    await server.statementsFor(COMPARE, { f: all });
    // The read of the version the notice makes returns the forces, programmes, areas and
    // inspections with it; then the request's own (on PostgreSQL) finds the model up to date.
    expect(server.db.statements.count - before).toBe(1 + STATEMENTS_PER_REQUEST);
    const website = await server.data<{ force: { website: string } }>('{ force(id: "kent") { website } }');
    expect(website.force.website).toBe('https://example.org/kent');
  });
});
