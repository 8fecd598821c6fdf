import { readdirSync, readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { byCode, CHECKED_CURSOR, exampleAnswer } from './testkit/example-answers.js';
import { EXAMPLE_PROPERTIES } from './testkit/example-properties.js';
import { dayRange } from './testkit/reference.js';
import { startTestServer, type TestServer } from './testkit/server.js';

// Every operation in examples/ runs against the server and its whole answer must equal the one
// computed from the CSV files, so the examples analysts start from never rot. An example without an
// expected answer fails the suite.
const DIR = new URL('../examples/', import.meta.url);
const examples = readdirSync(DIR).filter((name) => name.endsWith('.graphql'));

type Data = Record<string, unknown>;
type Node = { id: string; publishedOn: string };
type Page = { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const AFTER_2024 = `query($after: String) { grades(where: { publishedOn: { gte: "2024-01-01", lte: "2024-12-31" } },
  orderBy: [{ field: PUBLISHED_ON }], first: 100, after: $after) { nodes { id publishedOn } pageInfo { hasNextPage endCursor } } }`;

/** Consecutive items of one key, each run sorted by id: the order the schema leaves to the API. */
function sortRuns(nodes: readonly Node[], key: (n: Node) => string): Node[] {
  const runs: Node[][] = [];
  for (const node of nodes) {
    const run = runs.at(-1);
    if (run && key(run[0]!) === key(node)) run.push(node);
    else runs.push([node]);
  }
  return runs.flatMap((run) => run.sort((a, b) => byCode(a.id, b.id)));
}

/** Makes the parts of an answer that the schema leaves open comparable; the rest is compared as it is. */
const NORMALISE: Record<string, (data: Data, server: TestServer) => Promise<Data>> = {
  // Grades of one publication day come in "a stable internal order", and the cursor is opaque: the
  // page after it must be the empty one at the end of the list.
  'published-in-2024.graphql': async (data, server) => {
    const grades = data.grades as Page;
    const next = await server.data<{ grades: Page }>(AFTER_2024, { after: grades.pageInfo.endCursor });
    expect(next.grades).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const nodes = sortRuns(grades.nodes, (n) => dayRange(n.publishedOn).last);
    return { grades: { ...grades, nodes, pageInfo: { ...grades.pageInfo, endCursor: CHECKED_CURSOR } } };
  },
};

/** How many list items an answer holds, at any depth. */
const items = (value: unknown): number =>
  Array.isArray(value)
    ? value.length + value.reduce((n: number, v) => n + items(v), 0)
    : value !== null && typeof value === 'object'
      ? Object.values(value).reduce((n: number, v) => n + items(v), 0)
      : 0;

describe('examples/', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('has at least ten examples, each with an expected answer and rules', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((name) => !exampleAnswer(name) || !EXAMPLE_PROPERTIES[name])).toEqual([]);
  });

  for (const name of examples) {
    it(`${name} answers as the CSV files say`, async () => {
      const expected = exampleAnswer(name);
      if (!expected) throw new Error(`No expected answer for ${name}`);
      // An empty expectation would let an empty answer pass: each field asked must have something in it.
      for (const [field, value] of Object.entries(expected)) expect(items(value), field).toBeGreaterThan(0);
      const data = await server.data<Data>(readFileSync(new URL(name, DIR), 'utf8'));
      expect(await (NORMALISE[name]?.(data, server) ?? data)).toEqual(expected);
      EXAMPLE_PROPERTIES[name]?.(data);
    });
  }
});
