/**
 * API keys on the configured database (DATABASE_URL, else PGlite at PGLITE_DIR), migrating it first;
 * while the server holds the embedded database, through the server (src/platform/cli/target.ts):
 *
 *   npm run keys:create -- --name NAME --role editor|reader   prints the new key, once
 *   npm run keys:list                                         every key, without the keys themselves
 *   npm run keys:revoke -- ID                                 requests with that key are refused from now on
 *
 * Exits 2 on a usage error and 1 for an unknown key id, having changed nothing.
 */
import { parseArgs } from 'node:util';

import type { ApiKeyRole } from '@prisma/client';

import { withAdmin } from '../platform/cli/target.js';
import type { Admin } from '../platform/ops/admin.js';
import type { ApiKeyRow } from './service.js';

const USAGE = `Usage:
  npm run keys:create -- --name NAME --role editor|reader
  npm run keys:list
  npm run keys:revoke -- ID`;

class UsageError extends Error {}

/** What a command does once the database is open; parsed first, so a usage error opens nothing. */
type Action = (admin: Admin) => Promise<void>;

const ROLES: Readonly<Record<string, ApiKeyRole>> = { editor: 'EDITOR', reader: 'READER' };

function parseCommand(argv: readonly string[]): Action {
  const [command, ...args] = argv;
  switch (command) {
    case 'create': {
      const { values } = parseArgs({ args, options: { name: { type: 'string' }, role: { type: 'string' } } });
      const name = values.name?.trim();
      const roleWord = values.role?.toLowerCase() ?? '';
      const role = Object.hasOwn(ROLES, roleWord) ? ROLES[roleWord] : undefined;
      if (!name) throw new UsageError('--name is required (who or what the key is for).');
      if (!role) throw new UsageError('--role must be editor or reader.');
      return (admin) => create(admin, name, role);
    }
    case 'list':
      parseArgs({ args, options: {} });
      return list;
    case 'revoke': {
      const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
      const [id, ...rest] = positionals;
      if (id === undefined || rest.length > 0 || !/^\d+$/.test(id)) {
        throw new UsageError('Give the id of one key to revoke, as npm run keys:list shows it.');
      }
      return (admin) => revoke(admin, Number(id));
    }
    default:
      throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  }
}

async function create(admin: Admin, name: string, role: ApiKeyRole): Promise<void> {
  const { key, record } = await admin.createKey({ name, role });
  console.log(`Created ${role.toLowerCase()} key ${record.id} "${record.name}" (${record.prefix}…).`);
  console.log('This is the only time the key is shown; only its hash is stored. Keep it secret:');
  console.log(key);
}

async function list(admin: Admin): Promise<void> {
  const keys = await admin.listKeys();
  if (keys.length === 0) return console.log('No API keys. Create one with npm run keys:create.');
  console.log(['id', 'role', 'key', 'created', 'last used', 'revoked', 'name'].join('\t'));
  for (const key of keys) console.log(row(key).join('\t'));
}

function row(key: ApiKeyRow): string[] {
  const minute = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace('T', ' ')}Z` : '-');
  return [
    String(key.id),
    key.role.toLowerCase(),
    `${key.prefix}…`,
    minute(key.createdAt),
    minute(key.lastUsedAt),
    minute(key.revokedAt),
    key.name,
  ];
}

async function revoke(admin: Admin, id: number): Promise<void> {
  const result = await admin.revokeKey(id);
  switch (result.outcome) {
    case 'revoked':
      return console.log(`Revoked key ${result.record.id} "${result.record.name}" (${result.record.prefix}…).`);
    case 'already-revoked':
      return console.log(`Key ${result.record.id} was already revoked on ${result.record.revokedAt?.toISOString()}.`);
    case 'not-found':
      console.error(`No API key with id ${id}.`);
      process.exitCode = 1;
  }
}

let action: Action | undefined;
try {
  action = parseCommand(process.argv.slice(2));
} catch (error) {
  // parseArgs reports unknown or malformed options as a TypeError with an ERR_PARSE_ARGS_* code.
  if (!(error instanceof UsageError || (error instanceof TypeError && 'code' in error))) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
if (action) await withAdmin(`npm run keys:${process.argv[2]}`, action);
