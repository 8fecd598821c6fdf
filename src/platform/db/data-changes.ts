/**
 * Tells this process that the data changed, once the change is committed: editors' mutations and
 * imports that wrote something call `notifyDataChanged`, and the data version (data-version.ts)
 * listens, to read the database's version again before the change's caller answers.
 *
 * Listeners live in this process only. Other processes learn of a change from the data version in
 * the database (on PostgreSQL, read before each request); on PGlite the command-line tools change
 * the data through the server (src/platform/cli/target.ts), so it is this process that is told.
 */
import type { AuditAction } from '@prisma/client';

export type DataChange =
  | {
      readonly source: 'edit';
      readonly action: AuditAction;
      /** The GraphQL id of what changed, such as `cambridgeshire/peel-2023-25/investigating-crime`. */
      readonly target: string;
    }
  | { readonly source: 'import' };

/** Called after each committed change; the change's caller waits for it, so keep it quick. */
export type DataChangeListener = (change: DataChange) => void | Promise<void>;

const listeners = new Set<DataChangeListener>();

/** Subscribes `listener` to every committed change; returns the function that unsubscribes it. */
export function onDataChanged(listener: DataChangeListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Runs every listener and waits for them all, so that when a mutation's answer reaches its client
 * no listener still holds the old data. The change is already committed, so a failing listener
 * does not fail the caller: its error is reported to `onListenerError` (by default as a process
 * warning).
 */
export async function notifyDataChanged(
  change: DataChange,
  onListenerError: (error: unknown) => void = (error) => process.emitWarning(errorOf(error)),
): Promise<void> {
  const results = await Promise.allSettled([...listeners].map(async (listener) => listener(change)));
  for (const result of results) if (result.status === 'rejected') onListenerError(result.reason);
}

function errorOf(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
