/**
 * `npm run bench -- --peer [--seconds S] [--connections C] [--rounds R] [--warmup W]`
 *
 * peelgraph against its peer, PostGraphile (bench/peer/, a package of its own), on one PostgreSQL
 * database filled by peelgraph's import of the bundled data. Every question is first asked of
 * every server and the answers are checked equal (scripts/bench/peer-questions.ts); then, question
 * by question, each server is driven in turn with autocannon (PostGraphile, then peelgraph in each
 * configuration), R rounds. Writes bench/results-peer.json and bench/results-peer.md with each
 * peelgraph configuration's throughput divided by PostGraphile's, the commit measured and the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { openDatabase } from '../../src/platform/db/database.js';
import { importDataset } from '../../src/import/service.js';
import { drive, type LoadResult } from './load.js';
import { assertEqualAnswers, type PeerQuestion, peerQuestions } from './peer-questions.js';
import { median, renderPeerMarkdown } from './peer-report.js';
import { type ServerProcess, startProcess } from './processes.js';

/**
 * peelgraph's configurations, each named for what it is, and the environment that makes it. The
 * variable names are peelgraph's settings (README, Configuration): if they change, change them here.
 */
export const PEELGRAPH_CONFIGURATIONS = [
  {
    key: 'executed',
    label: 'executed',
    meaning:
      'the response cache off: every request runs GraphQL, answered from the model of the data in memory; nothing else is cached, so this is peelgraph cold too (the model is the data, read once per data version, not a cache of results)',
    env: { RESPONSE_CACHE_ENABLED: 'false' },
  },
  {
    key: 'responseCache',
    label: 'response cache',
    meaning: 'as in production: a repeated query is answered from stored bytes (gzipped for clients that accept it)',
    env: {},
  },
] as const;
/** Every peelgraph server: production mode, no rate limit, quiet logs, no import at start-up. */
const PEELGRAPH_COMMON_ENV = {
  NODE_ENV: 'production',
  RATE_LIMIT_ENABLED: 'false',
  LOG_LEVEL: 'warn',
  IMPORT_ON_EMPTY: 'false',
};
/** Ports of the runner's servers: PostGraphile, then one per peelgraph configuration. */
const FIRST_PORT = 4420;
const PROGRAMME = 'peel-2023-25';

const FIRST_GRADE = `(SELECT min(id) FROM grade WHERE programme_id = '${PROGRAMME}')`;
const FIRST_FORCE = `(SELECT min(id) FROM force)`;

/**
 * The kinds of data change after which the first answer is timed, each made in SQL beside the
 * servers. Each is a real edit (a mark appended to a text) and its undo, made in turn, so that the
 * data is as it was after every pair and the answers stay equal to the peer's. `undo` is safe to
 * run again. `path`: how the executed server brings its model up to date.
 */
export const CHANGES = [
  {
    kind: 'a grade edit',
    label: "An editor's correction of one grade (its note)",
    edit: `UPDATE grade SET note = note || ' #' WHERE id = ${FIRST_GRADE}`,
    undo: `UPDATE grade SET note = left(note, -2) WHERE id = ${FIRST_GRADE} AND note LIKE '% #'`,
    path: 'the change log lists the grade: the read of the version returns its row, and the lists that hold it are replaced',
  },
  {
    kind: 'a force edit',
    label: "A force's row edited (its website)",
    edit: `UPDATE force SET website = website || '#' WHERE id = ${FIRST_FORCE}`,
    undo: `UPDATE force SET website = left(website, -1) WHERE id = ${FIRST_FORCE} AND website LIKE '%#'`,
    path: 'the change log lists the force table: the read of the version returns the 43 forces, and every grade is re-linked to them in its order',
  },
  {
    kind: 'a bulk write',
    label: 'Every grade edited in one statement (a bulk load)',
    edit: `UPDATE grade SET note = note || ' #'`,
    undo: `UPDATE grade SET note = left(note, -2) WHERE note LIKE '% #'`,
    path: 'over 1,000 grades, which the change log does not list: the model is read whole',
  },
] as const;
export type ChangeKind = (typeof CHANGES)[number]['kind'];
const DATABASE = 'peelgraph_peer_bench';

export type ServerKey = 'peer' | (typeof PEELGRAPH_CONFIGURATIONS)[number]['key'];

export interface PeerRun extends LoadResult {
  /** Server CPU time (user + system, from /proc) per request, in microseconds; requests ≈ req/s × seconds. */
  readonly cpuUsPerRequest: number | null;
  /**
   * CPU time per request, in microseconds, of the PostgreSQL backends connected to the benchmark's
   * database (only the driven server's are busy); null when PostgreSQL is not on this machine.
   */
  readonly postgresUsPerRequest: number | null;
}

