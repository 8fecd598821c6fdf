import { connect } from 'node:net';

import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { FolderInUseError } from '../db/folder-lock.js';
import { type Admin, localAdmin } from '../ops/admin.js';
import { controlSocketPathOf, remoteAdmin } from '../ops/control-socket.js';

/** How long a command waits for a server that holds the folder but is still starting. */
const SERVER_START_WAIT_MS = 20_000;

async function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path)
      .once('connect', () => {
        socket.end();
        resolve(true);
      })
      .once('error', () => resolve(false));
  });
}

/**
 * Runs a command-line tool's work on the configured database (DATABASE_URL, else PGlite at
 * PGLITE_DIR). The tool opens the database itself, migrating it first where `migrateFirst`, unless
 * the server holds the embedded database: then the work is done by the server, through its control
 * socket, and the server answers from the changed data at once. If another command holds it, the
 * tool refuses, having changed nothing, and exits 1.
 */
export async function withAdmin(
  command: string,
  work: (admin: Admin) => Promise<void>,
  { migrateFirst = true }: { migrateFirst?: boolean } = {},
): Promise<void> {
  const settings = loadConfig().database;
  let db;
  try {
    db = await openDatabase(settings, command);
  } catch (error) {
    if (!(error instanceof FolderInUseError) || settings.kind !== 'pglite') throw error;
    if (error.holder.role !== 'server') {
      console.error(`${error.message} Wait for it to finish, then run ${command} again. Nothing was changed.`);
      process.exitCode = 1;
      return;
    }
    const socket = controlSocketPathOf(settings.dir);
    const deadline = Date.now() + SERVER_START_WAIT_MS;
    while (!(await socketAnswers(socket))) {
      if (Date.now() > deadline) {
        console.error(`${error.message} It does not answer on ${socket}; nothing was changed.`);
        process.exitCode = 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.error(`${error.message} Working through it.`);
    await work(remoteAdmin(socket));
    return;
  }
  try {
    if (migrateFirst) await db.migrate();
    await work(localAdmin(db));
  } finally {
    await db.close();
  }
}
