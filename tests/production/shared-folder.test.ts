import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { claimFolder, lockPathOf } from '../../src/platform/db/folder-lock.js';
import { runCli } from '../testkit/cli.js';
import { editRow, TempFolders } from '../testkit/dataset-copy.js';
import { queryWithHeaders } from '../testkit/keys.js';
import { type ServerProcess, startServerProcess } from '../testkit/server-process.js';

const AUDIT = '{ auditEntries(first: 1) { id } }';

// PGlite is one PostgreSQL in one process: a second process must never open the folder the server
// holds. Command-line tools work through the server instead, and the server sees their changes at once.
describe.skipIf(process.env.PEELGRAPH_TEST_DB === 'postgres')('one embedded database, several processes', () => {
  const folders = new TempFolders();
  let dir: string;
  let server: ServerProcess;
  const env = () => {
    const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...inherited } = process.env;
    return { ...inherited, PGLITE_DIR: dir, LOG_LEVEL: 'warn' };
  };
  const keys = (...args: string[]) => runCli('src/auth/keys-cli.ts', args, env());
  const asKey = (key: string) => queryWithHeaders(server.url, { 'x-api-key': key }, AUDIT);

  beforeAll(async () => {
    dir = join(await folders.make('peelgraph-shared-'), 'pglite');
    server = await startServerProcess({ PGLITE_DIR: dir, NODE_ENV: 'production' });
    await server.ready();
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await folders.removeAll();
  });

  it('makes a key through the running server, which accepts it at once and refuses it once revoked', async () => {
    const created = await keys('create', '--name', 'while running', '--role', 'editor');
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(/in use by the peelgraph server \(pid \d+\)\. Working through it\./);
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    const id = /Created editor key (\d+)/.exec(created.stdout)?.[1] ?? '';
    expect((await asKey(key)).status).toBe(200);

    const revoked = await keys('revoke', id);
    expect(revoked.code).toBe(0);
    const refused = await asKey(key);
    expect([refused.status, refused.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await keys('list')).stdout).toMatch(new RegExp(`^${id}\\teditor\\t.*while running$`, 'm'));
  }, 60_000);

  it('imports through the running server, which answers from the new data at once', async () => {
    const copy = await folders.copyBundled();
    const { after } = await editRow(
      copy,
      'forces.csv',
      (r) => r.id === 'kent',
      (r) => ({ ...r, name: 'Kent (imported)' }),
    );
    const imported = await runCli('src/import/cli.ts', [copy], env());
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/forces\s+0 inserted, 1 updated/);
    const answer = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ force(id: "kent") { name } }' }),
    });
    expect(await answer.json()).toMatchObject({ data: { force: { name: after?.name } } });
    expect((await runCli('src/platform/db/migrate-cli.ts', [], env())).stdout).toMatch(/Nothing to apply/);
  }, 60_000);

  it('refuses a second server on the folder, naming the one that holds it', async () => {
    const second = await startServerProcess({ PGLITE_DIR: dir });
    expect(await second.exited).toBe(1);
    expect(second.logs.join('\n')).toContain(`in use by the peelgraph server (pid ${server.child.pid})`);
  }, 60_000);

  it('keeps what was changed through the server once it has stopped, and lets go of the folder', async () => {
    expect(await server.stop()).toBe(0);
    expect(existsSync(lockPathOf(dir))).toBe(false);
    const list = await keys('list');
    expect(list.stderr).not.toMatch(/in use/);
    expect(list.stdout).toMatch(/\teditor\t.*\t\d{4}-\d\d-\d\d \d\d:\d\dZ\twhile running$/m); // revoked
  }, 60_000);

  it('refuses a command while another command holds the folder, changing nothing', async () => {
    const claim = await claimFolder(dir, 'npm run import');
    try {
      const refused = await keys('create', '--name', 'late', '--role', 'reader');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by \`npm run import\` (pid ${process.pid}). Wait for it to finish`);
      const server2 = await startServerProcess({ PGLITE_DIR: dir });
      expect(await server2.exited).toBe(1);
    } finally {
      claim.release();
    }
    expect((await keys('list')).stdout).not.toContain('late');
  }, 60_000);

  it('takes over a lock left by a process that died', async () => {
    const dead = { pid: 2 ** 22 + 1, role: 'server', processStart: '1', token: 'dead' };
    writeFileSync(lockPathOf(dir), JSON.stringify(dead));
    const list = await keys('list');
    expect(list.code).toBe(0);
    expect(existsSync(lockPathOf(dir))).toBe(false);
  }, 60_000);
});
