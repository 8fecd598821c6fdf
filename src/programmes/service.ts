import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { areaSlugWithin } from '../ids.js';
import type { AreaRow, ProgrammeRow } from './store.js';

export async function listProgrammes(ctx: Context): Promise<readonly ProgrammeRow[]> {
  return (await ctx.loaders.catalogue()).programmes;
}

export async function findProgramme(ctx: Context, id: string): Promise<ProgrammeRow | null> {
  return (await ctx.loaders.catalogue()).programme(id) ?? null;
}

/** The programme, or a NOT_FOUND error naming the id. */
export async function requireProgramme(ctx: Context, id: string): Promise<ProgrammeRow> {
  const programme = await findProgramme(ctx, id);
  if (!programme) throw new NotFoundError('programme', [id]);
  return programme;
}

/** The programme and one of its areas, or a NOT_FOUND error naming the unknown id. */
export async function requireArea(
  ctx: Context,
  programmeId: string,
  areaId: string,
): Promise<{ programme: ProgrammeRow; area: AreaRow }> {
  const programme = await requireProgramme(ctx, programmeId);
  const slug = areaSlugWithin(programme.id, areaId);
  const area = programme.areas.find((a) => a.id === slug);
  if (!area) throw new NotFoundError(`area of programme "${programmeId}"`, [areaId]);
  return { programme, area };
}

export async function programmeOfArea(ctx: Context, area: AreaRow): Promise<ProgrammeRow> {
  return requireProgramme(ctx, area.programmeId);
}

export async function areasWithSameTheme(ctx: Context, area: AreaRow): Promise<AreaRow[]> {
  return (await ctx.loaders.catalogue()).sameTheme(area);
}

export async function findArea(ctx: Context, programmeId: string, areaId: string): Promise<AreaRow> {
  const area = (await ctx.loaders.catalogue()).area(programmeId, areaId);
  // Foreign keys make every stored grade's area exist; a miss here is a bug, not bad input.
  if (!area) throw new Error(`Area ${programmeId}/${areaId} is missing from the catalogue`);
  return area;
}
