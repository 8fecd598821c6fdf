import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from './testkit/server.js';

// Identical requests that miss the response cache together share the one answer the first computes.
describe('identical requests that miss the response cache together', () => {
  let server: TestServer;
  // Answers are kept for one second, so that the last test can outlive one.
  beforeAll(async () => (server = await startTestServer({ env: { CACHE_MAX_AGE: '1' } })));
  afterAll(() => server?.close());

  const post = (query: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  /**
   * Sends `count` identical requests while the PEEL tables are locked, so that every one of them has
   * arrived and missed before any answer can be computed, however busy the machine is. On PGlite the
   * open transaction holds every other statement back; on PostgreSQL the lock does.
   */
  async function sendTogether(query: string, count: number): Promise<{ ages: (string | null)[]; bodies: string[] }> {
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockTaken = () => undefined as void;
    const locked = new Promise<void>((resolve) => (lockTaken = resolve));
    const holding = server.db.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('LOCK TABLE force, programme, area, inspection, grade IN ACCESS EXCLUSIVE MODE');
        lockTaken();
        await released;
      },
      { timeout: 20_000 },
    );
    await locked;
    const pending = Promise.all(
      Array.from({ length: count }, async () => {
        const response = await post(query);
        return { age: response.headers.get('age'), body: await response.text() };
      }),
    );
    await sleep(800);
    release();
    await holding;
    const answers = await pending;
    return { ages: answers.map((a) => a.age), bodies: answers.map((a) => a.body) };
  }

  it('computes the answer once and sends it to every one of them', async () => {
    const { ages, bodies } = await sendTogether('query Together { forces { id name region } }', 8);
    expect(JSON.parse(bodies[0] ?? '')).toMatchObject({ data: { forces: expect.any(Array) } });
    expect(new Set(bodies).size).toBe(1);
    // The one that computed it has no Age; the seven that waited were served it as kept.
    expect(ages.filter((age) => age === null)).toHaveLength(1);
    expect(ages.filter((age) => age !== null)).toHaveLength(7);
  });

  it('never shares an answer with errors: each request computes its own', async () => {
    const query = '{ gradeDistribution(programme: "no-such-programme", area: "efficiency") { known } }';
    const { ages, bodies } = await sendTogether(query, 4);
    expect(JSON.parse(bodies[0] ?? '')).toMatchObject({ errors: expect.any(Array) });
    expect(ages).toEqual([null, null, null, null]);
  });

  it('computes the answer afresh once the shared one has expired, rather than waiting on the old computation', async () => {
    const query = 'query Again { forces { id } }';
    const first = await sendTogether(query, 3);
    expect(first.ages.filter((age) => age === null)).toHaveLength(1);
    await sleep(1_500); // past the one second that answers are kept for here
    const repeat = await post(query);
    expect(repeat.headers.get('age')).toBeNull();
    expect(await repeat.text()).toBe(first.bodies[0]);
  });
});