export interface PeerBenchResults {
  when: string;
  commit: { sha: string; dirty: string[] };
  /** `loadAverage`: the 1-minute load average before the run started, a hint of whether the machine was quiet. */
  machine: { cpu: string; cores: number; node: string; postgres: string; loadAverage: number };
  settings: {
    database: string;
    seconds: number;
    warmupSeconds: number;
    connections: number;
    rounds: number;
    grades: number;
    programme: string;
  };
  peer: {
    name: string;
    packages: Record<string, string>;
    preset: string;
    plugins: string[];
    mutations: string;
    production: string;
    smartTags: string;
    polyfill: string | null;
  };
  configurations: { key: string; label: string; meaning: string; env: Record<string, string> }[];
  peelgraphEnv: Record<string, string>;
  questions: {
    name: string;
    title: string;
    notes: string[];
    /** Why the peer has no equivalent; null when it has one. */
    peerMissing: string | null;
    operations: { peelgraph: { query: string; variables?: unknown }; peer: { query: string; variables?: unknown } | null };
    answerBytes: { peelgraph: number; peer: number | null };
    /** One run per round, for each server. */
    runs: Partial<Record<ServerKey, PeerRun[]>>;
    /** The median over rounds of requests per second. */
    requestsPerSecond: Partial<Record<ServerKey, number>>;
    /** Each peelgraph configuration's requests per second ÷ PostGraphile's; null without a peer. */
    ratios: Record<string, number | null>;
    /**
     * One request at a time, in ms (median of the samples): each server's answer with no change
     * since its last one, and its first answer just after each kind of change in `CHANGES` (the
     * change made again before each server's request). Each ratio is PostGraphile's time ÷
     * peelgraph's (executed) after that change; null without a peer.
     */
    firstAfterChange: {
      unchangedMs: { peer: number | null; peelgraph: number };
      afterMs: Record<ChangeKind, { peer: number | null; peelgraph: number }>;
      ratios: Record<ChangeKind, number | null>;
    };
  }[];
  /** The lowest ratio of each configuration over the questions that have a peer. */
  minimumRatios: Record<string, number | null>;
  /** For each kind of change, the lowest ratio of the first answer after it over the questions that have a peer. */
  minimumFirstAfterChangeRatios: Record<ChangeKind, number | null>;
  changes: { kind: ChangeKind; label: string; edit: string; undo: string; path: string }[];
  peakRssMb: Partial<Record<ServerKey, number>>;
  startupMs: Partial<Record<ServerKey, number>>;
}

