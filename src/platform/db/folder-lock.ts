import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Who holds an embedded database's folder. PGlite is one PostgreSQL inside one process: a second
 * process opening the same folder runs a second PostgreSQL over the same files, and the two
 * overwrite each other's pages (changes lost, and PGlite aborting). So every process that opens a
 * folder first claims it with a lock file beside it, and a process that finds it claimed does not
 * open it: the server refuses to start, and a command-line tool works through the running server
 * instead (src/platform/cli/) or refuses, writing nothing.
 *
 * The lock file is created atomically (O_EXCL) and names its holder. A holder that died leaves it
 * behind: a lock whose process is gone, or whose process id now belongs to a process started later,
 * is stale and taken over.
 */
export interface FolderHolder {
  readonly pid: number;
  /** What holds it: `server`, or the command (`npm run import`). */
  readonly role: string;
  /** When the process started, as the kernel counts it, to tell a reused process id apart. */
  readonly processStart: string | null;
  /** A token of this claim, so that a holder only ever removes its own lock. */
  readonly token: string;
}

export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: FolderHolder,
  ) {
    const who = holder.role === 'server' ? 'the peelgraph server' : `\`${holder.role}\``;
    super(`The embedded database in ${dir} is in use by ${who} (pid ${holder.pid}).`);
    this.name = 'FolderInUseError';
  }
}

/** The lock file of a folder: beside it, not in it, so PGlite's own files are left alone. */
export function lockPathOf(dir: string): string {
  const full = resolve(dir);
  return join(dirname(full), `${basename(full)}.peelgraph-lock`);
}

/** A process's state and start time from /proc (Linux); null where there is none to read. */
function processStat(pid: number): { state: string; start: string } | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '' };
  } catch {
    return null;
  }
}

function processStart(pid: number): string | null {
  return processStat(pid)?.start ?? null;
}

function alive(holder: FolderHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = processStat(holder.pid);
  if (stat === null) return true; // no /proc to ask: the process id answered, so trust it
  // A zombie has ended (killed, and not yet reaped by its parent); a later start is another process.
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return holder.processStart === null || stat.start === holder.processStart;
}

function readHolder(path: string): FolderHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FolderHolder;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FolderClaim {
  readonly holder: FolderHolder;
  /** Removes the lock, if it is still this claim's. */
  release(): void;
}

/** Claims `dir` for this process as `role`, or throws FolderInUseError naming the live holder. */
export async function claimFolder(dir: string, role: string): Promise<FolderClaim> {
  const path = lockPathOf(dir);
  const holder: FolderHolder = { pid: process.pid, role, processStart: processStart(process.pid), token: randomUUID() };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(holder));
      } finally {
        closeSync(fd);
      }
      return claimOf(path, holder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    if (current === null) {
      await sleep(20); // being written, or just removed: look again
      continue;
    }
    if (alive(current)) throw new FolderInUseError(dir, current);
    takeOverStale(path, current);
  }
  throw new Error(`Could not claim ${dir}: its lock file ${path} keeps changing`);
}

/**
 * Removes a stale lock, unless another process replaced it meanwhile: it is moved aside first (an
 * atomic rename), and put back if what was moved is not the stale lock after all.
 */
function takeOverStale(path: string, stale: FolderHolder): void {
  const aside = `${path}.${process.pid}.${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  const moved = readHolder(aside);
  if (moved?.token !== stale.token) {
    try {
      linkSync(aside, path); // fails if yet another process claimed it: that claim stands
    } catch {
      // nothing to put back
    }
  }
  unlinkSync(aside);
}

function claimOf(path: string, holder: FolderHolder): FolderClaim {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readHolder(path)?.token === holder.token) {
      try {
        unlinkSync(path);
      } catch {
        // removed by someone who judged it stale: nothing left to do
      }
    }
  };
  // A process that ends without closing the database (a crash in a command) still lets go.
  process.on('exit', release);
  return { holder, release };
}
