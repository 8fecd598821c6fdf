import type { PeerBenchResults, PeerRun, ServerKey } from './peer.js';

/** The middle value; for an even count, the mean of the two middle ones. */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

const rps = (value: number | undefined) => (value === undefined ? '–' : String(Math.round(value)));
const ratio = (value: number | null | undefined) => (value == null ? '–' : `${value.toFixed(2)}×`);
const medianOf = (runs: readonly PeerRun[] | undefined, pick: (run: PeerRun) => number | null) => {
  const values = (runs ?? []).map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
  return values.length === 0 ? undefined : median(values);
};
const latency = (runs: readonly PeerRun[] | undefined) =>
  runs?.length ? `${medianOf(runs, (r) => r.p50Ms)} / ${medianOf(runs, (r) => r.p99Ms)}` : '–';

/** bench/results-peer.md: the comparison with PostGraphile, with every setting it was measured under. */
export function renderPeerMarkdown(r: PeerBenchResults): string {
  const configurations = r.configurations;
  const keys: ServerKey[] = ['peer', ...configurations.map((c) => c.key as ServerKey)];
  const envText = (env: Record<string, string>) =>
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ') || 'the defaults';
  const packages = Object.entries(r.peer.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const commit =
    r.commit.dirty.length === 0
      ? `commit ${r.commit.sha}`
      : `commit ${r.commit.sha} **with uncommitted changes** (${r.commit.dirty.join('; ')})`;
  const lines = [
    ...(r.settings.seconds < 10 || r.settings.warmupSeconds < 3
      ? [
          `**Smoke run**: ${r.settings.seconds} s rows after ${r.settings.warmupSeconds} s of warm-up (the defaults are 10 and 3): it shows the run works, not figures to quote.`,
          '',
        ]
      : []),
    `PostGraphile (the peer) and peelgraph on one PostgreSQL ${r.machine.postgres} database holding the bundled data (${r.settings.grades} grades), imported by peelgraph; ${commit}; ` +
      `${r.machine.cpu} (${r.machine.cores} cores; 1-minute load average ${r.machine.loadAverage} before the run), Node ${r.machine.node}; autocannon ${r.settings.connections} connections × ${r.settings.seconds} s per row ` +
      `after a ${r.settings.warmupSeconds} s warm-up, ${r.settings.rounds} round(s), the servers driven in turn question by question; ${r.when}.`,
    '',
    `**The peer**: ${packages}; the ${r.peer.preset} preset with ${r.peer.plugins.join(' and ')}; mutations ${r.peer.mutations}; ${r.peer.production}; smart tags: ${r.peer.smartTags}` +
      (r.peer.polyfill ? `; polyfill: ${r.peer.polyfill}.` : '.'),
    '',
    `**peelgraph**: the server \`npm start\` runs, with ${envText(r.peelgraphEnv)}, in ${configurations.length} configurations:`,
    '',
    ...configurations.map((c) => `- **${c.label}** (${envText(c.env)}): ${c.meaning}.`),
    '',
    'Before anything was timed, every question was asked of every server and the answers, normalised to one shape, were checked equal (`scripts/bench/peer-questions.ts`).',
    '',
    `Requests per second (median over rounds), p50 / p99 latency in ms, and each peelgraph configuration ÷ PostGraphile:`,
    '',
    `| question | PostGraphile req/s | p50 / p99 | ${configurations.map((c) => `${c.label} req/s | p50 / p99 | ÷ PostGraphile`).join(' | ')} |`,
    `| --- | --: | --: | ${configurations.map(() => '--: | --: | --:').join(' | ')} |`,
    ...r.questions.map((q) => {
      const cells = [
        q.name,
        q.peerMissing ? 'no equivalent' : rps(q.requestsPerSecond.peer),
        q.peerMissing ? '–' : latency(q.runs.peer),
        ...configurations.flatMap((c) => [
          rps(q.requestsPerSecond[c.key as ServerKey]),
          latency(q.runs[c.key as ServerKey]),
          ratio(q.ratios[c.key]),
        ]),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    '',
    `Lowest ratio over the questions that have a peer: ${configurations.map((c) => `${c.label} ${ratio(r.minimumRatios[c.key])}`).join(', ')}.`,
    '',
    'The first answer after a data change, one request at a time (median of 15, in ms): each server answering with no change since its last answer, and answering just after each of these changes, made in SQL as another instance would make them: the edit before one server’s request and its undo before the other’s, so that each answers the first request after a change (peelgraph executed, with its response cache off):',
    '',
    ...r.changes.map((c) => `- **after ${c.kind}** (\`${c.edit}\`, then \`${c.undo}\`): ${c.label}; ${c.path}.`),
    '',
    'Each cell is PostGraphile / peelgraph in ms; each ÷ is PostGraphile’s time ÷ peelgraph’s after that change (above 1×: peelgraph answers faster even then):',
    '',
    `| question | no change | ${r.changes.map((c) => `after ${c.kind} | ÷`).join(' | ')} |`,
    `| --- | --: | ${r.changes.map(() => '--: | --:').join(' | ')} |`,
    ...r.questions.map((q) => {
      const f = q.firstAfterChange;
      const pair = (ms: { peer: number | null; peelgraph: number }) =>
        `${ms.peer === null ? '–' : ms.peer.toFixed(1)} / ${ms.peelgraph.toFixed(1)}`;
      const cells = r.changes.map((c) => `${pair(f.afterMs[c.kind])} | ${ratio(f.ratios[c.kind])}`);
      return `| ${q.name} | ${pair(f.unchangedMs)} | ${cells.join(' | ')} |`;
    }),
    '',
    `Lowest: ${r.changes.map((c) => `after ${c.kind} ${ratio(r.minimumFirstAfterChangeRatios[c.kind])}`).join('; ')}.`,
    '',
    `Against the targets: cold, every cache of results and answers off (the executed configuration) ≥ 1×: ${ratio(r.minimumRatios.executed)}; ` +
      `cold as the first answer after a change ≥ 1×: ${r.changes.map((c) => `after ${c.kind} ${ratio(r.minimumFirstAfterChangeRatios[c.kind])}`).join(', ')}; ` +
      `executed ≥ 3×: ${ratio(r.minimumRatios.executed)}; default (response cache) ≥ 5×: ${ratio(r.minimumRatios.responseCache)}.`,
    '',
    'CPU time per request in µs, as server / PostgreSQL: the server process, and the PostgreSQL backends connected to the benchmark’s database (only the driven server’s are busy), both from /proc; requests ≈ req/s × seconds. Then answer sizes in bytes (uncompressed JSON):',
    '',
    `| question | PostGraphile µs | ${configurations.map((c) => `${c.label} µs`).join(' | ')} | peelgraph bytes | PostGraphile bytes |`,
    `| --- | --: | ${configurations.map(() => '--:').join(' | ')} | --: | --: |`,
    ...r.questions.map((q) => {
      const us = (key: ServerKey, pick: (run: PeerRun) => number | null) => {
        const value = medianOf(q.runs[key], pick);
        return value === undefined ? '–' : String(Math.round(value));
      };
      const cpu = (key: ServerKey) =>
        q.runs[key]?.length ? `${us(key, (run) => run.cpuUsPerRequest)} / ${us(key, (run) => run.postgresUsPerRequest)}` : '–';
      return `| ${[q.name, cpu('peer'), ...configurations.map((c) => cpu(c.key as ServerKey)), q.answerBytes.peelgraph, q.answerBytes.peer ?? '–'].join(' | ')} |`;
    }),
    '',
    `Start-up to the first answer: ${keys.map((k) => `${k === 'peer' ? 'PostGraphile' : (configurations.find((c) => c.key === k)?.label ?? k)} ${r.startupMs[k] ?? '–'} ms`).join(', ')}. ` +
      `Peak RSS: ${keys.map((k) => `${k === 'peer' ? 'PostGraphile' : (configurations.find((c) => c.key === k)?.label ?? k)} ${r.peakRssMb[k] ?? '–'} MB`).join(', ')}.`,
    '',
    'The questions:',
    '',
    ...r.questions.flatMap((q) => [
      `- **${q.name}**: ${q.title}.${q.notes.length ? ` ${q.notes.join(' ')}` : ''}${q.peerMissing ? ` ${q.peerMissing}` : ''}`,
    ]),
    '',
    'Read with care:',
    '',
    '- **Response cache** compares peelgraph answering a repeated query from stored bytes with PostGraphile executing every request: PostGraphile has no response cache of its own. It is what each server does out of the box, not the same work.',
    '- autocannon sends `Accept-Encoding: gzip, deflate, br`, as browsers do: peelgraph sends large cached answers gzipped, PostGraphile sends every answer uncompressed. The sizes above are uncompressed.',
    "- The two sides' answers carry the same information in different shapes (PostGraphile's connections and relation fields make its answers larger); the normalisers in `scripts/bench/peer-questions.ts` say what is compared.",
    '- Both servers, PostgreSQL and autocannon share this machine’s cores; repeated runs on a 2-core machine differ by 10–40%. Compare ratios within one run.',
    '',
  ];
  const failed = r.questions.filter((q) =>
    keys.some((k) => (q.runs[k] ?? []).some((run) => run.errors + run.non2xx > 0)),
  );
  if (failed.length > 0) lines.push(`Errors or non-2xx answers in: ${failed.map((q) => q.name).join(', ')}.`, '');
  return lines.join('\n');
}
