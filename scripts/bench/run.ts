/**
 * `npm run bench -- [--scale N] [--database pglite|postgres] [--seconds S] [--connections C] [--flood S]`
 *
 * Starts the server in production mode on a database holding the bundled data (or a synthetic
 * dataset N times larger), drives each operation over loopback with autocannon in two
 * configurations (executed: every request runs GraphQL; response cache: as in production), and
 * compares each with the ceiling of the same server in the same run, `{ __typename }`. Also: SQL
 * statements per request, how long reading the model of the data takes (what the first request
 * after a change waits for), start-up, import, and the server's memory while a client floods it
 * with distinct questions for `--flood` seconds (default 60; 0 skips it). Writes bench/results*.json
 * and a markdown table. A benchmark, not a test: nothing here asserts.
 *
 * `--peer` compares peelgraph with PostGraphile instead (scripts/bench/peer.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { openDatabase } from '../../src/platform/db/database.js';
import { importDataset } from '../../src/import/service.js';
import { PeelData } from '../../src/peel-data/peel-data.js';
import { flood, FLOOD_RSS_CEILING_MB } from './flood.js';
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
    flood: { type: 'string', default: '60' },
  },
});
const floodSeconds = Number(values.flood);
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

// 2. SQL statements per request, and how long reading the model of the data takes: what the first
// request after a change waits for (median of seven reads, each in one transaction, then indexed).
const probes = await probeOperations(db, operations);
const modelSamplesMs: number[] = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  PeelData.fromRows(await db.readAll());
  modelSamplesMs.push(performance.now() - started);
}
const modelReadMs = [...modelSamplesMs].sort((x, y) => x - y)[3] ?? NaN;
// And how long bringing the model up to date takes after an editor's change to one grade, and to one
// force, as the server does it: its read of the data version, which returns what changed since the
// model's, and the patch (median of seven).
await db.snapshots.atLeast(await db.snapshots.readVersion());
async function catchUpAfter(change: string): Promise<number[]> {
  const samplesMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    await db.prisma.$executeRawUnsafe(change);
    const started = performance.now();
    const version = await db.snapshots.readVersion();
    samplesMs.push(performance.now() - started);
    if (db.snapshots.peek()?.version !== version) throw new Error(`The change log did not list ${change}`);
  }
  return samplesMs;
}
const catchUpSamplesMs = await catchUpAfter(`UPDATE grade SET note = note WHERE id = (SELECT min(id) FROM grade)`);
const catchUpMs = [...catchUpSamplesMs].sort((x, y) => x - y)[3] ?? NaN;
const forceCatchUpSamplesMs = await catchUpAfter(`UPDATE force SET website = website WHERE id = (SELECT min(id) FROM force)`);
const forceCatchUpMs = [...forceCatchUpSamplesMs].sort((x, y) => x - y)[3] ?? NaN;
await db.close();

// 3. The server under load, executing every request (the response cache off), then as in
// production; each with the ceiling `{ __typename }` of the same server.
const port = 4400;
const url = `http://127.0.0.1:${port}/graphql`;
type Configuration = 'executed' | 'responseCache';
const serverEnv = (configuration: Configuration): Record<string, string> => ({
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ENABLED: 'false',
  RESPONSE_CACHE_ENABLED: String(configuration === 'responseCache'),
  IMPORT_ON_EMPTY: 'false',
  // The deep query over a synthetic dataset's thousands of forces is far over the default cost limit.
  ...(scale > 1 ? { MAX_COST: '100000000' } : {}),
  ...(settings.kind === 'pglite' ? { PGLITE_DIR: settings.dir } : { DATABASE_URL: settings.url }),
});

type Run = Record<string, LoadResult>;
async function runAll(
  configuration: Configuration,
): Promise<{ typename: LoadResult; runs: Run; startupMs: number; peakRssMb: number }> {
  const server = await startProcess(SERVER, serverEnv(configuration), url);
  try {
    // Not measured: the first seconds after start-up run cold code, and PGlite's WebAssembly is still
    // being optimised in the background; the ceiling would otherwise be measured on a cold server.
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
const executed = await runAll('executed');
const cached = await runAll('responseCache');

// Start-up varies by a few hundred milliseconds from one start to the next on this machine: the
// median of several starts on the existing database, with every sample kept in the results.
const startupSamplesMs = [executed.startupMs, cached.startupMs];
for (let i = 0; i < 3; i++) {
  const server = await startProcess(SERVER, serverEnv('responseCache'), url);
  startupSamplesMs.push(server.startupMs);
  await server.stop();
}
const startupMs = [...startupSamplesMs].sort((x, y) => x - y)[Math.floor(startupSamplesMs.length / 2)] ?? NaN;

// 4. Memory while a client floods the server (as in production) with questions new to it.
let flooded = null;
if (floodSeconds > 0) {
  const server = await startProcess(SERVER, serverEnv('responseCache'), url);
  try {
    console.error(`bench: flooding with distinct questions for ${floodSeconds}s`);
    const ceiling = scale === 1 ? FLOOD_RSS_CEILING_MB : null;
    flooded = await flood(`http://127.0.0.1:${port}`, server.child.pid ?? 0, realForces, floodSeconds, ceiling);
  } finally {
    await server.stop();
  }
}
await dropDatabase();

const results = {
  when: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  settings: { scale, database: kind, seconds, connections, grades: gradeCount },
  importMs,
  modelReadMs,
  modelSamplesMs: modelSamplesMs.map((ms) => Math.round(ms * 10) / 10),
  catchUpMs,
  catchUpSamplesMs: catchUpSamplesMs.map((ms) => Math.round(ms * 10) / 10),
  forceCatchUpMs,
  forceCatchUpSamplesMs: forceCatchUpSamplesMs.map((ms) => Math.round(ms * 10) / 10),
  startupMs,
  startupSamplesMs: startupSamplesMs.map(Math.round),
  peakRssMb: Math.max(executed.peakRssMb, cached.peakRssMb),
  typename: { executed: executed.typename, cached: cached.typename },
  operations: operations.map((o) => ({
    name: o.name,
    statements: probes.get(o.name)?.statements ?? null,
    answerBytes: probes.get(o.name)?.bytes ?? null,
    executed: executed.runs[o.name],
    cached: cached.runs[o.name],
  })),
  flood: flooded,
};
const suffix = scale === 1 && kind === 'pglite' ? '' : `-x${scale}-${kind}`;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', `results${suffix}.json`), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(join(root, 'bench', `results${suffix}.md`), markdown);
console.log(markdown);
