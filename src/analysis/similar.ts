import type { Context } from '../platform/graphql/context.js';
import { BadInputError } from '../platform/errors.js';
import { requireForce } from '../forces/service.js';
import { gradeLabel, gradeScore, scaleLabel, SCALE_GRADES } from '../grades/scale.js';
import { requireProgramme } from '../programmes/service.js';
import type { ProgrammeRow } from '../peel-data/rows.js';
import { byForceName, currentGrades, forcesById, profilesOf } from './profiles.js';
import type { SimilarForceResult } from './types.js';

/** The most forces `similarForces` can return: every force but the one compared with. */
export const MAX_SIMILAR = 42;

/** How the distance was measured, in words, for a pair sharing `shared` areas. */
function measureOf(programme: ProgrammeRow, shared: number): string {
  const grades = SCALE_GRADES[programme.scale];
  const scores = grades.map((g) => `${gradeLabel(g)} ${gradeScore(g, programme.scale)}`).join(', ');
  return (
    `The mean absolute difference between the two forces' ${programme.name} grade scores ` +
    `(${scaleLabel(programme.scale)} scale: ${scores}) over the ${shared} ` +
    `${shared === 1 ? 'area' : 'areas'} both have known grades for.`
  );
}

/**
 * The forces whose current grades in a programme are closest to one force's: by the mean absolute
 * difference of scores over the areas both have known grades for, then by name. Forces sharing
 * fewer than `minSharedAreas` such areas, and the force itself, are left out.
 */
export function similarForces(
  ctx: Context,
  args: { force: string; programme: string; first: number; minSharedAreas: number },
): SimilarForceResult[] {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_SIMILAR) {
    throw new BadInputError(`first must be between 1 and ${MAX_SIMILAR}; got ${args.first}.`, 'first');
  }
  if (args.minSharedAreas < 1) {
    throw new BadInputError(`minSharedAreas must be at least 1; got ${args.minSharedAreas}.`, 'minSharedAreas');
  }
  const programme = requireProgramme(ctx, args.programme);
  const force = requireForce(ctx, args.force);

  const profiles = profilesOf(currentGrades(ctx, programme.id, null));
  const own = profiles.get(force.id) ?? new Map();
  const candidates = [...profiles].flatMap(([otherId, other]) => {
    if (otherId === force.id) return [];
    const differences = programme.areas.flatMap((area) => {
      const mine = own.get(area.id);
      const theirs = other.get(area.id);
      if (mine === undefined || theirs === undefined) return [];
      return [Math.abs(gradeScore(mine, programme.scale) - gradeScore(theirs, programme.scale))];
    });
    if (differences.length < args.minSharedAreas) return [];
    const distance = differences.reduce((sum, d) => sum + d, 0) / differences.length;
    return [{ forceId: otherId, distance, sharedAreas: differences.length }];
  });

  const forces = forcesById(
    ctx,
    candidates.map((c) => c.forceId),
  );
  return candidates
    .flatMap(({ forceId, distance, sharedAreas }): SimilarForceResult[] => {
      const other = forces.get(forceId);
      return other ? [{ force: other, distance, sharedAreas, measure: measureOf(programme, sharedAreas) }] : [];
    })
    .sort((a, b) => a.distance - b.distance || byForceName(a.force, b.force))
    .slice(0, args.first);
}
