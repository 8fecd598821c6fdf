import express, { type RequestHandler } from 'express';

import { sendError } from '../http/error-response.js';

/**
 * A POST must carry JSON. Anything else is refused with 415 before the body is read, rather than
 * reaching Apollo as an empty body (or, for `text/plain` and forms, as a cross-site request).
 */
export const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as JSON with `Content-Type: application/json`.');
};

/** Reads a JSON body of at most `maxBytes` (after decompression); larger bodies are refused with 413. */
export function jsonBody(maxBytes: number): RequestHandler {
  return express.json({ limit: maxBytes, type: 'application/json' });
}
