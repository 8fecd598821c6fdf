import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

import Negotiator from 'negotiator';

const gzipAsync = promisify(gzip);

/**
 * Below about one network packet, compressing saves no round trip and costs the client a decoder's
 * start-up: such answers are kept and sent only as they are.
 */
const GZIP_MIN_BYTES = 1024;

/**
 * A gzip copy of a cached answer, made once when the answer is kept and sent on every hit to
 * clients that accept it: a large answer shrinks many times over (the deep query's 360 KB to 20 KB),
 * and bytes are what a client on a real network waits for. Undefined where it would not pay: a small
 * answer, or one that gzip does not shrink.
 *
 * zlib runs on libuv's thread pool, so compressing never holds up the requests being served.
 */
export async function gzipCopyOf(body: Buffer): Promise<Buffer | undefined> {
  if (body.length < GZIP_MIN_BYTES) return undefined;
  const gzipped = await gzipAsync(body);
  return gzipped.length < body.length ? gzipped : undefined;
}

/**
 * Whether the client's `Accept-Encoding` prefers gzip to the answer as it is, read as HTTP reads it
 * (q-values, `identity`, `*`). Browsers and `fetch` send `gzip` on every request; curl only when
 * asked (`--compressed`).
 */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  if (!headers['accept-encoding']) return false;
  return new Negotiator({ headers }).encoding(['gzip', 'identity']) === 'gzip';
}
