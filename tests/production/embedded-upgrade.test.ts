import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { EmbeddedDatabaseVersionError, openDatabase } from '../../src/platform/db/database.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An empty folder of its own, removed after the test. */
function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peelgraph-embedded-'));
  dirs.push(dir);
  return dir;
}

describe('an embedded database made by an older PostgreSQL', () => {
  it('is refused with what to do, and left as it was', async () => {
    const dir = emptyFolder();
    // The version file PostgreSQL 17 (PGlite 0.3, in earlier peelgraph releases) writes.
    writeFileSync(join(dir, 'PG_VERSION'), '17\n');

    const opening = openDatabase({ kind: 'pglite', dir });
    await expect(opening).rejects.toBeInstanceOf(EmbeddedDatabaseVersionError);
    await expect(opening).rejects.toThrow(/made by PostgreSQL 17.*embeds PostgreSQL 18.*Move the folder aside/);
    expect(readdirSync(dir)).toEqual(['PG_VERSION']);
    expect(readFileSync(join(dir, 'PG_VERSION'), 'utf8')).toBe('17\n');
  });
});

describe('an embedded database made by this PGlite', () => {
  // The version the check expects is written down in the code: were PGlite upgraded to another
  // PostgreSQL without it, the server would refuse the folders it had just made.
  it('opens again after a restart', async () => {
    const dir = emptyFolder();
    const made = await openDatabase({ kind: 'pglite', dir });
    await made.close();
    const reopened = await openDatabase({ kind: 'pglite', dir });
    await reopened.close();
  });
});
