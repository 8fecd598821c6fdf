import type { Context } from '../platform/graphql/context.js';
import { NotFoundError } from '../platform/errors.js';
import type { ForceRow } from '../peel-data/rows.js';

export interface ForceFilter {
  readonly country: string | null;
  readonly region: string | null;
}

/** The forces, by name, optionally only those of one country or region. */
export function listForces(ctx: Context, filter: ForceFilter): readonly ForceRow[] {
  const { forces } = ctx.data;
  if (filter.country === null && filter.region === null) return forces;
  return forces.filter(
    (f) =>
      (filter.country === null || f.country === filter.country) &&
      (filter.region === null || f.region === filter.region),
  );
}

export function findForce(ctx: Context, id: string): ForceRow | null {
  return ctx.data.force(id) ?? null;
}

/** The forces in the order asked, or one NOT_FOUND error naming every unknown id. */
export function requireForces(ctx: Context, ids: readonly string[]): ForceRow[] {
  const found = ids.map((id) => ctx.data.force(id));
  const missing = ids.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) throw new NotFoundError('force', [...new Set(missing)]);
  return found as ForceRow[];
}

export function requireForce(ctx: Context, id: string): ForceRow {
  return requireForces(ctx, [id])[0] as ForceRow;
}
