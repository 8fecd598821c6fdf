import { randomUUID } from 'node:crypto';

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Logger } from '../logger.js';
import { type ClientKeys, clientLabel } from '../security/client-key.js';
import { operationLabel, type Outcome, recordGraphQLRequest } from './metrics.js';
import { attachToResponse, type RequestRecord } from './request-record.js';

/** Where GraphQL is served; requests there are also counted in the GraphQL metrics. */
export const GRAPHQL_PATH = '/graphql';

/** A request id from a client or proxy is reused only if it is short and plain, so logs stay clean. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Probes and scrapes arrive every few seconds from infrastructure; they are logged at debug only. */
const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Gives every request an id (the caller's `x-request-id` if acceptable, else a new one, returned in
 * the `x-request-id` header), then writes one JSON log line when it ends, and records GraphQL
 * requests in the metrics. It logs the path without the query string, and never a body or the
 * variables: they can hold things that are not ours to keep.
 */
export function requestLogging(
  logger: Logger,
  clients: ClientKeys,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const offered = req.headers['x-request-id'];
    const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader('x-request-id', id);
    const record: RequestRecord = { id, logger: logger.child({ reqId: id }), operationNames: [], errorCodes: [] };
    attachToResponse(res, record);
    const started = process.hrtime.bigint();
    const path = pathOf(req);

    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.statusCode;
      const errorCodes = record.errorCodes.length > 0 || status < 400 ? record.errorCodes : [`HTTP_${String(status)}`];
      const outcome = outcomeOf(res.writableFinished, status, errorCodes);
      const operation = operationLabel(record.operationNames);
      if (path === GRAPHQL_PATH) recordGraphQLRequest({ operation, outcome, seconds, errorCodes });
      const level = status >= 500 ? 'warn' : QUIET_PATHS.has(path) ? 'debug' : 'info';
      // Building the line's fields (hashing the client's name above all) is most of what a line
      // costs: skip it when the line would be dropped.
      if (!record.logger.isLevelEnabled(level)) return;
      record.logger[level](
        {
          method: req.method,
          path,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(path === GRAPHQL_PATH
            ? { operation: record.operationNames.join(',') || undefined, answeredBy: record.answeredBy }
            : {}),
          outcome,
          ...(errorCodes.length > 0 ? { errorCodes: [...new Set(errorCodes)] } : {}),
          client: clientLabel(clients.clientKeyOf(req)),
        },
        'request',
      );
    });
  };
}

/** The path of a request, without its query string. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function outcomeOf(finished: boolean, status: number, errorCodes: readonly string[]): Outcome {
  if (!finished) return 'aborted';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'failed';
  if (status >= 400) return 'refused';
  return errorCodes.length > 0 ? 'error' : 'ok';
}
