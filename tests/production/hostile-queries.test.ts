import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { areasCsv, forcesCsv, gradesCsv, programmesCsv } from '../testkit/bundled-csv.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../testkit/server.js';

/** Like TestServer.query, but any method, headers and raw body: hostile clients send odd things. */
async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<GraphQLResponse & { headers: Headers }> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  const body = text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as object) : { text };
  return { status: response.status, headers: response.headers, ...body };
}

const HEALTHY = '{ force(id: "kent") { name } }';
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** A query `depth` levels deep: forces > inspections > force > inspections > … > id. */
function nested(depth: number): string {
  const path = Array.from({ length: depth - 1 }, (_, i) =>
    i === 0 ? 'forces' : i % 2 === 1 ? 'inspections' : 'force',
  );
  return `{ ${path.join(' { ')} { id ${'} '.repeat(path.length)}}`;
}

/**
 * List sizes of the documented cost rule (README, "Limits, costs and rate limits"): a list without a
 * `first` counts as many items as it can hold. `forces` holds every force of the files; the others
 * are bounds with room to grow, which the test checks the files stay within.
 */
const FORCES = forcesCsv().length;
const INSPECTIONS = 10;
const GRADES_PER_INSPECTION = 12;
const AREAS_PER_PROGRAMME = 12;
const OTHER_LIST = 10; // any list not named in the rule, such as `Area.sameThemeIn`

