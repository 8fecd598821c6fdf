import type { ServerResponse } from 'node:http';

import type { ApolloServerPlugin } from '@apollo/server';

import { sendError } from '../http/error-response.js';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; retry shortly.';

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

// What the pg driver, Prisma's pg adapter and Prisma itself say when the server cannot be reached or
// stops answering, as opposed to a query that is wrong. Checked on the error and its causes.
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'P1001', // Prisma: can't reach database server
  'P1002', // Prisma: database server timed out
  'P1008', // Prisma: operations timed out
  'P1017', // Prisma: server has closed the connection
  'P2024', // Prisma: timed out fetching a connection from the pool
  '57P01', // PostgreSQL: admin_shutdown
  '57P02', // PostgreSQL: crash_shutdown
  '57P03', // PostgreSQL: cannot_connect_now (starting up or shutting down)
  '57014', // PostgreSQL: query_canceled (our statement_timeout)
]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Connection closed|Can't reach database server|server closed the connection/i;

/** True when an error means the database is unreachable or not answering in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, kind, message, cause } = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (typeof kind === 'string' && UNREACHABLE_KINDS.has(kind)) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    // Prisma's driver-adapter errors carry the adapter's description in `cause`.
    current = cause;
  }
  return false;
}

/**
 * A response whose errors include a database outage is sent as 503 with Retry-After, so clients
 * and balancers see "try again shortly" rather than a 200 with errors or a bug.
 */
export function databaseOutagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** Answers a request outside GraphQL (the CSV export) that the database cannot serve now. */
export function sendDatabaseUnavailable(res: ServerResponse): void {
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  sendError(res, 503, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
}
