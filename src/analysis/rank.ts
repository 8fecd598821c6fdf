import type { Context } from '../platform/graphql/context.js';
import { asOfDay, type PartialDate } from '../peel-data/partial-date.js';
import { NotFoundError } from '../platform/errors.js';
import { areaSlugWithin } from '../peel-data/ids.js';
import { gradedAsOf } from '../grades/as-of.js';
import { gradeScore } from '../grades/scale.js';
import { requireProgramme } from '../programmes/service.js';
import type { AreaRow, ProgrammeRow } from '../peel-data/rows.js';
import { byForceName, forcesById, profilesOf, type KnownGrade } from './profiles.js';
import type { ForceRankResult } from './types.js';

/** The areas asked for, in the programme's order (duplicates once); NOT_FOUND names every unknown id. */
function areasAsked(programme: ProgrammeRow, ids: readonly string[] | null): readonly AreaRow[] {
  if (ids === null) return programme.areas;
  const known = new Set(programme.areas.map((a) => a.id));
  const slugOf = (id: string) => areaSlugWithin(programme.id, id);
  const unknown = [...new Set(ids.filter((id) => !known.has(slugOf(id) ?? '')))];
  if (unknown.length > 0) throw new NotFoundError(`area of programme "${programme.id}"`, unknown);
  const asked = new Set(ids.map(slugOf));
  return programme.areas.filter((a) => asked.has(a.id));
}

/**
 * Forces ranked by mean score over some areas of a programme. Complete forces (a known grade for
 * every area asked) come first, by mean, best first, with competition ranks (1, 2, 2, 4) and by
 * name within a tie; forces missing some areas follow, by mean then name, unranked. Forces with no
 * known grade for any area asked are left out.
 */
export function rankForces(
  ctx: Context,
  args: { programme: string; areas: readonly string[] | null; asOf: PartialDate | null },
): ForceRankResult[] {
  const programme = requireProgramme(ctx, args.programme);
  const areas = areasAsked(programme, args.areas);
  const graded = gradedAsOf(ctx.data.gradesOfProgramme(programme.id), asOfDay(args.asOf));
  const profiles = profilesOf(
    graded.map(({ entry, view }): KnownGrade => ({
      forceId: entry.row.forceId,
      areaId: entry.row.areaId,
      grade: view.grade,
    })),
  );

  const scored = [...profiles].flatMap(([forceId, profile]) => {
    const scores = areas.flatMap((a) => {
      const grade = profile.get(a.id);
      return grade === undefined ? [] : [gradeScore(grade, programme.scale)];
    });
    if (scores.length === 0) return [];
    const missingAreas = areas.filter((a) => !profile.has(a.id));
    const meanScore = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    return [{ forceId, meanScore, knownAreas: scores.length, missingAreas, complete: missingAreas.length === 0 }];
  });
  const forces = forcesById(
    ctx,
    scored.map((s) => s.forceId),
  );
  const entries = scored.flatMap((s) => {
    const force = forces.get(s.forceId);
    return force ? [{ ...s, force }] : [];
  });
  // Means of the same number of integer scores are equal exactly when their sums are (division is
  // correctly rounded), so `===` finds ties without a tolerance.
  entries.sort(
    (a, b) => Number(b.complete) - Number(a.complete) || b.meanScore - a.meanScore || byForceName(a.force, b.force),
  );

  // Competition ranking: a complete force's rank is one more than the complete forces above its mean.
  let rank = 0;
  return entries.map(({ forceId: _, ...entry }, i): ForceRankResult => {
    const previous = entries[i - 1];
    if (entry.complete && previous?.meanScore !== entry.meanScore) rank = i + 1;
    return { ...entry, rank: entry.complete ? rank : null };
  });
}
