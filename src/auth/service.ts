/**
 * API keys: creating, listing and revoking them, and telling from a request's key who is asking.
 * A key is shown once, when created; the database keeps only its SHA-256 digest. Keys are 32 random
 * bytes, so a fast digest is enough: there is nothing to guess, unlike a password.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

import type { ApiKeyRole } from '@prisma/client';

import type { Context } from '../platform/graphql/context.js';
import type { Database } from '../platform/db/database.js';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors.js';
import {
  type ApiKeyRow,
  findApiKeyByHash,
  findApiKeyById,
  findApiKeys,
  insertApiKey,
  revokeApiKeyById,
  touchApiKey,
} from './store.js';
import { ANONYMOUS, type EditorViewer, type Viewer } from './viewer.js';

export type { ApiKeyRow };

const KEY_PREFIX = 'peel_';
/** How much of a key listings show: `peel_` and 8 characters of its random part. */
const DISPLAY_LENGTH = KEY_PREFIX.length + 8;
/** `lastUsedAt` is a hint for spotting unused keys, so it is written at most once a minute per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreatedApiKey {
  /** The key itself. It is not stored anywhere: show it once and let it go. */
  readonly key: string;
  readonly record: ApiKeyRow;
}

export async function createApiKey(db: Database, input: { name: string; role: ApiKeyRole }): Promise<CreatedApiKey> {
  const name = input.name.trim();
  if (name === '') throw new Error('An API key needs a name, such as the editor it is for.');
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = await insertApiKey(db.prisma, {
    name,
    role: input.role,
    hash: digest(key),
    prefix: key.slice(0, DISPLAY_LENGTH),
  });
  return { key, record };
}

export function listApiKeys(db: Database): Promise<ApiKeyRow[]> {
  return findApiKeys(db.prisma);
}

export type RevokeResult =
  | { readonly outcome: 'revoked'; readonly record: ApiKeyRow }
  | { readonly outcome: 'already-revoked'; readonly record: ApiKeyRow }
  | { readonly outcome: 'not-found' };

/** Revokes a key: from then on a request that sends it is refused. */
export async function revokeApiKey(db: Database, id: number, at: Date = new Date()): Promise<RevokeResult> {
  const revoked = await revokeApiKeyById(db.prisma, id, at);
  const record = await findApiKeyById(db.prisma, id);
  if (!record) return { outcome: 'not-found' };
  return { outcome: revoked ? 'revoked' : 'already-revoked', record };
}

/** The key a request sends in `x-api-key`, or else as `Authorization: Bearer <key>`; undefined if none. */
export function apiKeyFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  const apiKey = (Array.isArray(header) ? header[0] : header)?.trim();
  if (apiKey) return apiKey;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return bearer?.[1];
}

/**
 * Who sends this key: anonymous without one, else its key's holder. A key that is unknown or revoked
 * refuses the whole request (401), so a client learns at once that its key no longer works rather
 * than being served silently as anonymous.
 */
export async function viewerFromApiKey(db: Database, key: string | undefined): Promise<Viewer> {
  if (key === undefined || key === '') return ANONYMOUS;
  const record = await findApiKeyByHash(db.prisma, digest(key));
  if (!record) throw new UnauthenticatedError('This API key is not valid.', 401);
  if (record.revokedAt) throw new UnauthenticatedError('This API key has been revoked.', 401);
  const now = new Date();
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchApiKey(db.prisma, record.id, now);
  }
  const kind = record.role === 'EDITOR' ? 'editor' : 'reader';
  return { kind, keyId: record.id, keyName: record.name };
}

/** The editor making this request, or UNAUTHENTICATED without a key and FORBIDDEN with a reader key. */
export function requireEditor(ctx: Context): EditorViewer {
  const { viewer } = ctx;
  switch (viewer.kind) {
    case 'editor':
      return viewer;
    case 'reader':
      throw new ForbiddenError('Only editors may do this: this API key has the reader role.');
    case 'anonymous':
      throw new UnauthenticatedError('Only editors may do this: send an editor API key in the x-api-key header.');
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
