import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { findForces, type ForceFilter, type ForceRow } from './store.js';

export async function listForces(ctx: Context, filter: ForceFilter): Promise<ForceRow[]> {
  const forces = await findForces(ctx.db.reads, filter);
  // Fields below the list that name these forces again (a grade's `force`) need no query of their own.
  for (const force of forces) ctx.loaders.forceById.prime(force.id, force);
  return forces;
}

export async function findForce(ctx: Context, id: string): Promise<ForceRow | null> {
  return (await ctx.loaders.forceById.load(id)) ?? null;
}

/** The forces in the order asked, or one NOT_FOUND error naming every unknown id. */
export async function requireForces(ctx: Context, ids: readonly string[]): Promise<ForceRow[]> {
  const found = await ctx.loaders.forceById.loadMany(ids);
  const missing = ids.filter((_, i) => found[i] === undefined || found[i] instanceof Error);
  if (missing.length > 0) throw new NotFoundError('force', [...new Set(missing)]);
  return found as ForceRow[];
}

export async function requireForce(ctx: Context, id: string): Promise<ForceRow> {
  const [force] = await requireForces(ctx, [id]);
  return force as ForceRow;
}
