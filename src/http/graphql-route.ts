import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { ServerResponse } from 'node:http';

import vary from 'vary';

import { apiKeyFromHeaders } from '../auth/service.js';
import type { Context } from '../context.js';
import type { DataVersion } from '../db/data-version.js';
import { countResponseCacheHit } from '../ops/metrics.js';
import { recordOfResponse } from '../ops/request-record.js';
import { acceptsGzip, gzipCopyOf } from './compression.js';
import type { DirectExecution } from './direct-execution.js';
import { MissesInFlight } from './misses-in-flight.js';
import type { Middleware, PipelineRequest } from './pipeline.js';
import { cacheableSeconds, type CachedResponse, type ResponseStore, responseKey } from './response-cache.js';

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
 * with the response cache (src/http/response-cache.ts) in front.
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

interface Lookup {
  /** The data version the request started from, and the key of its answer under that version. */
  readonly version: string;
  readonly key: string;
  readonly hit?: CachedResponse;
  /** Whether the data version was read from the database for this request. */
  readonly versionRead: boolean;
}

/**
 * Looks up an anonymous single query sent by POST; undefined for anything the cache must not answer.
 *
 * The lookup uses the data version this process last knew, so a miss, and a refused request, cost
 * no statement here (the request reads the version once its operation is known to run:
 * `Context.takeData`). A
 * hit is served only once the version has been read afresh and found unchanged: on PostgreSQL
 * another instance may have changed the data since.
 */
async function lookUp(
  req: PipelineRequest,
  { responses, dataVersion }: GraphQLRouteOptions,
): Promise<Lookup | undefined> {
  const body: unknown = req.body;
  const single = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!responses || req.method !== 'POST' || !single || apiKeyFromHeaders(req.headers) !== undefined) return undefined;
  const known = dataVersion.current();
  const key = responseKey(known, req.headers.accept, body);
  const cached = await responses.get(key);
  if (!cached) return { version: known, key, versionRead: false };
  try {
    await dataVersion.refresh();
  } catch {
    // Nothing cached is trusted now, and the request will find the outage for itself.
    return { version: known, key, versionRead: true };
  }
  const current = dataVersion.current();
  if (current === known) return { version: known, key, hit: cached, versionRead: true };
  const fresh = responseKey(current, req.headers.accept, body);
  return { version: current, key: fresh, hit: await responses.get(fresh), versionRead: true };
}

/**
 * The answer an identical request was computing when this one missed, once it is kept; undefined if
 * none was under way or it was not kept. As with a hit, it is served only if the data version, read
 * afresh now, is still the one this request started from.
 */
async function answerComputedMeanwhile(
  lookup: Lookup,
  misses: MissesInFlight,
  dataVersion: DataVersion,
): Promise<CachedResponse | undefined> {
  const kept = await misses.underWay(lookup.key);
  if (!kept) return undefined;
  try {
    await dataVersion.refresh();
  } catch {
    return undefined;
  }
  return dataVersion.current() === lookup.version ? kept : undefined;
}

/** Stores the answer if HTTP says it may be kept, and returns the entry stored. */
function keep(
  responses: ResponseStore,
  key: string,
  response: HTTPGraphQLResponse,
  res: ServerResponse,
): CachedResponse | undefined {
  const seconds = cacheableSeconds(response.headers.get('cache-control'));
  if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete' || seconds <= 0) return undefined;
  const entry: CachedResponse = {
    storedAt: Date.now(),
    headers: [...response.headers],
    body: Buffer.from(response.body.string),
    operationName: recordOfResponse(res)?.operationNames[0] ?? 'unknown',
  };
  // Neither is awaited: the answer need not wait for the store. The entry is stored at once, so
  // that a repeat is a hit from now on rather than computed again (a large answer may take seconds);
  // its gzip copy joins it when zlib is done, for what is left of its lifetime. Commands on one
  // Redis connection run in order, so the copy never lands before the entry.
  void responses.set(key, entry, seconds);
  void gzipCopyOf(entry.body)
    .then((gzipped) => {
      const left = seconds - (Date.now() - entry.storedAt) / 1000;
      return gzipped && left > 0 ? responses.set(key, { ...entry, gzipped }, left) : undefined;
    })
    .catch(() => undefined); // no copy: the entry is still served as it is
  return entry;
}

function sendCached(req: PipelineRequest, res: ServerResponse, hit: CachedResponse): void {
  const record = recordOfResponse(res);
  record?.operationNames.push(hit.operationName);
  if (record) record.answeredBy = 'cache';
  countResponseCacheHit();
  res.statusCode = 200;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  res.setHeader('age', String(Math.max(0, Math.round((Date.now() - hit.storedAt) / 1000))));
  if (!hit.gzipped) return void res.end(hit.body);
  // Either encoding may be sent for this answer, so a cache on the way must tell them apart. Added
  // to, not replaced: CORS may already vary the answer by Origin.
  vary(res, 'Accept-Encoding');
  if (!acceptsGzip(req.headers)) return void res.end(hit.body);
  res.setHeader('content-encoding', 'gzip');
  res.end(hit.gzipped);
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
