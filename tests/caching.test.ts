import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { startApp } from '../src/platform/http/app.js';
import { createLogger } from '../src/platform/logger.js';
import { createTestKey, queryWithHeaders } from './testkit/keys.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const GRADE = `query Grade { force(id: "kent") { inspection(programme: "peel-2021-22") {
  grades { id grade } } } }`;
const CORRECT = `mutation($input: CorrectGradeInput!) { correctGrade(input: $input) { grade { grade } } }`;

type GradeData = { force: { inspection: { grades: { id: string; grade: string }[] } } };
const gradeOf = (data: GradeData, id: string) => data.force.inspection.grades.find((g) => g.id === id)?.grade;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

/** A grade of Kent's PEEL 2021/22 inspection and a different grade on its (five-tier) scale. */
async function aGradeToCorrect(server: TestServer): Promise<{ id: string; from: string; to: string }> {
  const data = await server.data<GradeData>(GRADE);
  const first = data.force.inspection.grades[0];
  if (!first) throw new Error('Kent has no PEEL 2021/22 grade in the bundled data');
  return { id: first.id, from: first.grade, to: first.grade === 'INADEQUATE' ? 'GOOD' : 'INADEQUATE' };
}

describe('caching', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('serves a repeated anonymous query from the response cache, with public HTTP caching headers', async () => {
    const query = '{ gradeDistribution(programme: "peel-2016", area: "efficiency") { known } }';
    const first = await post(server.url, query);
    const second = await post(server.url, query);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).not.toBeNull();
    expect(await second.json()).toEqual(await first.json());
  });

  it('keeps answers apart that differ in the content type the client accepts', async () => {
    const query = '{ gradeDistribution(programme: "peel-2018-19", area: "efficiency") { known } }';
    const modern = await post(server.url, query, { accept: 'application/graphql-response+json' });
    const plain = await post(server.url, query);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(plain.headers.get('age')).toBeNull();
  });

  it('neither keeps nor lets HTTP caches keep an answer with errors', async () => {
    const query = '{ gradeDistribution(programme: "no-such-programme", area: "efficiency") { known } }';
    for (let i = 0; i < 2; i++) {
      const response = await post(server.url, query);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('age')).toBeNull();
      expect(((await response.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    }
  });

  it('never caches a request made with an API key, nor lets HTTP caches keep it', async () => {
    const reader = await createTestKey(server, 'READER');
    const query = '{ gradeDistribution(programme: "peel-2017", area: "efficiency") { known } }';
    for (let i = 0; i < 2; i++) {
      const response = await post(server.url, query, { 'x-api-key': reader.key });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('age')).toBeNull();
    }
  });

  it('answers a query the response cache does not hold from the model of the data, without reaching the database', async () => {
    const query = 'query NotCached($n: Int) { grades(first: $n) { totalCount } }';
    // Distinct variables miss the response cache; the model of the data answers them.
    const send = (n: number) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { n } }),
      });
    await send(1);
    const before = server.db.statements.count;
    await send(1).then((r) => r.json());
    // On PostgreSQL each request reads the data version once; PGlite needs not even that.
    expect(server.db.statements.count - before).toBe(server.db.kind === 'postgres' ? 1 : 0);
  });

  it('shows a corrected grade on the next read, though the old answer was cached', async () => {
    const editor = await createTestKey(server, 'EDITOR');
    const grade = await aGradeToCorrect(server);
    expect(gradeOf(await server.data<GradeData>(GRADE), grade.id)).toBe(grade.from);
    await editor.data(CORRECT, {
      input: { id: grade.id, grade: grade.to, amendedOn: '2025-01-01', sourceUrl: 'https://example.org/correction' },
    });
    expect(gradeOf(await server.data<GradeData>(GRADE), grade.id)).toBe(grade.to);
    const viaKey = await queryWithHeaders<GradeData>(server, { 'x-api-key': editor.key }, GRADE);
    expect(gradeOf(viaKey.data!, grade.id)).toBe(grade.to);
  });
});

describe('the response cache when Redis is unreachable', () => {
  let server: TestServer;
  // Nothing listens on port 1: every Redis command fails at once.
  beforeAll(async () => (server = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:1' } })));
  afterAll(() => server.close());

  it('misses, and every answer is computed afresh', async () => {
    const query = '{ gradeDistribution(programme: "peel-2016", area: "legitimacy") { known } }';
    const answers = [await post(server.url, query), await post(server.url, query)];
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers.map((r) => r.headers.get('age'))).toEqual([null, null]);
    const [first, second] = await Promise.all(answers.map((r) => r.json()));
    expect(second).toEqual(first);
    expect(first).toMatchObject({ data: { gradeDistribution: { known: expect.any(Number) } } });
  });
});

// Several instances share one PostgreSQL database (and Redis, where the tests have it): a change
// made through one must show on the next read from another, though both had cached the old answer.
describe.skipIf(process.env.PEELGRAPH_TEST_DB !== 'postgres')('caching across instances', () => {
  let first: TestServer;
  let secondUrl: string;
  let stopSecond: () => Promise<void>;
  beforeAll(async () => {
    const redis: Record<string, string> = process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {};
    first = await startTestServer({ env: redis });
    if (first.db.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMIT_ENABLED: 'false',
      ...redis,
    });
    const settings = first.settings;
    const db = await openDatabase(settings);
    const app = await startApp({ ...config, database: settings }, db, createLogger('silent'));
    secondUrl = app.url;
    stopSecond = async () => {
      await app.stop();
      await db.close();
    };
  });
  afterAll(async () => {
    await stopSecond?.();
    await first?.close();
  });

  it('shows a correction made on one instance on the next read from the other', async () => {
    const editor = await createTestKey(first, 'EDITOR');
    const grade = await aGradeToCorrect(first);
    const readSecond = async () =>
      gradeOf(((await (await post(secondUrl, GRADE)).json()) as { data: GradeData }).data, grade.id);
    expect(await readSecond()).toBe(grade.from);
    expect(await readSecond()).toBe(grade.from);
    await editor.data(CORRECT, {
      input: { id: grade.id, grade: grade.to, amendedOn: '2025-01-01', sourceUrl: 'https://example.org/correction' },
    });
    expect(await readSecond()).toBe(grade.to);
  });

  it('names the data by one version on every instance after an edit, so instances share cached answers', async () => {
    if (!process.env.TEST_REDIS_URL) return; // without Redis each instance keeps its own cache
    const editor = await createTestKey(first, 'EDITOR');
    const grade = await aGradeToCorrect(first);
    await editor.data(CORRECT, {
      input: { id: grade.id, grade: grade.to, amendedOn: '2025-02-01', sourceUrl: 'https://example.org/again' },
    });
    const query =
      '{ gradeDistribution(programme: "peel-2021-22", area: "investigating-crime") { known counts { count } } }';
    const computed = await post(first.url, query);
    expect(computed.headers.get('age')).toBeNull();
    const shared = await post(secondUrl, query);
    expect(shared.headers.get('age')).not.toBeNull();
    expect(await shared.json()).toEqual(await computed.json());
  });

  it('reads the data version once for requests that arrive together, not once each', async () => {
    if (first.settings.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const query = '{ gradeDistribution(programme: "peel-2016", area: "legitimacy") { known } }';
    await (await post(first.url, query)).json();
    // Hold the first read of the version at a lock until every request has asked for the version,
    // so that they truly arrive together however busy the machine is (they all ask within a fraction
    // of the read's 2 s timeout).
    const blocker = new pg.Client({ connectionString: first.settings.url });
    await blocker.connect();
    const asked = vi.spyOn(first.db.dataVersion, 'refresh');
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE data_version IN ACCESS EXCLUSIVE MODE');
      const before = first.db.statements.count;
      const pending = Promise.all(Array.from({ length: 20 }, async () => (await post(first.url, query)).json()));
      // Each request, a hit, asks for the version before it is served.
      await expect.poll(() => asked.mock.calls.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(20);
      await blocker.query('COMMIT');
      const answers = await pending;
      expect(answers[0]).toMatchObject({ data: { gradeDistribution: { known: expect.any(Number) } } });
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      // The read held at the lock, then one shared by all who arrived meanwhile (one each without sharing).
      const reads = first.db.statements.count - before;
      expect(reads).toBeGreaterThanOrEqual(2);
      expect(reads).toBeLessThan(10);
    } finally {
      asked.mockRestore();
      await blocker.end();
    }
  });
});

// Two databases whose data versions happen to be equal (test runs, staging and production) may share
// one Redis: neither may be served the other's answers.
describe.skipIf(process.env.PEELGRAPH_TEST_DB !== 'postgres' || !process.env.TEST_REDIS_URL)(
  'one Redis shared by two databases',
  () => {
    const NAME = '{ force(id: "kent") { name } }';
    let first: TestServer;
    let second: TestServer;
    beforeAll(async () => {
      const env = { REDIS_URL: process.env.TEST_REDIS_URL ?? '' };
      [first, second] = await Promise.all([startTestServer({ env }), startTestServer({ env })]);
    });
    afterAll(async () => Promise.all([first?.close(), second?.close()]));

    async function sql(server: TestServer, text: string) {
      if (server.settings.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const client = new pg.Client({ connectionString: server.settings.url });
      await client.connect();
      await client.query(text);
      await client.end();
    }

    it('never serves one database the answers computed from the other', async () => {
      await sql(second, `UPDATE force SET name = 'Kent (second database)' WHERE id = 'kent'`);
      // Equal counters in both: only the databases' own ids tell their versions apart.
      for (const server of [first, second]) await sql(server, 'UPDATE data_version SET version = 424242');
      type Name = { force: { name: string } };
      for (let i = 0; i < 2; i++) expect((await first.data<Name>(NAME)).force.name).toBe('Kent Police');
      for (let i = 0; i < 2; i++) expect((await second.data<Name>(NAME)).force.name).toBe('Kent (second database)');
    });
  },
);
