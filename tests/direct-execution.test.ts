import { readdirSync, readFileSync } from 'node:fs';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../src/platform/logger.js';
import { forcesCsv } from './testkit/bundled-csv.js';
import { RESPONSE_CACHE_OFF, startTestServer, type TestServer } from './testkit/server.js';

const EXAMPLES = new URL('../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => readFileSync(new URL(name, EXAMPLES), 'utf8'));
const forceIds = forcesCsv().map((f) => f.id);

// The direct path (src/platform/http/direct-execution.ts) answers common requests without Apollo's pipeline:
// its answers must be Apollo's own, byte for byte. A request with `extensions` always goes to Apollo,
// so each question is sent both ways and the answers compared.
describe('answers given without Apollo’s pipeline', () => {
  const lines: string[] = [];
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ...RESPONSE_CACHE_OFF, NODE_ENV: 'production' },
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => server.close());

  const send = async (body: Record<string, unknown>, accept?: string, headers: Record<string, string> = {}) => {
    const id = `req-${Math.random().toString(36).slice(2)}`;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id, ...(accept ? { accept } : {}), ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.reqId === id);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      cacheControl: response.headers.get('cache-control'),
      text,
      answeredBy: line?.answeredBy,
    };
  };
  const bothWays = async (body: Record<string, unknown>, accept?: string) => {
    const direct = await send(body, accept);
    const apollo = await send({ ...body, extensions: {} }, accept);
    expect(apollo.answeredBy).toBe('apollo');
    const { answeredBy: _a, ...directAnswer } = direct;
    const { answeredBy: _b, ...apolloAnswer } = apollo;
    expect(directAnswer).toEqual(apolloAnswer);
    return direct;
  };

  it('answers every example, and introspection, as Apollo does, and answers each of them itself', async () => {
    for (const query of [...examples, '{ __schema { queryType { name } types { name fields { name } } } }']) {
      const answer = await bothWays({ query });
      expect(answer.status).toBe(200);
      expect(answer.answeredBy, query).toBe('direct');
    }
  });

  it('answers with variables, operation names and every accepted content type as Apollo does', async () => {
    const query = `query A($f: [ID!]!, $p: ID!, $asOf: Date) { compareForces(forces: $f, programme: $p, asOf: $asOf) {
      areas { id } rows { force { name } cells { grade status record { id amendments { to amendedOn } } } } } }
      query B { programmes { id } }`;
    for (const accept of [
      undefined,
      'application/json',
      'application/graphql-response+json',
      '*/*',
      'text/html, */*;q=0.1',
    ]) {
      const answer = await bothWays(
        { query, operationName: 'A', variables: { f: forceIds.slice(0, 5), p: 'peel-2023-25', asOf: '2024-06' } },
        accept,
      );
      expect(answer.answeredBy).toBe('direct');
    }
  });

  it('leaves errors, refusals, mutations and keyed requests to Apollo, which answers them as before', async () => {
    for (const body of [
      { query: '{ force(id: "kent") { nope } }' },
      { query: '{ compareForces(forces: ["atlantis"], programme: "peel-2023-25") { asOf } }' },
      { query: 'query($w: GradeWhere) { grades(where: $w) { totalCount } }', variables: { w: { grade: { eq: 'X' } } } },
      { query: 'mutation { deleteGrade(input: { id: "a/b/c" }) { id } }' },
      { query: '{ grades(first: 101) { totalCount } }' },
      { query: 'query A { programmes { id } } query B { forces { id } }' },
      { query: '{ programmes { id } }', variables: [] },
    ]) {
      const answer = await send(body);
      expect(answer.answeredBy, JSON.stringify(body)).toBe('apollo');
    }
    const refused = await send({ query: '{ programmes { id } }' }, 'text/html');
    expect([refused.status, refused.answeredBy]).toEqual([406, 'apollo']);
    const keyed = await send({ query: '{ programmes { id } }' }, undefined, { 'x-api-key': 'peel_not-a-key' });
    expect([keyed.status, keyed.answeredBy]).toEqual([401, 'apollo']);
  });

  it('answers random lists of grades as Apollo does', async () => {
    const where = fc.record(
      {
        programme: fc.record({ eq: fc.constantFrom('peel-2015', 'peel-2021-22', 'peel-2023-25') }),
        grade: fc.record({ gte: fc.constantFrom('GOOD', 'ADEQUATE', 'INADEQUATE') }),
        force: fc.record({ in: fc.subarray(forceIds, { maxLength: 5 }) }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(where, fc.integer({ min: 0, max: 100 }), async (w, first) => {
        const answer = await bothWays({
          query: `query($w: GradeWhere, $first: Int) { grades(where: $w, first: $first) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id grade publishedOn area { id } } } } }`,
          variables: { w, first },
        });
        expect(answer.answeredBy).toBe('direct');
      }),
      { numRuns: 40 },
    );
  });
});
