import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../../src/platform/logger.js';
import { startTestServer, type TestServer } from '../testkit/server.js';

/** A filter `levels` deep: `NOT` around `NOT` … around `{ force: { eq: "kent" } }`. */
function notNested(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { force: { eq: 'kent' } };
  for (let i = 1; i < levels; i++) filter = { NOT: filter };
  return filter;
}

/** The same as JSON text, written out directly: JSON.stringify itself overflows the stack on thousands of levels. */
const notNestedJson = (levels: number) =>
  `${'{"NOT":'.repeat(levels - 1)}{"force":{"eq":"kent"}}${'}'.repeat(levels - 1)}`;

const GRADES_WHERE = 'query($w: GradeWhere) { grades(where: $w, first: 1) { totalCount } }';
const PAGE = `query($w: GradeWhere, $after: String, $asOf: Date, $order: [GradeOrder!]) {
  grades(where: $w, first: 2, after: $after, asOf: $asOf, orderBy: $order) { pageInfo { endCursor } nodes { id } } }`;
const b64 = (text: string) => Buffer.from(text).toString('base64url');

// Bad input is the client's mistake: a 4xx with a code it can act on, never a 500, and never logged
// as a server error.
describe('inputs built to break the server, in production', () => {
  const lines: string[] = [];
  const serverErrors = () =>
    lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.level >= 50);
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { NODE_ENV: 'production' },
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => server.close());

  const post = async (body: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      ...((await response.json()) as {
        errors?: { message: string; extensions: Record<string, unknown> }[];
        data?: unknown;
      }),
    };
  };

  it('refuses a filter nested 5,000 deep in variables with 400 BAD_USER_INPUT naming the limit', async () => {
    const body = `{"query":${JSON.stringify(GRADES_WHERE)},"variables":{"w":${notNestedJson(5_000)}}}`;
    expect(body.length).toBeLessThan(100 * 1024);
    const result = await post(body);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/limit of 10 levels \(MAX_FILTER_DEPTH\)/);
    expect(serverErrors()).toEqual([]);
  });

  it('answers a filter at the nesting limit and refuses one level more, in variables and in the query text', async () => {
    const atLimit = await post({ query: GRADES_WHERE, variables: { w: notNested(10) } });
    expect(atLimit.errors).toBeUndefined();
    const over = await post({ query: GRADES_WHERE, variables: { w: notNested(11) } });
    expect([over.status, over.errors?.[0]?.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const literal = (levels: number) =>
      `{ grades(where: ${JSON.stringify(notNested(levels)).replace(/"(\w+)":/g, '$1:')}, first: 1) { totalCount } }`;
    expect((await post({ query: literal(10) })).errors).toBeUndefined();
    const literalOver = await post({ query: literal(11) });
    expect([literalOver.status, literalOver.errors?.[0]?.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(literalOver.errors?.[0]?.message).toMatch(/MAX_FILTER_DEPTH/);
  });

  it('refuses JSON nested deep anywhere in the body, or in a GET URL, before it is hashed or parsed', async () => {
    const deep = `${'['.repeat(40_000)}"x"${']'.repeat(40_000)}`;
    for (const body of [
      `{"query":"{ __typename }","extensions":{"deep":${deep}}}`,
      `{"query":"query($f: [ID!]!) { compareForces(forces: $f, programme: \\"peel-2023-25\\") { asOf } }","variables":{"f":${deep}}}`,
    ]) {
      const result = await post(body);
      expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
    const url = `${server.url}?query=${encodeURIComponent(GRADES_WHERE)}&variables=${encodeURIComponent(JSON.stringify({ w: notNested(200) }))}`;
    const viaGet = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(400);
    expect(((await viaGet.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(serverErrors()).toEqual([]);
  });

  it("refuses the CSV export's `where` nested too deep with 400 naming the limit", async () => {
    const exported = (levels: number) =>
      fetch(`${server.origin}/export/grades.csv?where=${encodeURIComponent(notNestedJson(levels))}`);
    const deep = await exported(500);
    expect(deep.status).toBe(400);
    expect(await deep.text()).toMatch(/Bad parameter "where": .*MAX_FILTER_DEPTH/);
    // Deeper still, the URL outgrows what Node reads of a request's head: still the client's mistake.
    expect((await exported(5_000)).status).toBe(431);
    expect((await exported(10)).status).toBe(200);
    expect(serverErrors()).toEqual([]);
  });

  it('counts every condition of a filter in the cost, so a huge filter is refused before it runs', async () => {
    const wide = { OR: Array.from({ length: 3_000 }, (_, i) => ({ force: { eq: `f${i}` } })) };
    const result = await post({ query: GRADES_WHERE, variables: { w: wide } });
    expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([400, 'QUERY_TOO_COSTLY']);
    const small = await post({ query: GRADES_WHERE, variables: { w: { force: { eq: 'kent' } } } });
    expect(small.errors).toBeUndefined();
  });

  describe('cursors', () => {
    it('refuses `after` that is not a cursor (base64 of null, of junk, of other JSON) as BAD_USER_INPUT naming it', async () => {
      for (const after of [b64('null'), 'bnVsbA==', b64('[]'), b64('"x"'), b64('{"q":1}'), '%%%', b64('{')]) {
        const result = await post({ query: PAGE, variables: { after } });
        expect(result.status, after).toBe(200);
        expect(result.errors?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
      expect(serverErrors()).toEqual([]);
    });

    it('refuses a cursor of another filter, order or date, and one whose position was altered', async () => {
      type Page = { grades: { pageInfo: { endCursor: string } } };
      const first = (await post({ query: PAGE, variables: { w: { programme: { eq: 'peel-2023-25' } } } })) as {
        data: Page;
      };
      const cursor = first.data.grades.pageInfo.endCursor;
      const next = await post({ query: PAGE, variables: { w: { programme: { eq: 'peel-2023-25' } }, after: cursor } });
      expect(next.errors).toBeUndefined();
      for (const variables of [
        { after: cursor },
        { w: { programme: { eq: 'peel-2021-22' } }, after: cursor },
        { w: { programme: { eq: 'peel-2023-25' } }, after: cursor, asOf: '2025-01-01' },
        { w: { programme: { eq: 'peel-2023-25' } }, after: cursor, order: [{ field: 'GRADE' }] },
      ]) {
        const result = await post({ query: PAGE, variables });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
        expect(result.errors?.[0]?.message).toMatch(/another question/);
      }
      const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { q: string; k: unknown[] };
      for (const k of [
        ['x', ...payload.k.slice(1)],
        payload.k.slice(1),
        [...payload.k, 1],
        payload.k.map(() => null),
      ]) {
        const altered = b64(JSON.stringify({ ...payload, k }));
        const result = await post({
          query: PAGE,
          variables: { w: { programme: { eq: 'peel-2023-25' } }, after: altered },
        });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
    });
  });
});
