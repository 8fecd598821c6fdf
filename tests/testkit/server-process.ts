import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { fileURLToPath } from 'node:url';

import { freePort } from '../../scripts/bench/processes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The server as `npm start` runs it (dist/server.js, built by the suite's global set-up), as a process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly url: string;
  /** Its log lines so far (JSON, one per line). */
  readonly logs: string[];
  /** Resolves with the exit code once it has exited. */
  readonly exited: Promise<number | null>;
  /** Resolves once /health/ready answers 200; rejects if the process exits first. */
  ready(): Promise<void>;
  /** Resolves with the first log line that `matches`, as soon as it is written. */
  logged(matches: (line: string) => boolean): Promise<string>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const lines = new EventEmitter<{ line: [string] }>();
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        logs.push(line);
        lines.emit('line', line);
      }
    });
  }
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const origin = `http://127.0.0.1:${port}`;
  return {
    child,
    origin,
    url: `${origin}/graphql`,
    logs,
    exited,
    async ready() {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${logs.join('\n')}`);
        const ok = await fetch(`${origin}/health/ready`).then(
          (response) => response.ok,
          () => false,
        );
        if (ok) return;
        if (Date.now() > deadline) throw new Error('the server did not become ready');
        // Polled: readiness is an HTTP answer, which no event of this process announces.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    logged(matches) {
      const already = logs.find(matches);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => {
        const listener = (line: string) => {
          if (!matches(line)) return;
          lines.off('line', listener);
          resolve(line);
        };
        lines.on('line', listener);
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
