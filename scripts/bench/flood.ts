/**
 * A client flooding the server with questions that are each new to it: distinct filters, dates,
 * page sizes and CSV exports, and now and then a query text never sent before. Everything the
 * server keeps because of what clients send (the response cache, parsed documents, compiled
 * queries, remembered costs) is bounded in bytes; this shows that the bounds hold, by the server's
 * resident memory, sampled from /proc, over the whole flood.
 */
import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

/**
 * The most the server's resident memory may reach during the flood on the bundled data: what it holds when it has
 * started and warmed up (about 250 MB on PGlite: Node, PostgreSQL in WebAssembly and the model of the
 * data), the stores bounded in bytes at their defaults (32 MiB of answers, 8 MiB for each of the
 * parsed documents, the documents vetted for the direct path, compiled queries and query costs),
 * and room for the garbage collector to work in.
 */
export const FLOOD_RSS_CEILING_MB = 450;

export interface FloodResult {
  readonly seconds: number;
  readonly graphqlRequests: number;
  readonly exportRequests: number;
  /** Answers other than 200 (a 4xx would mean the flood asked bad questions) and transport errors. */
  readonly failures: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly rssAfterMb: number;
  /** The server's RSS every tenth of the flood, in MB: flat once the bounded stores are full. */
  readonly rssTimelineMb: number[];
  /** The ceiling it must stay under; null for a synthetic dataset, whose model alone is larger. */
  readonly ceilingMb: number | null;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;
const GRADES = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

/** A day between 2015 and 2026, or its month. */
function randomDate(): string {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(Math.random() * 12 * 365) * 86_400_000);
  const text = day.toISOString().slice(0, 10);
  return Math.random() < 0.2 ? text.slice(0, 7) : text;
}

function randomFilter(forceIds: readonly string[]): Record<string, unknown> {
  const forces = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => pick(forceIds));
  const filter: Record<string, unknown> = {
    force: { in: forces },
    grade: { gte: pick(GRADES) },
    publishedOn: { gte: randomDate() },
  };
  return Math.random() < 0.5 ? filter : { OR: [filter, { NOT: { force: { eq: pick(forceIds) } } }] };
}

function randomGraphQLBody(forceIds: readonly string[], serial: number): string {
  // One request in ten has a query text of its own: the document caches must stay bounded too.
  const alias = Math.random() < 0.1 ? `q${serial}_${Math.floor(Math.random() * 1e9)}: ` : '';
  const query = `query Flood($w: GradeWhere, $asOf: Date, $first: Int) { ${alias}grades(where: $w, asOf: $asOf, first: $first) {
    totalCount pageInfo { endCursor } nodes { id grade publishedOn force { name } area { name } } } }`;
  return JSON.stringify({
    query,
    variables: { w: randomFilter(forceIds), asOf: randomDate(), first: 1 + Math.floor(Math.random() * 100) },
  });
}

function randomExportPath(forceIds: readonly string[]): string {
  const search = new URLSearchParams({ asOf: randomDate(), force: pick(forceIds), gradeGte: pick(GRADES) });
  return `/export/grades.csv?${search.toString()}`;
}

/** Floods the server at `origin` (process `pid`) for `seconds`, GraphQL and exports at once. */
export async function flood(
  origin: string,
  pid: number,
  forceIds: readonly string[],
  seconds: number,
  ceilingMb: number | null,
): Promise<FloodResult> {
  const rssBeforeMb = rssMb(pid);
  let peakRssMb = rssBeforeMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(pid))), 100);
  const rssTimelineMb: number[] = [];
  const timeline = setInterval(() => rssTimelineMb.push(Math.round(rssMb(pid))), (seconds * 1000) / 10);
  let serial = 0;
  try {
    const [graphql, exports] = await Promise.all([
      autocannon({
        url: `${origin}/graphql`,
        connections: 8,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
            setupRequest: (request) => ({ ...request, body: randomGraphQLBody(forceIds, ++serial) }),
          },
        ],
      }),
      autocannon({
        url: origin,
        connections: 2,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: randomExportPath(forceIds) }) }],
      }),
    ]);
    return {
      seconds,
      graphqlRequests: graphql.requests.total,
      exportRequests: exports.requests.total,
      failures: graphql.non2xx + exports.non2xx + graphql.errors + exports.errors + graphql.timeouts + exports.timeouts,
      rssBeforeMb: Math.round(rssBeforeMb),
      peakRssMb: Math.round(Math.max(peakRssMb, rssMb(pid))),
      rssAfterMb: Math.round(rssMb(pid)),
      rssTimelineMb,
      ceilingMb,
    };
  } finally {
    clearInterval(sampler);
    clearInterval(timeline);
  }
}
