import type { Context } from '../platform/graphql/context.js';
import { NotFoundError } from '../platform/errors.js';
import { areaSlugWithin } from '../peel-data/ids.js';
import type { AreaRow, ProgrammeRow } from '../peel-data/rows.js';

export function listProgrammes(ctx: Context): readonly ProgrammeRow[] {
  return ctx.data.programmes;
}

export function findProgramme(ctx: Context, id: string): ProgrammeRow | null {
  return ctx.data.programme(id) ?? null;
}

/** The programme, or a NOT_FOUND error naming the id. */
export function requireProgramme(ctx: Context, id: string): ProgrammeRow {
  const programme = findProgramme(ctx, id);
  if (!programme) throw new NotFoundError('programme', [id]);
  return programme;
}

/** The programme and one of its areas (by slug or `Area.id`), or a NOT_FOUND error naming the unknown id. */
export function requireArea(
  ctx: Context,
  programmeId: string,
  areaId: string,
): { programme: ProgrammeRow; area: AreaRow } {
  const programme = requireProgramme(ctx, programmeId);
  const slug = areaSlugWithin(programme.id, areaId);
  const area = slug === null ? undefined : ctx.data.area(programme.id, slug);
  if (!area) throw new NotFoundError(`area of programme "${programmeId}"`, [areaId]);
  return { programme, area };
}

/** The programme an area belongs to, which always exists (a foreign key). */
export function programmeOfArea(ctx: Context, area: AreaRow): ProgrammeRow {
  return requireProgramme(ctx, area.programmeId);
}

export function areasWithSameTheme(ctx: Context, area: AreaRow): AreaRow[] {
  return ctx.data.sameTheme(area);
}
