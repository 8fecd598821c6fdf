import type { ApiKeyRole } from '@prisma/client';

import { createApiKey, revokeApiKey } from '../../src/auth/service.js';
import type { GraphQLResponse, TestServer } from './server.js';

/** An API key on the test server's database, and requests sent with it. */
export interface TestKey {
  readonly id: number;
  readonly key: string;
  /** Sends an operation with this key in `x-api-key`. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like `query`, but fails the test on any GraphQL error and returns the data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  revoke(): Promise<void>;
}

/** Creates a key through the auth service, as `npm run keys:create` does. */
export async function createTestKey(server: TestServer, role: ApiKeyRole, name = `${role.toLowerCase()} key`) {
  const { key, record } = await createApiKey(server.db, { name, role });
  const query = <T>(text: string, variables?: Record<string, unknown>) =>
    queryWithHeaders<T>(server, { 'x-api-key': key }, text, variables);
  const testKey: TestKey = {
    id: record.id,
    key,
    query,
    async data<T>(text: string, variables?: Record<string, unknown>) {
      const result = await query<T>(text, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    async revoke() {
      await revokeApiKey(server.db, record.id);
    },
  };
  return testKey;
}

/** Sends an operation over HTTP with extra request headers, such as `authorization`. */
export async function queryWithHeaders<T = Record<string, unknown>>(
  server: Pick<TestServer, 'url'> | string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(typeof server === 'string' ? server : server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
