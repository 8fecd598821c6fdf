import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { ServerResponse } from 'node:http';

import type { DataVersion } from '../db/data-version.js';
import type { Context } from '../graphql/context.js';
import { recordOfResponse } from '../ops/request-record.js';
import { keep } from '../response-cache/keep.js';
import { answerComputedMeanwhile, lookUp } from '../response-cache/lookup.js';
import { MissesInFlight } from '../response-cache/misses-in-flight.js';
import { sendCached } from '../response-cache/send-cached.js';
import type { CachedResponse, ResponseStore } from '../response-cache/store.js';
import type { DirectExecution } from './direct-execution.js';
import type { Middleware, PipelineRequest } from './pipeline.js';

export interface GraphQLRouteOptions {
  /** Builds the context of one request; may refuse it by throwing (a 401 for a bad API key). */
  readonly context: (req: PipelineRequest, res: ServerResponse) => Promise<Context>;
  /** Answers the common request without Apollo's pipeline, or says Apollo must. */
  readonly direct: DirectExecution;
  /** The response cache, or none when it is turned off. */
  readonly responses: ResponseStore | undefined;
  readonly dataVersion: DataVersion;
}

/**
 * The last step of /graphql: hands each request to Apollo, as Apollo's own standalone server does,
 * with the response cache (src/platform/response-cache/) in front.
 */
export function graphqlRoute(graphql: ApolloServer<Context>, options: GraphQLRouteOptions): Middleware {
  graphql.assertStarted('graphqlRoute()');
  const misses = new MissesInFlight();
  return async (req, res) => {
    const lookup = await lookUp(req, options);
    if (lookup?.hit) return sendCached(req, res, lookup.hit);
    const computedMeanwhile = lookup && (await answerComputedMeanwhile(lookup, misses, options.dataVersion));
    if (computedMeanwhile) return sendCached(req, res, computedMeanwhile);
    // A request that waited in vain computes its own answer, and does not make others wait for it
    // if one of them already does.
    const settle = lookup && !misses.underWay(lookup.key) ? misses.start(lookup.key) : undefined;
    let kept: CachedResponse | undefined;
    let context: Context | undefined;
    try {
      // One context for the request, whichever of the direct path and Apollo asks for it.
      let making: Promise<Context> | undefined;
      const makeContext = () =>
        (making ??= options.context(req, res).then((made) => {
          if (lookup?.versionRead) made.markVersionRead();
          return (context = made);
        }));
      const record = recordOfResponse(res);
      const direct = await options.direct.answer(req, res, makeContext);
      if (record) record.answeredBy = direct ? 'direct' : 'apollo';
      const response =
        direct ??
        (await graphql.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? 'GET').toUpperCase(),
            headers: headersOf(req),
            search: searchOf(req.url),
            body: req.body,
          },
          context: makeContext,
        }));
      // Kept only if the answer was computed from the data of the version it is looked up under:
      // the version may have moved on while it was computed.
      const answeredFrom = context?.hasData ? context.data.version : undefined;
      if (lookup && options.responses && answeredFrom === lookup.version)
        kept = keep(options.responses, lookup.key, response, res);
      await send(res, response);
    } finally {
      settle?.(kept); // whatever happened: those waiting must not wait for ever
    }
  };
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function headersOf(req: PipelineRequest): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function searchOf(url = ''): string {
  const query = url.indexOf('?');
  return query === -1 ? '' : url.slice(query);
}
