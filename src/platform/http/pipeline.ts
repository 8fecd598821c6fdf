import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HttpErrorResponder } from './error-response.js';

/** A request as the handlers of a pipeline see it: Node's own, with the body once it is parsed. */
export interface PipelineRequest extends IncomingMessage {
  body?: unknown;
}

/**
 * A Connect-style step (as `cors` and `body-parser` are): it answers the request, or calls `next()`
 * to pass it on, or `next(error)` to have it answered as an error. It may return a promise, whose
 * rejection counts as `next(error)`.
 */
export type Middleware = (
  req: PipelineRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void | Promise<void>;

/**
 * Runs the steps in order on Node's own request and response. /graphql is served this way rather
 * than through Express: Express gives every request and response new prototypes and walks its
 * router, which cost more per request than the whole of executing a small query (see the README's
 * performance section). The other routes, which are not on the hot path, stay on Express.
 */
export function pipeline(
  steps: readonly Middleware[],
  onError: HttpErrorResponder,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let index = 0;
    const fail = (error: unknown) => onError(error, req, res);
    const next = (error?: unknown): void => {
      if (error !== undefined) return fail(error);
      const step = steps[index++];
      // The last step answers; reaching past it is a bug, answered as one.
      if (!step) return fail(new Error('no step of the pipeline answered the request'));
      try {
        const result = step(req, res, next);
        if (result) result.catch(fail);
      } catch (thrown) {
        fail(thrown);
      }
    };
    next();
  };
}
