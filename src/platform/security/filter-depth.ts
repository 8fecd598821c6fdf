import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';

import type { Middleware } from '../http/pipeline.js';
import { sendError } from '../http/error-response.js';
import { ErrorCode } from '../errors.js';
import { inputTooDeepError, jsonNestingProblem, literalNestingProblem } from './input-depth.js';

/**
 * Refuses, before the response cache or GraphQL sees it, a request whose JSON (body, or a GET's
 * `variables` and `extensions`) nests too deep: see input-depth.ts.
 */
export function limitInputNesting(maxFilterDepth: number): Middleware {
  return (req, res, next) => {
    const parts: unknown[] = [req.body];
    if (req.method === 'GET') {
      const search = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      for (const name of ['variables', 'extensions']) {
        const text = search.get(name);
        if (text === null) continue;
        try {
          parts.push(JSON.parse(text));
        } catch {
          // Apollo answers malformed JSON in the URL itself.
        }
      }
    }
    for (const part of parts) {
      const problem = jsonNestingProblem(part, maxFilterDepth);
      if (problem !== null) {
        return sendError(res, 400, ErrorCode.BadUserInput, `The request is refused: ${problem}.`, {
          limit: maxFilterDepth,
        });
      }
    }
    next();
  };
}

/** The same limit on filters written into the query text, checked once the operation is parsed. */
export function filterDepthPlugin(maxFilterDepth: number): ApolloServerPlugin {
  // Apollo hands every request with the same query text the same parsed document: check it once.
  const problems = new WeakMap<DocumentNode, string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let problem = problems.get(document);
          if (problem === undefined)
            problems.set(document, (problem = literalNestingProblem(document, maxFilterDepth)));
          if (problem !== null) throw inputTooDeepError('query', problem);
        },
      };
    },
  };
}
