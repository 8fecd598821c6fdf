import type { LoadResult } from './load.js';

export interface BenchResults {
  when: string;
  machine: { cpu: string; cores: number; node: string };
  settings: { scale: number; database: string; seconds: number; connections: number; grades: number };
  importMs: number;
  /** The median of `startupSamplesMs`. */
  startupMs: number;
  startupSamplesMs: number[];
  peakRssMb: number;
  typename: { nothingCached: LoadResult; uncached: LoadResult; cached: LoadResult };
  operations: {
    name: string;
    statements: number | null;
    answerBytes: number | null;
    /** Neither cache: every request reaches the database. */
    nothingCached: LoadResult | undefined;
    /** The read cache without the response cache. */
    uncached: LoadResult | undefined;
    cached: LoadResult | undefined;
    inMemoryCeiling: LoadResult | undefined;
  }[];
}

const rps = (r: LoadResult | undefined) => (r ? Math.round(r.requestsPerSecond) : NaN);
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

/** The results as a markdown table, with each operation's ratios to the ceilings of the same run. */
export function renderMarkdown(r: BenchResults): string {
  const a = rps(r.typename.cached);
  const lines = [
    `Scale ×${r.settings.scale} (${r.settings.grades} grades) on ${r.settings.database}; ${r.machine.cpu} (${r.machine.cores} cores), Node ${r.machine.node}; ` +
      `autocannon ${r.settings.connections} connections × ${r.settings.seconds} s per row; ${r.when}.`,
    '',
    `Ceiling (a), \`{ __typename }\` on the same server: ${rps(r.typename.nothingCached)} req/s (nothing cached), ${rps(r.typename.uncached)} req/s (uncached), ${a} req/s (cached: the ceiling the cached column is divided by).`,
    '',
    '"Nothing cached": neither cache, so every request reaches the database. "Uncached": the read cache without the response cache. "Cached": both, as in production.',
    '',
    '| operation | SQL / request (nothing cached) | answer bytes | nothing cached req/s | p50 / p99 ms | uncached req/s | p50 / p99 ms | in-memory ceiling (b) req/s | uncached ÷ (b) | cached req/s | cached p50 / p99 ms | cached ÷ (a) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...r.operations
      .map((o) =>
        [
          o.name,
          o.statements ?? '–',
          o.answerBytes ?? '–',
          rps(o.nothingCached),
          `${o.nothingCached?.p50Ms} / ${o.nothingCached?.p99Ms}`,
          rps(o.uncached),
          `${o.uncached?.p50Ms} / ${o.uncached?.p99Ms}`,
          rps(o.inMemoryCeiling),
          pct(rps(o.uncached), rps(o.inMemoryCeiling)),
          rps(o.cached),
          `${o.cached?.p50Ms} / ${o.cached?.p99Ms}`,
          pct(rps(o.cached), a),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
    `Import into an empty database: ${Math.round(r.importMs)} ms. Start-up to first answered query on the existing database: ${Math.round(r.startupMs)} ms (median of ${r.startupSamplesMs.join(', ')} ms). Peak server RSS: ${Math.round(r.peakRssMb)} MB.`,
    '',
  ];
  const failures = r.operations.filter(
    (o) =>
      [o.nothingCached, o.uncached, o.cached].reduce((n, run) => n + (run?.errors ?? 0) + (run?.non2xx ?? 0), 0) > 0,
  );
  if (failures.length > 0) lines.push(`Errors or non-2xx answers in: ${failures.map((o) => o.name).join(', ')}.`, '');
  return lines.join('\n');
}
