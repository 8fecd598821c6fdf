import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ErrorRequestHandler } from 'express';

import type { Logger } from '../logger.js';
import { recordOfResponse } from '../ops/request-record.js';

/**
 * Refuses a request before GraphQL runs, in the shape GraphQL clients already read
 * (`errors[].extensions.code`), and notes the code for the request's log line and metrics.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  recordOfResponse(res)?.errorCodes.push(code);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/** Answers an error that a handler raised instead of answering the request itself. */
export type HttpErrorResponder = (error: unknown, req: IncomingMessage, res: ServerResponse) => void;

/**
 * Errors raised in the HTTP layer (mostly the body parser's) as GraphQL-shaped errors with the right
 * status, instead of an HTML page.
 */
export function httpErrorResponder(maxBytes: number, logger: Logger): HttpErrorResponder {
  return (error, _req, res) => {
    if (res.headersSent) {
      // Too late for an error response: cut the connection so the client sees a broken answer.
      logger.error({ err: error }, 'error after the response began');
      res.destroy();
      return;
    }
    const type = typeof error === 'object' && error && 'type' in error ? error.type : undefined;
    switch (type) {
      case 'entity.too.large':
        return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is over the limit of ${maxBytes} bytes.`, {
          limit: maxBytes,
        });
      case 'entity.parse.failed':
        return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendError(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the body as UTF-8 JSON, uncompressed, gzip or deflate.',
        );
      case 'request.aborted':
        return; // The client is gone; there is no one to answer.
      default:
        logger.error({ err: error }, 'unexpected error in the HTTP layer');
        return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/** The same responder as Express's last handler, for the routes Express serves. */
export function expressErrorHandler(respond: HttpErrorResponder): ErrorRequestHandler {
  // Four parameters, `next` included though unused: Express tells error handlers from others by
  // their arity, and would run a three-parameter one for every request no route answered.
  return (error: unknown, req, res, _next) => respond(error, req, res);
}