type ResultOf<K extends keyof PeerBenchResults['questions'][number]> = PeerBenchResults['questions'][number][K];

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench --peer: no ${what}`);
  return value;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** A process's CPU time so far (user + system), in seconds. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The CPU seconds so far of each PostgreSQL backend connected to the client's database, but its own. */
async function backendCpu(monitor: pg.Client | null): Promise<Map<number, number> | null> {
  if (!monitor) return null;
  const { rows } = await monitor.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const seconds = cpuSeconds(pid);
    // A backend that ended between the query and the read has nothing left to count.
    if (seconds !== null) cpu.set(pid, seconds);
  }
  return cpu;
}
/** CPU seconds the backends used between two readings; backends started in between count from zero. */
function backendCpuUsed(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let used = 0;
  for (const [pid, seconds] of after) used += seconds - (before.get(pid) ?? 0);
  return used;
}

/** One statement on a connection of its own. */
async function runSql(connectionString: string, sql: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query<Record<string, string>>(sql);
  } finally {
    await client.end();
  }
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

export async function runPeerBench(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      peer: { type: 'boolean' },
      database: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '1' },
    },
  });
  if (values.database !== undefined && values.database !== 'postgres')
    throw new Error('--peer runs on PostgreSQL only (PostGraphile needs a PostgreSQL server): use --database postgres');
  if (values.scale !== '1') throw new Error('--peer runs on the bundled data only (no --scale)');
  const seconds = Number(values.seconds);
  const warmupSeconds = Number(values.warmup);
  const connections = Number(values.connections);
  const rounds = Number(values.rounds);
  for (const [name, value] of Object.entries({ seconds, warmupSeconds, connections, rounds }))
    if (!Number.isFinite(value) || value < (name === 'warmupSeconds' ? 0 : 1))
      throw new Error(`--${name === 'warmupSeconds' ? 'warmup' : name}: not a valid number`);

  // Before this run adds any load of its own (the build, the import, the servers).
  const loadAverage = loadavg()[0] ?? NaN;
  const root = new URL('../../', import.meta.url).pathname;
  const peerDir = join(root, 'bench', 'peer');

  // 1. The peer's own dependencies, installed from its lockfile when missing (its package has no
  // install scripts). The product's dependencies never include it.
  const installed = (name: string) => {
    const path = join(peerDir, 'node_modules', name, 'package.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version : null;
  };
  const pinned = (JSON.parse(readFileSync(join(peerDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  }).dependencies;
  if (Object.entries(pinned).some(([name, version]) => installed(name) !== version)) {
    console.error('bench --peer: installing the peer (npm ci --prefix bench/peer)');
    execFileSync('npm', ['ci', '--prefix', peerDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }

  // 2. peelgraph as `npm start` runs it: compiled first, then Node's flags and script from `npm start`.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const startScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } })
    .scripts.start;
  const peelgraphArgs = startScript.slice(startScript.lastIndexOf('node ') + 'node '.length).split(' ');
  if (peelgraphArgs.at(-1) !== 'dist/server.js') throw new Error(`npm start no longer runs dist/server.js: ${startScript}`);

  // 3. One PostgreSQL database, filled by peelgraph's import of the bundled data.
  const server = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const admin = (sql: string) => runSql(server, sql);
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const databaseUrl = new URL(server);
  databaseUrl.pathname = `/${DATABASE}`;
  const url = databaseUrl.toString();


  const servers = new Map<ServerKey, ServerProcess>();
  let monitor: pg.Client | null = null;
  try {
    const db = await openDatabase({ kind: 'postgres', url });
    await db.migrate();
    const imported = await importDataset(db.prisma);
    if (!imported.ok) throw new Error(`Import failed: ${JSON.stringify(imported.problems.slice(0, 5))}`);
    // As an operator would after a bulk load, and so that autovacuum does not wake mid-measurement.
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    const grades = await db.prisma.gradeRecord.count();
    const forceIds = (await db.prisma.force.findMany({ orderBy: { id: 'asc' } })).map((f) => f.id);
    await db.close();
    const postgres = (await admin('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
    // PostgreSQL's share of each request, read from /proc when the server runs on this machine.
    if (['127.0.0.1', 'localhost', '[::1]'].includes(databaseUrl.hostname) && existsSync('/proc/self/stat')) {
      monitor = new pg.Client({ connectionString: url });
      await monitor.connect();
    }

    // 4. The servers, all started before any question is asked; each is idle while another is driven.
    const urls = {} as Record<ServerKey, string>;
    const keys: ServerKey[] = ['peer', ...PEELGRAPH_CONFIGURATIONS.map((c) => c.key)];
    keys.forEach((key, i) => (urls[key] = `http://127.0.0.1:${FIRST_PORT + i}/graphql`));
    const portOf = (key: ServerKey) => String(FIRST_PORT + keys.indexOf(key));
    servers.set(
      'peer',
      await startProcess(
        [join(peerDir, 'server.mjs')],
        { NODE_ENV: 'production', DATABASE_URL: url, PORT: portOf('peer'), HOST: '127.0.0.1' },
        urls.peer,
      ),
    );
    for (const configuration of PEELGRAPH_CONFIGURATIONS)
      servers.set(
        configuration.key,
        await startProcess(
          peelgraphArgs,
          {
            ...PEELGRAPH_COMMON_ENV,
            ...configuration.env,
            DATABASE_URL: url,
            PORT: portOf(configuration.key),
            HOST: '127.0.0.1',
          },
          urls[configuration.key],
        ),
      );

    // 5. Equal answers, every question, before anything is timed.
    const questions = peerQuestions(forceIds, PROGRAMME);
    const bytes = new Map<string, { peelgraph: number; peer: number | null }>();
    const peelgraphUrls = Object.fromEntries(PEELGRAPH_CONFIGURATIONS.map((c) => [c.label, urls[c.key]]));
    for (const question of questions) {
      const answer = await assertEqualAnswers(question, urls.peer, peelgraphUrls);
      bytes.set(question.name, { peelgraph: answer.peelgraphBytes, peer: answer.peerBytes });
      console.error(
        `bench --peer: ${question.name}: ${'missing' in question.peer ? 'no equivalent in the peer' : 'equal answers'}`,
      );
    }

    // 6. Timing: question by question, the servers in turn (PostGraphile first), `rounds` times.
    console.error(
      `bench --peer: ${questions.length} questions × ${keys.length} servers × ${rounds} round(s), ${seconds} s rows (${warmupSeconds} s warm-up), ${connections} connections`,
    );
    const operationFor = (question: PeerQuestion, key: ServerKey) =>
      key === 'peer' ? ('missing' in question.peer ? null : question.peer.operation) : question.peelgraph.operation;
    const runs = new Map<string, Partial<Record<ServerKey, PeerRun[]>>>();
    for (let round = 0; round < rounds; round++) {
      for (const question of questions) {
        const questionRuns = runs.get(question.name) ?? {};
        runs.set(question.name, questionRuns);
        for (const key of keys) {
          const operation = operationFor(question, key);
          const serverProcess = servers.get(key);
          if (!operation || !serverProcess) continue;
          if (round === 0 && warmupSeconds > 0) await drive(urls[key], operation, warmupSeconds, connections);
          const cpuBefore = cpuSeconds(serverProcess.child.pid);
          const backendsBefore = await backendCpu(monitor);
          const result = await drive(urls[key], operation, seconds, connections);
          const cpuAfter = cpuSeconds(serverProcess.child.pid);
          const backendsUsed = backendCpuUsed(backendsBefore, await backendCpu(monitor));
          const requests = result.requestsPerSecond * seconds;
          const perRequest = (used: number | null) => (used !== null && requests > 0 ? (used * 1e6) / requests : null);
          (questionRuns[key] ??= []).push({
            ...result,
            cpuUsPerRequest: perRequest(cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null),
            postgresUsPerRequest: perRequest(backendsUsed),
          });
          console.error(
            `bench --peer: round ${round + 1} ${question.name} ${key}: ${Math.round(result.requestsPerSecond)} req/s`,
          );
        }
      }
    }

    // 7. The first answer after a data change, one request at a time, for each kind of change in
    // CHANGES, made in SQL as another instance would make it.
    const SAMPLES = 15;
    const timeOne = async (target: string, operation: { query: string; variables?: unknown }) => {
      const started = performance.now();
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      });
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const firstAfterChange = new Map<string, ResultOf<'firstAfterChange'>>();
    try {
      for (const question of questions) {
        const peerOperation = operationFor(question, 'peer');
        // Samples per situation (no change, or after one kind of change), for each server.
        const samples = new Map<string, { peer: number[]; peelgraph: number[] }>();
        const sample = async (situation: string, change: (typeof CHANGES)[number] | null) => {
          const times = samples.get(situation) ?? { peer: [], peelgraph: [] };
          samples.set(situation, times);
          // The edit before one server's request, its undo before the other's.
          let edited = false;
          const changeData = async () => {
            if (!change) return;
            await runSql(url, edited ? change.undo : change.edit);
            edited = !edited;
          };
          if (peerOperation) {
            await changeData();
            times.peer.push(await timeOne(urls.peer, peerOperation));
          }
          await changeData();
          times.peelgraph.push(await timeOne(urls.executed, question.peelgraph.operation));
          if (edited) {
            // A question the peer cannot answer: the undo, and an untimed request that catches up
            // after it, so that the next sample with no change finds the model current.
            await changeData();
            await timeOne(urls.executed, question.peelgraph.operation);
          }
        };
        for (let i = 0; i < SAMPLES; i++) {
          await sample('unchanged', null);
          for (const change of CHANGES) await sample(change.kind, change);
        }
        const medians = (situation: string) => {
          const times = samples.get(situation) ?? { peer: [], peelgraph: [] };
          return { peer: peerOperation ? median(times.peer) : null, peelgraph: median(times.peelgraph) };
        };
        const afterMs = Object.fromEntries(CHANGES.map((c) => [c.kind, medians(c.kind)])) as Record<
          ChangeKind,
          { peer: number | null; peelgraph: number }
        >;
        const ratios = Object.fromEntries(
          CHANGES.map(({ kind }) => [kind, afterMs[kind].peer === null ? null : afterMs[kind].peer / afterMs[kind].peelgraph]),
        ) as Record<ChangeKind, number | null>;
        firstAfterChange.set(question.name, { unchangedMs: medians('unchanged'), afterMs, ratios });
        console.error(
          `bench --peer: first answer, ${question.name}: ` +
            CHANGES.map(
              (c) => `after ${c.kind} PostGraphile ${afterMs[c.kind].peer?.toFixed(1) ?? '–'} ms, peelgraph ${afterMs[c.kind].peelgraph.toFixed(1)} ms`,
            ).join('; '),
        );
      }
    } finally {
      for (const change of CHANGES) await runSql(url, change.undo);
    }

    // 8. Results.
    const versions = (names: string[]) => Object.fromEntries(names.map((name) => [name, installed(name) ?? 'missing']));
    const peerPlugins = ['postgraphile-plugin-connection-filter', '@graphile/pg-aggregates'];
    const questionResults = questions.map((question) => {
      const questionRuns = runs.get(question.name) ?? {};
      const requestsPerSecond: Partial<Record<ServerKey, number>> = {};
      for (const key of keys) {
        const samples = questionRuns[key];
        if (samples) requestsPerSecond[key] = median(samples.map((r) => r.requestsPerSecond));
      }
      const peerRps = requestsPerSecond.peer;
      const ratios = Object.fromEntries(
        PEELGRAPH_CONFIGURATIONS.map((c) => {
          const rps = requestsPerSecond[c.key];
          return [c.key, peerRps && rps !== undefined ? rps / peerRps : null];
        }),
      );
      const peerOperation = operationFor(question, 'peer');
      return {
        name: question.name,
        title: question.title,
        notes: [...question.notes],
        peerMissing: 'missing' in question.peer ? question.peer.missing : null,
        operations: {
          peelgraph: { query: question.peelgraph.operation.query, variables: question.peelgraph.operation.variables },
          peer: peerOperation ? { query: peerOperation.query, variables: peerOperation.variables } : null,
        },
        answerBytes: bytes.get(question.name) ?? { peelgraph: NaN, peer: null },
        runs: questionRuns,
        requestsPerSecond,
        ratios,
        firstAfterChange: required(firstAfterChange.get(question.name), `first answers of ${question.name}`),
      };
    });
    const minimumRatios = Object.fromEntries(
      PEELGRAPH_CONFIGURATIONS.map((c) => {
        const ratios = questionResults.map((q) => q.ratios[c.key]).filter((r): r is number => typeof r === 'number');
        return [c.key, ratios.length ? Math.min(...ratios) : null];
      }),
    );
    const lowest = (ratios: (number | null)[]) => {
      const known = ratios.filter((r): r is number => r !== null);
      return known.length ? Math.min(...known) : null;
    };
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    const results: PeerBenchResults = {
      when: new Date().toISOString(),
      commit: {
        sha: git(root, ['rev-parse', 'HEAD']),
        // What differed from that commit while it was measured (the results files themselves aside).
        dirty: git(root, ['status', '--porcelain'])
          .split('\n')
          .filter((line) => line && !/bench\/results-peer\.(json|md)$/.test(line)),
      },
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        postgres,
        loadAverage: Math.round(loadAverage * 100) / 100,
      },
      settings: { database: 'postgres', seconds, warmupSeconds, connections, rounds, grades, programme: PROGRAMME },
      peer: {
        name: 'PostGraphile',
        packages: versions(['postgraphile', ...peerPlugins]),
        preset: 'postgraphile/presets/amber',
        plugins: peerPlugins,
        mutations: 'off (schema.defaultBehavior "-insert -update -delete")',
        production: 'NODE_ENV=production (Grafast in production mode), no GraphiQL, no explain, no watch',
        smartTags:
          'the grade table is named grade_record (type GradeRecord) beside the Grade enum; api_key, audit_entry, data_version and _prisma_migrations are left out',
        polyfill: nodeMajor < 22 ? `Promise.withResolvers (PostGraphile 5 wants Node 22; this is Node ${process.version})` : null,
      },
      configurations: PEELGRAPH_CONFIGURATIONS.map((c) => ({ ...c, env: { ...c.env } })),
      peelgraphEnv: PEELGRAPH_COMMON_ENV,
      questions: questionResults,
      minimumRatios,
      minimumFirstAfterChangeRatios: Object.fromEntries(
        CHANGES.map((c) => [c.kind, lowest(questionResults.map((q) => q.firstAfterChange.ratios[c.kind]))]),
      ) as Record<ChangeKind, number | null>,
      changes: CHANGES.map((c) => ({ ...c })),
      peakRssMb: Object.fromEntries([...servers].map(([key, s]) => [key, Math.round(s.peakRssMb())])),
      startupMs: Object.fromEntries([...servers].map(([key, s]) => [key, Math.round(s.startupMs)])),
    };
    writeFileSync(join(root, 'bench', 'results-peer.json'), `${JSON.stringify(results, null, 2)}\n`);
    const markdown = renderPeerMarkdown(results);
    writeFileSync(join(root, 'bench', 'results-peer.md'), markdown);
    console.log(markdown);
  } finally {
    await monitor?.end();
    await Promise.all([...servers.values()].map((s) => s.stop()));
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}
