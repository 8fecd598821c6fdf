import { InMemoryCache } from '@apollo/client';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from './testkit/server.js';

/**
 * A client's normalised cache (Apollo Client's InMemoryCache, with its default keys: `__typename`
 * and `id`) holds one object per key. If two different objects shared a key, one would overwrite the
 * other and be read back wrong: Areas of different programmes with the same slug did, before
 * `Area.id` named its programme. Each operation below reaches every type that has an `id`, and what
 * the cache reads back must be exactly what the server sent.
 */
const OPERATIONS = {
  programmesAndAreas: `{
    programmes { id name areas { id slug name theme programme { id name } sameThemeIn { id slug name programme { id } } } }
  }`,
  forcesInspectionsGrades: `{
    forces { id name region inspections { id publishedOn programme { id name } } }
    force(id: "cambridgeshire") {
      id
      inspections { id grades { id grade area { id slug name programme { id } } amendments { from to amendedOn } } }
    }
  }`,
  gradesAcrossProgrammes: `{
    grades(first: 100, where: { area: { in: ["investigating-crime", "effectiveness", "legitimacy"] } }) {
      nodes { id grade force { id name } programme { id } area { id slug name programme { id name } } }
    }
  }`,
  groupedByArea: `{
    gradeStats(groupBy: [AREA]) { count area { id slug name programme { id name } } }
  }`,
  comparisonsAndChanges: `{
    compareForces(forces: ["cambridgeshire", "norfolk"], programme: "peel-2021-22") {
      areas { id slug programme { id } } rows { force { id } cells { area { id slug } record { id area { id } } } }
    }
    gradeChanges(force: "cambridgeshire", from: "peel-2017", to: "peel-2021-22") {
      fromArea { id slug name programme { id } } toArea { id slug name programme { id } }
    }
  }`,
};

describe('object identity for client caches', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  for (const [name, text] of Object.entries(OPERATIONS)) {
    it(`${name}: Apollo Client's InMemoryCache reads back exactly what was sent`, async () => {
      const cache = new InMemoryCache();
      // The cache keys objects by `__typename`, which it adds to the operation as a client does.
      const query = cache.transformDocument(parse(text));
      const data = await server.data<Record<string, unknown>>(print(query));
      cache.writeQuery({ query, data });
      expect(cache.readQuery({ query })).toEqual(data);
    });
  }

  it('gives areas of different programmes with one slug different ids', async () => {
    const data = await server.data<{ programmes: { areas: { id: string; slug: string }[] }[] }>(
      '{ programmes { areas { id slug } } }',
    );
    const areas = data.programmes.flatMap((p) => p.areas);
    expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
    expect(new Set(areas.map((a) => a.slug)).size).toBeLessThan(areas.length);
  });
});
