import type { ServerResponse } from 'node:http';

import type { Logger } from '../logger.js';

/**
 * What the server learns about one HTTP request while it handles it, gathered for the request's log
 * line and its metrics. The HTTP layer starts it; the GraphQL plugins fill in what only they know.
 */
export interface RequestRecord {
  readonly id: string;
  /** A child logger that stamps every line with the request id. */
  readonly logger: Logger;
  /** One per operation (a batched request has several). */
  readonly operationNames: string[];
  /** `extensions.code` of every error sent, HTTP refusals included. */
  readonly errorCodes: string[];
  /** What answered a GraphQL request: the response cache, the direct path, or Apollo's pipeline. */
  answeredBy?: 'cache' | 'direct' | 'apollo';
}

// A WeakMap, so a record lives exactly as long as its response, and Express's `res.locals` (typed
// `any`) is not needed to carry it.
const byResponse = new WeakMap<ServerResponse, RequestRecord>();

export function attachToResponse(res: ServerResponse, record: RequestRecord): void {
  byResponse.set(res, record);
}

export function recordOfResponse(res: ServerResponse): RequestRecord | undefined {
  return byResponse.get(res);
}

// On the GraphQL context the record rides under a symbol, enumerable so that it survives the
// shallow copy Apollo makes of the context for each operation, and invisible to resolvers, which
// see the `Context` type only.
const RECORD = Symbol('peelgraph request record');

export function attachToContext(context: object, record: RequestRecord): void {
  // A plain assignment, not `defineProperty`: it is cheaper, and a symbol key is enumerable anyway.
  (context as { [RECORD]?: RequestRecord })[RECORD] = record;
}

export function recordOfContext(context: object): RequestRecord | undefined {
  return (context as { [RECORD]?: RequestRecord })[RECORD];
}
