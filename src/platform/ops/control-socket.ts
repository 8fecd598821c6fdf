import { createHash } from 'node:crypto';
import { chmodSync, unlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

import type { ApiKeyRole } from '@prisma/client';

import type { ApiKeyRow } from '../../auth/service.js';
import type { Logger } from '../logger.js';
import type { Admin } from './admin.js';

/**
 * The server's control socket: a Unix socket beside the embedded database's folder, through which
 * the command-line tools (keys, import, migrate) act while the server holds the folder. Only the
 * user running the server can open it (mode 0600), and it is not on the network. Requests and
 * answers are JSON over HTTP; each names one operation of `Admin`.
 */
export function controlSocketPathOf(dir: string): string {
  const full = resolve(dir);
  const beside = join(dirname(full), `${basename(full)}.peelgraph-control.sock`);
  // A Unix socket's path must fit in about a hundred bytes; a deep folder gets one in the temp dir.
  if (Buffer.byteLength(beside) <= 100) return beside;
  return join(tmpdir(), `peelgraph-${createHash('sha256').update(full).digest('hex').slice(0, 16)}.sock`);
}

const MAX_REQUEST_BYTES = 64 * 1024;

class ControlRequestError extends Error {}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_REQUEST_BYTES) throw new ControlRequestError('request too large');
  }
  const body: unknown = text === '' ? {} : JSON.parse(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ControlRequestError('expected a JSON object');
  return body as Record<string, unknown>;
}

const ROLES = new Set<ApiKeyRole>(['EDITOR', 'READER']);

/** Each operation, from its JSON arguments. */
function operations(admin: Admin): Record<string, (args: Record<string, unknown>) => Promise<unknown>> {
  return {
    createKey: async ({ name, role }) => {
      if (typeof name !== 'string' || !ROLES.has(role as ApiKeyRole))
        throw new ControlRequestError('name and role expected');
      return admin.createKey({ name, role: role as ApiKeyRole });
    },
    listKeys: () => admin.listKeys(),
    revokeKey: async ({ id }) => {
      if (!Number.isSafeInteger(id)) throw new ControlRequestError('a key id expected');
      return admin.revokeKey(id as number);
    },
    importDataset: async ({ dir }) => {
      if (typeof dir !== 'string') throw new ControlRequestError('a folder expected');
      return admin.importDataset(dir);
    },
    migrate: () => admin.migrate(),
  };
}

export interface ControlSocket {
  readonly path: string;
  close(): Promise<void>;
}

/** Serves `admin` on the control socket of `dir`, which this process must hold (folder-lock.ts). */
export async function serveControlSocket(dir: string, admin: Admin, logger: Logger): Promise<ControlSocket> {
  const path = controlSocketPathOf(dir);
  const handlers = operations(admin);
  const server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\//, '');
    const handler = req.method === 'POST' && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    const answer = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (!handler) return answer(404, { error: `no operation ${name}` });
    void bodyOf(req)
      .then(handler)
      .then(
        (result) => {
          logger.info({ operation: name }, 'command-line tool acted through the control socket');
          answer(200, { result });
        },
        (error: unknown) => {
          const expected = error instanceof ControlRequestError || error instanceof SyntaxError;
          if (!expected) logger.error({ err: error, operation: name }, 'control operation failed');
          answer(expected ? 400 : 500, { error: error instanceof Error ? error.message : String(error) });
        },
      );
  });
  // This process holds the folder, so a socket left at the path is a dead server's.
  try {
    unlinkSync(path);
  } catch {
    // none there
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `Admin` carried out by the server that holds the folder, through its control socket. */
export function remoteAdmin(path: string): Admin {
  const call = <T>(operation: string, args: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const req = request({ socketPath: path, path: `/${operation}`, method: 'POST' }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            const body = JSON.parse(text) as { result?: T; error?: string };
            if (res.statusCode === 200) resolve(body.result as T);
            else reject(new Error(`The server refused: ${body.error ?? res.statusCode}`));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      req.on('error', reject);
      req.end(JSON.stringify(args));
    });
  const withDates = (key: ApiKeyRow): ApiKeyRow => ({
    ...key,
    createdAt: new Date(key.createdAt),
    lastUsedAt: key.lastUsedAt && new Date(key.lastUsedAt),
    revokedAt: key.revokedAt && new Date(key.revokedAt),
  });
  return {
    createKey: async (input) => {
      const created = await call<Awaited<ReturnType<Admin['createKey']>>>('createKey', input);
      return { ...created, record: withDates(created.record) };
    },
    listKeys: async () => (await call<ApiKeyRow[]>('listKeys')).map(withDates),
    revokeKey: async (id) => {
      const result = await call<Awaited<ReturnType<Admin['revokeKey']>>>('revokeKey', { id });
      return result.outcome === 'not-found' ? result : { ...result, record: withDates(result.record) };
    },
    importDataset: (dir) => call('importDataset', { dir: resolve(dir) }),
    migrate: () => call('migrate'),
  };
}
