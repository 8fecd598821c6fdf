import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ForceHistoryDocument, HeatMapDocument } from '../web/src/gql/graphql.js';
import { PROGRAMME_IDS } from './testkit/bundled-csv.js';
import { type GraphQLResponse, startTestServer, type TestServer } from './testkit/server.js';

// The comparison page's own operations (web/src/operations.ts), as generated for it, against the
// server's default limits (depth, aliases, cost): every programme and the head-to-head's largest case.
describe("the comparison page's operations within the API's limits", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const costOf = async (query: string, variables: Record<string, unknown>) => {
    const result = (await server.query(query, variables)) as GraphQLResponse & {
      extensions?: { cost?: { requested: number; limit: number } };
    };
    expect(result.errors).toBeUndefined();
    return result.extensions?.cost;
  };

  it('the first view, one request, for every programme and as of a date', async () => {
    for (const programme of Object.values(PROGRAMME_IDS)) {
      for (const asOf of [null, '2024-06-01']) {
        const cost = await costOf(print(HeatMapDocument), { programme, asOf });
        expect(cost!.requested, `${programme} ${asOf}`).toBeLessThan(cost!.limit / 5);
      }
    }
  });

  it("the head-to-head's request per force", async () => {
    const cost = await costOf(print(ForceHistoryDocument), {
      force: 'cambridgeshire',
      asOf: null,
      from: 'peel-2021-22',
      to: 'peel-2023-25',
      withChanges: true,
    });
    expect(cost!.requested).toBeLessThan(cost!.limit / 5);
  });
});
