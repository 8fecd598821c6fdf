import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { notifyDataChanged } from '../src/platform/db/data-changes.js';
import { MissesInFlight } from '../src/platform/response-cache/misses-in-flight.js';
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
   * Sends `count` identical requests while the one that computes their answer is held back, and lets
   * it go only once every other one has missed the response cache and waits for that answer, however
   * busy the machine is.
   *
   * First the data changes beside the server, as an import changes it, and the server is told: the
   * requests look their answer up under the new version, and the first to need the data builds the
   * model of that version, reading the PEEL tables. The lock holds that read back: on PGlite the open
   * transaction holds every other statement back; on PostgreSQL the lock does. Which requests compute
   * and which wait is seen on `MissesInFlight`, the server's record of them.
   */
  async function sendTogether(query: string, count: number): Promise<{ ages: (string | null)[]; bodies: string[] }> {
    // Moves the data version on by hand, changing nothing: the change log does not list that, so the
    // model is read whole again (a change the log lists would be read with the version, before the
    // requests look their answer up).
    await server.db.prisma.$executeRawUnsafe(`UPDATE data_version SET version = version + 1`);
    await notifyDataChanged({ source: 'import' });
    const computing = vi.spyOn(MissesInFlight.prototype, 'start');
    const lookedUp = vi.spyOn(MissesInFlight.prototype, 'underWay');
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
    try {
      await locked;
      const pending = Promise.all(
        Array.from({ length: count }, async () => {
          const response = await post(query);
          return { age: response.headers.get('age'), body: await response.text() };
        }),
      );
      // One computes the answer (held at the lock); every other one found it under way and waits.
      await expect
        .poll(
          () => ({
            computing: computing.mock.calls.length,
            waiting: lookedUp.mock.results.filter((result) => result.type === 'return' && result.value).length,
          }),
          { timeout: 15_000 },
        )
        .toEqual({ computing: 1, waiting: count - 1 });
      release();
      await holding;
      const answers = await pending;
      return { ages: answers.map((a) => a.age), bodies: answers.map((a) => a.body) };
    } finally {
      release();
      await holding;
      computing.mockRestore();
      lookedUp.mockRestore();
    }
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
    // Repeats are served the kept answer until it expires, a second after it was kept, then one
    // computes it afresh: ask until one does, rather than sleeping past the second with a margin.
    const agesServed: number[] = [];
    const repeat = await vi.waitFor(
      async () => {
        const response = await post(query);
        const age = response.headers.get('age');
        if (age === null) return response;
        agesServed.push(Number(age));
        await response.body?.cancel();
        throw new Error(`served the kept answer (Age ${age})`);
      },
      { timeout: 10_000, interval: 100 },
    );
    // None was served older than the one second it is kept for.
    expect(agesServed.filter((age) => age > 1)).toEqual([]);
    expect(await repeat.text()).toBe(first.bodies[0]);
  });
});
