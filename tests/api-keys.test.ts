import { createHash } from 'node:crypto';

import { runCli } from './testkit/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Config } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { createTestDatabase } from './testkit/database.js';
import { TempFolders } from './testkit/dataset-copy.js';
import { createTestKey, queryWithHeaders, type TestKey } from './testkit/keys.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const RECORD = `mutation($input: RecordInspectionInput!) {
  recordInspection(input: $input) { created inspection { id reportUrl } auditEntry { actorName action } } }`;
const READ = `{ force(id: "cambridgeshire") { name } }`;
const AUDIT = `{ auditEntries(first: 5) { action target } }`;

/** A harmless change an editor may make: the report URL of an inspection already recorded. */
const cambridgeshireReport = (n: number) => ({
  input: {
    force: 'cambridgeshire',
    programme: 'peel-2021-22',
    reportUrl: `https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2021-22/?v=${n}`,
  },
});

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.map((e) => e.extensions?.code);

describe('API keys and who may write', () => {
  let server: TestServer;
  let editor: TestKey;
  let reader: TestKey;
  beforeAll(async () => {
    server = await startTestServer();
    editor = await createTestKey(server, 'EDITOR', 'Alex Editor');
    reader = await createTestKey(server, 'READER', 'Robin Reader');
  });
  afterAll(() => server.close());

  const auditCount = () => server.db.prisma.auditEntry.count();

  it('refuses a mutation without a key with UNAUTHENTICATED, and writes nothing', async () => {
    const before = await auditCount();
    const result = await server.query(RECORD, cambridgeshireReport(1));
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0]?.message).toMatch(/editor API key/);
    expect(await auditCount()).toBe(before);
  });

  it('lets a reader key read, but refuses its mutations with FORBIDDEN', async () => {
    expect(await reader.data(READ)).toEqual({ force: { name: 'Cambridgeshire Constabulary' } });
    const before = await auditCount();
    const result = await reader.query(RECORD, cambridgeshireReport(2));
    expect(result.data).toBeNull();
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(await auditCount()).toBe(before);
  });

  it('lets an editor key change data, sent as x-api-key or as Authorization: Bearer', async () => {
    const viaHeader = await editor.data<{ recordInspection: unknown }>(RECORD, cambridgeshireReport(3));
    expect(viaHeader.recordInspection).toEqual({
      created: false,
      inspection: { id: 'cambridgeshire/peel-2021-22', reportUrl: cambridgeshireReport(3).input.reportUrl },
      auditEntry: { actorName: 'Alex Editor', action: 'RECORD_INSPECTION' },
    });
    const viaBearer = await queryWithHeaders(
      server,
      { authorization: `Bearer ${editor.key}` },
      RECORD,
      cambridgeshireReport(4),
    );
    expect(viaBearer.errors).toBeUndefined();
    expect(viaBearer.data).toMatchObject({ recordInspection: { auditEntry: { actorName: 'Alex Editor' } } });
  });

  it('refuses every request with an unknown key, reads included, with HTTP 401 and UNAUTHENTICATED', async () => {
    const badKeys: Record<string, string>[] = [
      { 'x-api-key': 'peel_not-a-key' },
      { authorization: 'Bearer peel_not-a-key' },
    ];
    for (const headers of badKeys) {
      const result = await queryWithHeaders(server, headers, READ);
      expect(result.status).toBe(401);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0]?.message).toBe('This API key is not valid.');
    }
  });

  it('refuses a revoked key with HTTP 401 from the moment it is revoked', async () => {
    const revoked = await createTestKey(server, 'EDITOR', 'Soon Revoked');
    expect(await revoked.data(READ)).toEqual({ force: { name: 'Cambridgeshire Constabulary' } });
    await revoked.revoke();
    const before = await auditCount();
    for (const [query, variables] of [[READ], [RECORD, cambridgeshireReport(5)]] as const) {
      const result = await revoked.query(query, variables);
      expect(result.status).toBe(401);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0]?.message).toBe('This API key has been revoked.');
    }
    expect(await auditCount()).toBe(before);
  });

  it('shows audit entries to editors only', async () => {
    expect(codes(await server.query(AUDIT))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await reader.query(AUDIT))).toEqual(['FORBIDDEN']);
    const { auditEntries } = await editor.data<{ auditEntries: { action: string; target: string }[] }>(AUDIT);
    expect(auditEntries[0]).toEqual({ action: 'RECORD_INSPECTION', target: 'cambridgeshire/peel-2021-22' });
  });

  it('stores only a hash of each key, and notes when a key was last used', async () => {
    const rows = await server.db.prisma.apiKey.findMany({ where: { id: { in: [editor.id, reader.id] } } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const key = row.id === editor.id ? editor.key : reader.key;
      expect(JSON.stringify(row)).not.toContain(key);
      expect(row.hash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(key.startsWith(row.prefix)).toBe(true);
      expect(row.lastUsedAt).toBeInstanceOf(Date);
    }
  });
});

describe('the keys commands', () => {
  const folders = new TempFolders();
  afterAll(() => folders.removeAll());

  const run = (args: string[], env: NodeJS.ProcessEnv) => runCli('src/auth/keys-cli.ts', args, env);

  it('create prints the key once and stores only its hash; list shows it without the key; revoke marks it revoked', async () => {
    // The commands use the test project's database: a PGlite folder of their own, or a throwaway
    // PostgreSQL database.
    const testDb = await createTestDatabase();
    try {
      const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...inherited } = process.env;
      const settings: Config['database'] =
        testDb.settings.kind === 'postgres'
          ? testDb.settings
          : { kind: 'pglite', dir: await folders.make('peelgraph-keys-db-') };
      const env =
        settings.kind === 'postgres'
          ? { ...inherited, DATABASE_URL: settings.url }
          : { ...inherited, PGLITE_DIR: settings.dir };

      const created = await run(['create', '--name', 'Pat Editor', '--role', 'editor'], env);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const keys = created.stdout.match(/peel_[\w-]{43}/g) ?? [];
      expect(keys).toHaveLength(1);
      const key = keys[0] as string;
      expect(created.stdout).toMatch(/^Created editor key 1 "Pat Editor" \(peel_[\w-]{8}…\)/);

      const db = await openDatabase(settings);
      try {
        const [row, ...others] = await db.prisma.apiKey.findMany();
        expect(others).toHaveLength(0);
        expect(row?.hash).toBe(createHash('sha256').update(key).digest('hex'));
        expect(JSON.stringify(row)).not.toContain(key);
      } finally {
        await db.close();
      }

      const listed = await run(['list'], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/\n1\teditor\tpeel_[\w-]{8}…\t\d{4}-\d\d-\d\d \d\d:\d\dZ\t-\t-\tPat Editor\n/);
      expect(listed.stdout).not.toContain(key);

      const revoked = await run(['revoke', '1'], env);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toMatch(/^Revoked key 1 "Pat Editor"/);

      const after = await openDatabase(settings);
      try {
        expect((await after.prisma.apiKey.findUniqueOrThrow({ where: { id: 1 } })).revokedAt).toBeInstanceOf(Date);
      } finally {
        await after.close();
      }
    } finally {
      await testDb.drop();
    }
  }, 120_000);
});