// The default limits, in production: MAX_DEPTH 10, MAX_ALIASES 15, MAX_COST 50000, MAX_TOKENS 2000,
// MAX_BODY_BYTES 100 KiB, batching off.
describe('hostile and careless requests, in production', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { NODE_ENV: 'production' } })));
  afterAll(() => server.close());

  it('refuses a query deeper than MAX_DEPTH, and still answers the next', async () => {
    const atLimit = await server.query(nested(10));
    expect(JSON.stringify(atLimit.errors ?? [])).not.toMatch(/depth/);
    const tooDeep = await server.query(nested(11));
    expect(tooDeep.status).toBe(400);
    expect(codeOf(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors?.[0]?.message).toBe('Query depth limit of 10 exceeded, found 11.');
    expect((await server.query(HEALTHY)).status).toBe(200);
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: force(id: "kent") { id }`).join(' ')} }`;
    expect((await server.query(aliases(15))).errors).toBeUndefined();
    const tooMany = await server.query(aliases(16));
    expect(tooMany.status).toBe(400);
    expect(codeOf(tooMany)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooMany.errors?.[0]?.message).toBe('Aliases limit of 15 exceeded, found 16.');
  });

  it('tells every client what its query cost, counting list sizes rather than fields', async () => {
    const costOf = async (query: string, variables?: Record<string, unknown>) => {
      const result = (await server.query(query, variables)) as GraphQLResponse & { extensions?: { cost?: unknown } };
      expect(result.errors).toBeUndefined();
      return result.extensions?.cost;
    };
    const cost = (requested: number) => ({ requested, limit: 50_000 });
    // An object costs 1, a scalar nothing; a list costs its size times (1 + what each item selects).
    expect(await costOf('{ force(id: "kent") { name } }')).toEqual(cost(1));
    expect(await costOf('{ forces { name } }')).toEqual(cost(FORCES * 1));
    expect(await costOf('{ forces { name inspections { id } } }')).toEqual(cost(FORCES * (1 + INSPECTIONS * 1)));
    // A connection costs 1, plus its selection once per item of its page (`first`, default 50).
    expect(await costOf('{ grades(first: 20) { nodes { id } } }')).toEqual(cost(1 + 20 * 1));
    expect(await costOf('{ grades { nodes { id } } }')).toEqual(cost(1 + 50 * 1));
    // A filter's conditions cost 10 each: here `force`, its `in`, and the two items of the list.
    const filtered = '{ grades(first: 1, where: { force: { in: ["kent", "essex"] } }) { nodes { id } } }';
    expect(await costOf(filtered)).toEqual(cost(10 * 4 + 1 + 1 * 1));
    // compareForces costs 1, plus a row (with its force object) per force asked for.
    const compare = `query($f: [ID!]!) { compareForces(forces: $f, programme: "peel-2023-25") { rows { force { name } } } }`;
    const ids = forcesCsv().map((f) => f.id);
    const perRow = 1 + 1;
    expect(await costOf(compare, { f: ids.slice(0, 2) })).toEqual(cost(1 + 2 * perRow));
    expect(await costOf(compare, { f: ids })).toEqual(cost(1 + FORCES * perRow));
    // Without `forces` it compares every force, and costs as much as naming them all.
    const everyForce = `{ compareForces(programme: "peel-2023-25") { rows { force { name } } } }`;
    expect(await costOf(everyForce)).toEqual(cost(1 + FORCES * perRow));
  });

  it('counts lists by sizes the bundled data stays within', () => {
    const most = (keys: string[]) => {
      const counts = new Map<string, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(programmesCsv().length).toBeLessThanOrEqual(INSPECTIONS);
    expect(most(gradesCsv().map((g) => `${g.force_id} ${g.programme}`))).toBeLessThanOrEqual(GRADES_PER_INSPECTION);
    expect(most(areasCsv().map((a) => a.programme))).toBeLessThanOrEqual(AREAS_PER_PROGRAMME);
    const themes = areasCsv().flatMap((a) => (a.theme ? [a.theme] : []));
    expect(most(themes)).toBeLessThanOrEqual(OTHER_LIST);
  });

  it('refuses a query over MAX_COST before running it', async () => {
    const costly = `{ forces { inspections { grades { area { sameThemeIn { programme { areas { name } } } } } } } }`;
    // Each: one object, and what the query selects under it.
    const programme = 1 + AREAS_PER_PROGRAMME * 1;
    const areaOfTheme = 1 + programme;
    const area = 1 + OTHER_LIST * areaOfTheme;
    const grade = 1 + area;
    const inspection = 1 + GRADES_PER_INSPECTION * grade;
    const force = 1 + INSPECTIONS * inspection;
    const expected = FORCES * force;
    expect(expected).toBeGreaterThan(50_000);
    const before = server.db.statements.count;
    const refused = (await server.query(costly)) as GraphQLResponse & { extensions?: Record<string, unknown> };
    expect(server.db.statements.count).toBe(before);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(codeOf(refused)).toBe('QUERY_TOO_COSTLY');
    expect(refused.errors?.[0]?.message).toMatch(
      new RegExp(`^This query's cost, ${expected}, is over the limit of 50000\\.`),
    );
    expect(refused.extensions?.cost).toEqual({ requested: expected, limit: 50_000 });
  });

  it('lets the heaviest real query through: every grade of every force with its amendments', async () => {
    const everything = `{ forces { name inspections { programme { name areas { name } }
      grades { area { name programme { id } } grade force { id } amendments { from to amendedOn } } } } }`;
    const result = await server.query<{ forces: unknown[] }>(everything);
    expect(result.errors).toBeUndefined();
    expect(result.data?.forces).toHaveLength(43);
  });

  it('refuses a document of more than MAX_TOKENS tokens before parsing it whole, and keeps serving', async () => {
    const flood = `{ ${'__typename '.repeat(5_000)}}`;
    const floods = Array.from({ length: 10 }, () => server.query(flood));
    const [healthy, ...refusals] = await Promise.all([server.query(HEALTHY), ...floods]);
    expect(healthy?.status).toBe(200);
    for (const refused of refusals) {
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('GRAPHQL_PARSE_FAILED');
      // graphql-js's own wording ("more that"), so match either spelling.
      expect(refused.errors?.[0]?.message).toMatch(
        /^Syntax Error: Document contains more tha[nt] 2000 tokens\. Parsing aborted\.$/,
      );
    }
  });

  it('refuses a body over MAX_BODY_BYTES with 413', async () => {
    const body = JSON.stringify({ query: HEALTHY, variables: { padding: 'x'.repeat(101 * 1024) } });
    const refused = await send(server.url, { body });
    expect(refused.status).toBe(413);
    expect(codeOf(refused)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched requests while batching is off', async () => {
    const batch = JSON.stringify([{ query: HEALTHY }, { query: HEALTHY }]);
    const refused = await send(server.url, { body: batch });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toBe('Operation batching disabled.');
  });

  it('refuses mutations over GET, and GET requests without a CSRF-safe header', async () => {
    const get = (query: string, headers: Record<string, string>) =>
      send(`${server.url}?query=${encodeURIComponent(query)}`, { method: 'GET', headers });
    expect((await get(HEALTHY, { 'apollo-require-preflight': 'true' })).status).toBe(200);
    // A plain GET is what a browser sends for a cross-site <img> or link: Apollo's CSRF check stops it.
    expect((await get(HEALTHY, {})).status).toBe(400);
    const mutation = await get('mutation { __typename }', { 'apollo-require-preflight': 'true' });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    expect(mutation.data ?? undefined).toBeUndefined();
  });

  it('refuses bodies that are not JSON with 415, and malformed JSON with 400', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const refused = await send(server.url, { headers: { 'content-type': type }, body: `query=${HEALTHY}` });
      expect(refused.status, type).toBe(415);
      expect(codeOf(refused), type).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const malformed = await send(server.url, { body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(codeOf(malformed)).toBe('BAD_REQUEST');
  });

  it('gives no field suggestions and no stack traces, but answers introspection (the schema is public)', async () => {
    const typo = await server.query('{ forcs { id } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "forcs" on type "Query".');
    const notFound = await server.query('{ compareForces(forces: ["atlantis"], programme: "peel-2023-25") { asOf } }');
    expect(codeOf(notFound)).toBe('NOT_FOUND');
    expect(notFound.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    const introspection = await server.data<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(introspection.__schema.queryType.name).toBe('Query');
  });

  it('opens Apollo Sandbox on /graphql in a browser, with the seed question as its operation', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('new window.EmbeddedSandbox(');
    expect(html).toContain('OutstandingInPolicePowers');
  });
});

describe('production with INTROSPECTION=false', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { NODE_ENV: 'production', INTROSPECTION: 'false' } })));
  afterAll(() => server.close());

  it('refuses introspection and serves no Sandbox, which could not load the schema', async () => {
    const introspection = await server.query('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const html = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
    expect(html).not.toContain('EmbeddedSandbox');
  });
});

// The same requests outside production, to show the production answers above come from settings.
describe('the same requests in development, with batching on', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { NODE_ENV: 'development', ALLOW_BATCHING: 'true' } })));
  afterAll(() => server.close());

  it('suggests fields, shows stack traces and answers introspection', async () => {
    const typo = await server.query('{ forcs { id } }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean .*"forces"/);
    const notFound = await server.query('{ compareForces(forces: ["atlantis"], programme: "peel-2023-25") { asOf } }');
    expect(notFound.errors?.[0]?.extensions).toHaveProperty('stacktrace');
    const introspection = await server.data<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(introspection.__schema.queryType.name).toBe('Query');
  });

  it('answers batched requests when ALLOW_BATCHING is true, each operation costed and limited', async () => {
    const batch = JSON.stringify([{ query: HEALTHY }, { query: nested(11) }]);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: batch,
    });
    const [first, second] = (await response.json()) as GraphQLResponse[];
    expect(first?.data).toEqual({ force: { name: 'Kent Police' } });
    expect(first).toMatchObject({ extensions: { cost: { requested: 1 } } });
    expect(codeOf(second ?? { status: 0 })).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
