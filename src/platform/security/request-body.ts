import bodyParser from 'body-parser';
import typeIs from 'type-is';

import { sendError } from '../http/error-response.js';
import type { Middleware } from '../http/pipeline.js';

/**
 * A POST must carry JSON. Anything else is refused with 415 before the body is read, rather than
 * reaching Apollo as an empty body (or, for `text/plain` and forms, as a cross-site request).
 */
export const requireJsonPost: Middleware = (req, res, next) => {
  if (req.method !== 'POST' || typeIs(req, ['application/json'])) return next();
  sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as JSON with `Content-Type: application/json`.');
};

/**
 * Reads a JSON body of at most `maxBytes` (after decompression) into `req.body`; larger bodies are
 * refused with 413 (see error-response.ts).
 */
export function jsonBody(maxBytes: number): Middleware {
  return bodyParser.json({ limit: maxBytes, type: 'application/json' });
}
