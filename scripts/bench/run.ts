/**
 * `npm run bench -- [--scale N] [--database pglite|postgres] [--seconds S] [--connections C]`
 *
 * Starts the server in production mode on a database holding the bundled data (or a synthetic
 * dataset N times larger), drives each operation over loopback with autocannon, and compares it
 * with two ceilings measured in the same run: (a) `{ __typename }` on the same server, (b) the same
 * answer served from memory by a bare Apollo Server with the same schema. Writes
 * bench/results*.json and a markdown table. A benchmark, not a test: nothing here asserts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { getOperationAST, parse } from 'graphql';
import pg from 'pg';

import { openDatabase } from '../../src/db/database.js';
import { importDataset } from '../../src/import/service.js';
import { drive, type LoadResult } from './load.js';
import { benchOperations, TYPENAME } from './operations.js';
import { startProcess } from './processes.js';
import { renderMarkdown } from './report.js';
import { probeOperations } from './statements.js';
import { writeSyntheticDataset } from './synthetic.js';

// `--peer`: peelgraph against PostGraphile on one PostgreSQL database, a run of its own
// (scripts/bench/peer.ts, which reads the arguments itself).
if (process.argv.includes('--peer')) {
  const { runPeerBench } = await import('./peer.js');
  await runPeerBench(process.argv.slice(2));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    database: { type: 'string', default: 'pglite' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const kind = values.database === 'postgres' ? 'postgres' : 'pglite';
const root = new URL('../../', import.meta.url).pathname;
const work = join(root, 'bench', 'tmp');
mkdirSync(work, { recursive: true });

// The server runs as `npm start` runs it: compiled to dist/ first.
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

// Node's flags and the script, read from `npm start` itself ("… && node FLAGS dist/server.js"), so
// that the server is measured as it is run.
const startScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } })
  .scripts.start;
const SERVER = startScript.slice(startScript.lastIndexOf('node ') + 'node '.length).split(' ');
if (SERVER.at(-1) !== 'dist/server.js') throw new Error(`npm start no longer runs dist/server.js: ${startScript}`);

// 1. A database of its own, filled from the bundled or a synthetic dataset.
const datasetDir = scale === 1 ? join(root, 'data', 'peel') : join(work, `synthetic-x${scale}`);
if (scale !== 1) writeSyntheticDataset(datasetDir, scale);
let settings: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string };
let dropDatabase = async () => undefined as void;
if (kind === 'pglite') {
  const dir = join(work, `pglite-x${scale}`);
  rmSync(dir, { recursive: true, force: true });
  settings = { kind: 'pglite', dir };
} else {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `peelgraph_bench_x${scale}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  settings = { kind: 'postgres', url: url.toString() };
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
}
// The read cache is off here: the probe below counts what each request costs the database.
const db = await openDatabase(settings);
await db.migrate();
const importStarted = performance.now();
const imported = await importDataset(db.prisma, datasetDir);
const importMs = performance.now() - importStarted;
if (!imported.ok) throw new Error(`Import failed: ${JSON.stringify(imported.problems.slice(0, 5))}`);
// Vacuum and analyze now, as an operator would after a bulk load: otherwise autovacuum wakes up on
// the freshly imported tables in the middle of the measurements, on the same two cores.
await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
const gradeCount = await db.prisma.gradeRecord.count();
const realForces = (await db.prisma.force.findMany({ where: { NOT: { id: { contains: '-synthetic-' } } } })).map(
  (f) => f.id,
);
const operations = benchOperations(realForces, 'peel-2023-25');

// 2. SQL statements per request, and each answer for the in-memory ceiling.
const probes = await probeOperations(db, operations);
await db.close();
const fixturesPath = join(work, `fixtures-x${scale}.json`);
// Keyed by each document's operation name, which is how the ceiling server finds them.
const operationName = (query: string) => getOperationAST(parse(query))?.name?.value ?? '';
writeFileSync(
  fixturesPath,
  JSON.stringify(Object.fromEntries(operations.map((o) => [operationName(o.query), probes.get(o.name)?.data]))),
);

// 3. The server under load: with nothing cached, with the read cache only ("uncached": no response
// cache, as the issue defines it), and with both caches, as in production.
const port = 4400;
const url = `http://127.0.0.1:${port}/graphql`;
type Caching = 'nothing' | 'reads' | 'all';
const serverEnv = (caching: Caching): Record<string, string> => ({
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ENABLED: 'false',
  RESPONSE_CACHE_ENABLED: String(caching === 'all'),
  ...(caching === 'nothing' ? { DATA_CACHE_ENTRIES: '0' } : {}),
  IMPORT_ON_EMPTY: 'false',
  // The deep query over a synthetic dataset's thousands of forces is far over the default cost limit.
  ...(scale > 1 ? { MAX_COST: '100000000' } : {}),
  ...(settings.kind === 'pglite' ? { PGLITE_DIR: settings.dir } : { DATABASE_URL: settings.url }),
});

type Run = Record<string, LoadResult>;
async function runAll(
  caching: Caching,
): Promise<{ typename: LoadResult; runs: Run; startupMs: number; peakRssMb: number }> {
  const server = await startProcess(SERVER, serverEnv(caching), url);
  try {
    // Not measured: the first seconds after start-up run cold code, and PGlite's WebAssembly is still
    // being optimised in the background; ceiling (a) would otherwise be measured on a cold server.
    await drive(url, TYPENAME, 3, connections);
    const typename = await drive(url, TYPENAME, seconds, connections);
    const runs: Run = {};
    for (const operation of operations) runs[operation.name] = await drive(url, operation, seconds, connections);
    return { typename, runs, startupMs: server.startupMs, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}
console.error(
  `bench: scale x${scale} on ${kind}, ${gradeCount} grades, ${seconds}s × ${connections} connections per run`,
);
const nothingCached = await runAll('nothing');
const uncached = await runAll('reads');
const cached = await runAll('all');

// Start-up varies by a few hundred milliseconds from one start to the next on this machine: the
// median of several starts on the existing database, with every sample kept in the results.
const startupSamplesMs = [nothingCached.startupMs, uncached.startupMs, cached.startupMs];
for (let i = 0; i < 2; i++) {
  const server = await startProcess(SERVER, serverEnv('reads'), url);
  startupSamplesMs.push(server.startupMs);
  await server.stop();
}
const startupMs = [...startupSamplesMs].sort((x, y) => x - y)[Math.floor(startupSamplesMs.length / 2)] ?? NaN;

// 4. Ceiling (b): the same answers from memory on a bare Apollo Server.
const ceilingUrl = `http://127.0.0.1:${port + 1}/`;
const ceilingServer = await startProcess(
  ['--import', 'tsx', 'scripts/bench/ceiling-server.ts', String(port + 1), fixturesPath],
  {},
  ceilingUrl,
);
const ceilings: Run = {};
try {
  for (const operation of operations)
    ceilings[operation.name] = await drive(ceilingUrl, operation, seconds, connections);
} finally {
  await ceilingServer.stop();
}
await dropDatabase();

const results = {
  when: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  settings: { scale, database: kind, seconds, connections, grades: gradeCount },
  importMs,
  startupMs,
  startupSamplesMs: startupSamplesMs.map(Math.round),
  peakRssMb: Math.max(nothingCached.peakRssMb, uncached.peakRssMb, cached.peakRssMb),
  typename: { nothingCached: nothingCached.typename, uncached: uncached.typename, cached: cached.typename },
  operations: operations.map((o) => ({
    name: o.name,
    statements: probes.get(o.name)?.statements ?? null,
    answerBytes: probes.get(o.name)?.bytes ?? null,
    nothingCached: nothingCached.runs[o.name],
    uncached: uncached.runs[o.name],
    cached: cached.runs[o.name],
    inMemoryCeiling: ceilings[o.name],
  })),
};
const suffix = scale === 1 && kind === 'pglite' ? '' : `-x${scale}-${kind}`;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', `results${suffix}.json`), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(join(root, 'bench', `results${suffix}.md`), markdown);
console.log(markdown);
