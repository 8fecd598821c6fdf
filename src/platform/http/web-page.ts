import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

import type { RequestHandler } from 'express';

import { repositoryPath } from '../../paths.js';
import { acceptsGzip } from './compression.js';

const gzipAsync = promisify(gzip);

/**
 * The page's own policy: everything from this origin, no inline script or style, no frames. Only
 * the page's files carry it: Apollo Sandbox at /graphql loads its code from Apollo's CDN.
 */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/** Vite names the files of assets/ by their content's hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other fixed names: kept, but revalidated on every use (cheap, with the ETag). */
const REVALIDATE = 'no-cache';

interface PageFile {
  readonly body: Buffer;
  readonly gzipped: Buffer | undefined;
  readonly type: string;
  readonly etag: string;
  readonly cacheControl: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/**
 * Every file of the built page, read and gzipped once (the page is a few files of tens of KB), keyed
 * by its URL path. Files Vite does not serve (the build stamp, dotfiles) are left out.
 */
async function loadPage(dir: string): Promise<Map<string, PageFile>> {
  const files = new Map<string, PageFile>();
  for (const path of await filesUnder(dir)) {
    const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
    const extension = extname(path);
    const type = TYPES[extension];
    if (!type || urlPath.split('/').some((part) => part.startsWith('.'))) continue;
    const body = await readFile(path);
    const packed = COMPRESSIBLE.has(extension)
      ? await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION })
      : undefined;
    files.set(urlPath, {
      body,
      gzipped: packed && packed.length < body.length ? packed : undefined,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    });
  }
  return files;
}

const NOT_BUILT =
  'The comparison page has not been built. Run `npm run build` (which `npm start` runs) and reload.\n' +
  'The API is at /graphql.\n';

/**
 * The comparison page (web/, built by Vite into dist/web/) at `/`, with its assets. Paths the page
 * does not have go on to the next handler (a 404), never to the page. Until the page is built, `/`
 * says how to build it; the folder is looked at again on the next request.
 */
export function webPage(dir: string = repositoryPath('dist/web')): RequestHandler {
  let page: Promise<Map<string, PageFile>> | undefined;
  const load = () => {
    if (!page && existsSync(join(dir, 'index.html'))) {
      page = loadPage(dir);
      page.catch(() => (page = undefined));
    }
    return page;
  };
  // Read and compressed while the server starts, not on the first visitor's request.
  void load()?.catch(() => undefined);

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path === '/' ? '/index.html' : req.path;
    const loading = load();
    if (!loading) {
      if (path !== '/index.html') return next();
      res.status(503).type('text/plain').setHeader('cache-control', 'no-store').send(NOT_BUILT);
      return;
    }
    loading.then((files) => {
      const file = files.get(path);
      if (!file) return next();
      res.set(PAGE_SECURITY_HEADERS);
      res.setHeader('cache-control', file.cacheControl);
      res.setHeader('etag', file.etag);
      res.setHeader('content-type', file.type);
      if (file.gzipped) res.vary('accept-encoding');
      if (req.headers['if-none-match'] === file.etag) {
        res.status(304).end();
        return;
      }
      const gzipped = file.gzipped && acceptsGzip(req.headers);
      const body = gzipped ? file.gzipped : file.body;
      if (gzipped) res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-length', String(body?.length ?? 0));
      res.status(200).end(req.method === 'HEAD' ? undefined : body);
    }, next);
  };
}
