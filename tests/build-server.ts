import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest's global set-up: builds the server as `npm start` does (`npm run build`: tsc, the
 * one-file bundle dist/server.js, then the comparison page in dist/web) before any test, so that the
 * tests that start the server as a process run what production runs rather than the TypeScript
 * sources, and every test server serves the page.
 *
 * Vitest calls it for the root and again for each project that extends it; one build is enough.
 */
export default function buildServer(): void {
  if (process.env.PEELGRAPH_SERVER_BUILT) return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  process.env.PEELGRAPH_SERVER_BUILT = 'yes';
}
