import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, startProcess } from '../bench/processes.js';

export interface PageServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * The built server (dist/server.js, as `npm start` runs it) on a free port and a new embedded
 * database in a temporary folder, which it fills with the bundled data; removed on stop.
 */
export async function startPageServer(env: Record<string, string> = {}): Promise<PageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'peelgraph-page-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startProcess(
    ['--enable-source-maps', 'dist/server.js'],
    { PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: join(dir, 'pglite'), LOG_LEVEL: 'warn', ...env },
    `${origin}/graphql`,
  );
  return {
    origin,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
