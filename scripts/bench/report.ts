import type { FloodResult } from './flood.js';
import type { LoadResult } from './load.js';

export interface BenchResults {
  when: string;
  /** The commit measured. */
  commit: string;
  machine: { cpu: string; cores: number; node: string };
  settings: { scale: number; database: string; seconds: number; connections: number; grades: number };
  importMs: number;
  /** Reading the model of the data and indexing it (the median of `modelSamplesMs`). */
  modelReadMs: number;
  modelSamplesMs: number[];
  /** Bringing the model up to date after one grade changed (the median of `catchUpSamplesMs`). */
  catchUpMs: number;
  catchUpSamplesMs: number[];
  /** The same after one force's row changed (absent from results made before it was measured). */
  forceCatchUpMs?: number;
  forceCatchUpSamplesMs?: number[];
  /** The median of `startupSamplesMs`. */
  startupMs: number;
  startupSamplesMs: number[];
  peakRssMb: number;
  typename: { executed: LoadResult; cached: LoadResult };
  operations: {
    name: string;
    statements: number | null;
    answerBytes: number | null;
    /** The response cache off: every request runs GraphQL. */
    executed: LoadResult | undefined;
    /** As in production. */
    cached: LoadResult | undefined;
  }[];
  flood: FloodResult | null;
}

const rps = (r: LoadResult | undefined) => (r ? Math.round(r.requestsPerSecond) : NaN);
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const latency = (r: LoadResult | undefined) => (r ? `${r.p50Ms} / ${r.p99Ms}` : '–');

/** The results as a markdown table, with each operation's ratio to the ceiling of the same run. */
export function renderMarkdown(r: BenchResults): string {
  const lines = [
    `Scale ×${r.settings.scale} (${r.settings.grades} grades) on ${r.settings.database}; commit ${r.commit}; ${r.machine.cpu} (${r.machine.cores} cores), Node ${r.machine.node}; ` +
      `autocannon ${r.settings.connections} connections × ${r.settings.seconds} s per row; ${r.when}.`,
    '',
    `Ceiling, \`{ __typename }\` on the same server: ${rps(r.typename.executed)} req/s executed, ${rps(r.typename.cached)} req/s from the response cache. Each column is divided by the ceiling of its own configuration.`,
    '',
    '"Executed": the response cache off, so every request runs GraphQL, answered from the model of the data in memory. "Response cache": as in production.',
    '',
    '| operation | SQL / request | answer bytes | executed req/s | p50 / p99 ms | executed ÷ ceiling | response cache req/s | p50 / p99 ms | cached ÷ ceiling |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...r.operations.map(
      (o) =>
        `| ${[
          o.name,
          o.statements ?? '–',
          o.answerBytes ?? '–',
          rps(o.executed),
          latency(o.executed),
          pct(rps(o.executed), rps(r.typename.executed)),
          rps(o.cached),
          latency(o.cached),
          pct(rps(o.cached), rps(r.typename.cached)),
        ].join(' | ')} |`,
    ),
    '',
    `Reading the whole model of the data (what the first request waits for after a change the database's change log does not list: a bulk write of over a thousand grades, an emptied table): ${r.modelReadMs.toFixed(1)} ms (median of ${r.modelSamplesMs.join(', ')} ms). ` +
      `Bringing it up to date after one grade changed (the first request after an editor's correction): ${r.catchUpMs.toFixed(1)} ms (median of ${r.catchUpSamplesMs.join(', ')} ms). ` +
      (r.forceCatchUpMs === undefined
        ? ''
        : `After one force's row changed: ${r.forceCatchUpMs.toFixed(1)} ms (median of ${(r.forceCatchUpSamplesMs ?? []).join(', ')} ms). `) +
      `Import into an empty database: ${Math.round(r.importMs)} ms. Start-up to the first answered query on the existing database: ${Math.round(r.startupMs)} ms (median of ${r.startupSamplesMs.join(', ')} ms). ` +
      `Peak server RSS under load: ${Math.round(r.peakRssMb)} MB.`,
    '',
  ];
  if (r.flood) {
    const f = r.flood;
    lines.push(
      `Flood: ${f.seconds} s of questions each new to the server (random filters, dates and page sizes, one query text in ten never sent before, and CSV exports of random dates): ` +
        `${f.graphqlRequests} GraphQL requests and ${f.exportRequests} exports, ${f.failures} failures. Server RSS ${f.rssBeforeMb} MB before, ` +
        `peak ${f.peakRssMb} MB, ${f.rssAfterMb} MB after (every tenth of the flood: ${f.rssTimelineMb.join(', ')} MB)` +
          (f.ceilingMb === null
            ? ' (no ceiling is stated for a synthetic dataset).'
            : `: ${f.peakRssMb <= f.ceilingMb ? 'under' : '**over**'} the ceiling of ${f.ceilingMb} MB.`),
      '',
    );
  }
  const failures = r.operations.filter(
    (o) => [o.executed, o.cached].reduce((n, run) => n + (run?.errors ?? 0) + (run?.non2xx ?? 0), 0) > 0,
  );
  if (failures.length > 0) lines.push(`Errors or non-2xx answers in: ${failures.map((o) => o.name).join(', ')}.`, '');
  return lines.join('\n');
}
