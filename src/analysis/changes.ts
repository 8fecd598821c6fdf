import type { Grade } from '@prisma/client';

import type { Context } from '../platform/graphql/context.js';
import { NotFoundError } from '../platform/errors.js';
import { listForces, requireForce } from '../forces/service.js';
import { scaleLabel } from '../grades/scale.js';
import { findProgramme } from '../programmes/service.js';
import type { AreaRow, ProgrammeRow } from '../peel-data/rows.js';
import { gradeDirection } from './direction.js';
import { byForceName, currentGrades, profilesOf } from './profiles.js';
import type { GradeChangeResult } from './types.js';

/** An area of `from` and an area of `to` that it continues as, with what can be said of the pair. */
interface AreaLink {
  readonly fromArea: AreaRow;
  readonly toArea: AreaRow;
  readonly comparable: boolean;
  readonly reason: string | null;
}

/**
 * Two areas are linked when they are the same area (the same id) or share a non-null `theme`.
 * Themes are this dataset's interpretation, which the reason for a renamed area says.
 */
function linked(a: AreaRow, b: AreaRow): boolean {
  return a.id === b.id || (a.theme !== null && a.theme === b.theme);
}

function whyNotComparable(from: ProgrammeRow, to: ProgrammeRow, fromArea: AreaRow, toArea: AreaRow): string | null {
  const reasons: string[] = [];
  if (from.scale !== to.scale) {
    reasons.push(
      `${from.name} graded on the ${scaleLabel(from.scale)} scale and ${to.name} on the ${scaleLabel(to.scale)} scale: ` +
        'the five-tier scale added Adequate, so a four-tier Good spans Good and Adequate, and a four-tier ' +
        'Requires improvement spans Adequate and Requires improvement.',
    );
  }
  // HMICFRS's own caution for the question-based five-tier cycles (PEEL 2021/22 onwards).
  if (from.id !== to.id && from.scale === 'FIVE_TIER' && to.scale === 'FIVE_TIER') {
    reasons.push(
      'HMICFRS says grades from different PEEL cycles cannot be compared directly: ' +
        'a move from Good to Adequate is not necessarily a decline.',
    );
  }
  if (fromArea.name !== toArea.name) {
    const theme = fromArea.theme !== null && fromArea.theme === toArea.theme ? ` (theme "${fromArea.theme}")` : '';
    reasons.push(
      `The area was renamed ("${fromArea.name}" in ${from.name}, "${toArea.name}" in ${to.name}); ` +
        `linking the two${theme} is this dataset's interpretation, not HMICFRS's.`,
    );
  }
  return reasons.length > 0 ? reasons.join(' ') : null;
}

/** Every linked pair of areas, in the order of `from`'s areas, then of `to`'s. */
function areaLinks(from: ProgrammeRow, to: ProgrammeRow): AreaLink[] {
  return from.areas.flatMap((fromArea) =>
    to.areas
      .filter((toArea) => linked(fromArea, toArea))
      .map((toArea): AreaLink => {
        const reason = whyNotComparable(from, to, fromArea, toArea);
        return { fromArea, toArea, comparable: reason === null, reason };
      }),
  );
}

function requireProgrammes(ctx: Context, ids: readonly string[]): ProgrammeRow[] {
  const found = ids.map((id) => findProgramme(ctx, id));
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length > 0) throw new NotFoundError('programme', [...new Set(missing)]);
  return found as ProgrammeRow[];
}

/**
 * For each force (by name) and each linked pair of areas (in `from`'s order), the two current
 * grades and what can be said of the move between them; a pair with neither grade known is left out.
 */
export function gradeChanges(
  ctx: Context,
  args: { force: string | null; from: string; to: string },
): GradeChangeResult[] {
  // Unknown programmes are reported before an unknown force.
  const [from, to] = requireProgrammes(ctx, [args.from, args.to]);
  if (!from || !to) throw new Error('requireProgrammes returned fewer programmes than asked');
  const forces =
    args.force !== null ? [requireForce(ctx, args.force)] : listForces(ctx, { country: null, region: null });
  const links = areaLinks(from, to);
  if (links.length === 0) return [];

  const fromGrades = profilesOf(currentGrades(ctx, from.id, args.force));
  const toGrades = profilesOf(currentGrades(ctx, to.id, args.force));

  return [...forces].sort(byForceName).flatMap((force) =>
    links.flatMap((link): GradeChangeResult[] => {
      const fromGrade: Grade | null = fromGrades.get(force.id)?.get(link.fromArea.id) ?? null;
      const toGrade: Grade | null = toGrades.get(force.id)?.get(link.toArea.id) ?? null;
      if (fromGrade === null && toGrade === null) return [];
      const direction = gradeDirection({ grade: fromGrade, scale: from.scale }, { grade: toGrade, scale: to.scale });
      return [{ force, ...link, fromGrade, toGrade, direction }];
    }),
  );
}
