import type { ApiKeyRole } from '@prisma/client';

import {
  type ApiKeyRow,
  type CreatedApiKey,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  type RevokeResult,
} from '../../auth/service.js';
import type { Database } from '../db/database.js';
import type { MigrationReport } from '../db/migrate.js';
import { importDataset, type ImportResult } from '../../import/service.js';

/**
 * What the command-line tools do to a database: on a database they open themselves, or, when the
 * server holds the embedded database, through the server (control-socket.ts), so that the server
 * sees the change at once and no second PostgreSQL ever opens its folder.
 */
export interface Admin {
  createKey(input: { name: string; role: ApiKeyRole }): Promise<CreatedApiKey>;
  listKeys(): Promise<ApiKeyRow[]>;
  revokeKey(id: number): Promise<RevokeResult>;
  importDataset(dir: string): Promise<ImportResult>;
  migrate(): Promise<MigrationReport>;
}

export function localAdmin(db: Database): Admin {
  return {
    createKey: (input) => createApiKey(db, input),
    listKeys: () => listApiKeys(db),
    revokeKey: (id) => revokeApiKey(db, id),
    importDataset: (dir) => importDataset(db.prisma, dir),
    migrate: () => db.migrate(),
  };
}
