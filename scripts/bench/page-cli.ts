/**
 * `npm run bench:page [-- --origin URL] [--runs N]`: the comparison page's first render, JavaScript
 * and GraphQL request (scripts/bench/page.ts). Without --origin it builds the server and starts it in
 * production mode on a new embedded database. Writes bench/results-page.json and prints a summary.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import { hasChromium } from '../browser/chromium.js';
import { type PageServer, startPageServer } from '../browser/server-process.js';
import { measurePage, type PageRun } from './page.js';

const { values } = parseArgs({ options: { origin: { type: 'string' }, runs: { type: 'string', default: '5' } } });
if (!hasChromium()) {
  console.error('No Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}
const root = new URL('../../', import.meta.url).pathname;
let server: PageServer | undefined;
if (!values.origin) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  server = await startPageServer({ NODE_ENV: 'production', RATE_LIMIT_ENABLED: 'false' });
}
try {
  const measurement = await measurePage(values.origin ?? server!.origin, { runs: Number(values.runs) });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const line = (run: PageRun, index: number) =>
    `run ${index + 1}: first render ${run.firstRenderMs.toFixed(0)} ms; JS ${kb(run.jsBytes.transferred)} sent ` +
    `(${kb(run.jsBytes.decoded)} unpacked, ${run.jsBytes.files} file(s)); ${run.graphqlRequests} GraphQL request(s), ` +
    `the first ${kb(run.graphql.transferred)} sent${run.graphql.gzip ? ' gzipped' : ''} ` +
    `(${kb(run.graphql.decoded)} unpacked) in ${run.graphql.ms.toFixed(0)} ms, cost ${run.graphql.cost ?? '?'}`;
  measurement.runs.forEach((run, index) => console.log(line(run, index)));
  const later = measurement.runs.slice(1).map((run) => run.firstRenderMs).sort((a, b) => a - b);
  if (later.length > 0) console.log(`median first render of runs 2–${measurement.runs.length}: ${later[Math.floor(later.length / 2)]!.toFixed(0)} ms`);
  const result = { ...measurement, cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, at: new Date().toISOString() };
  writeFileSync(`${root}bench/results-page.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server?.stop();
}
