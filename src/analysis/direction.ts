import type { Grade, GradeScale } from '@prisma/client';

import { gradeScore } from '../grades/scale.js';

export type Direction = 'UP' | 'DOWN' | 'SAME';

/**
 * What a four-tier grade can mean on the five-tier scale, which put Adequate between Good and
 * Requires improvement: a four-tier Good covers today's Good and Adequate, a four-tier Requires
 * improvement today's Adequate and Requires improvement. The ends of the scale are unchanged.
 */
const FOUR_TIER_SPANS: Readonly<Record<Grade, readonly Grade[]>> = {
  OUTSTANDING: ['OUTSTANDING'],
  GOOD: ['GOOD', 'ADEQUATE'],
  ADEQUATE: ['ADEQUATE'], // not on the four-tier scale; listed so that every grade has a span
  REQUIRES_IMPROVEMENT: ['ADEQUATE', 'REQUIRES_IMPROVEMENT'],
  INADEQUATE: ['INADEQUATE'],
};

/** The five-tier grades a grade of `scale` can stand for. */
function fiveTierSpan(grade: Grade, scale: GradeScale): readonly Grade[] {
  return scale === 'FIVE_TIER' ? [grade] : FOUR_TIER_SPANS[grade];
}

/**
 * Which way a grade moved from `from` to `to`, or null when that cannot be said. On one scale the
 * scores decide (equal grades are SAME). Across scales both grades are read as the five-tier grades
 * they can stand for: UP only when every reading of `to` is better than every reading of `from`,
 * DOWN only when every reading is worse, and otherwise null (the grades overlap). So Good →
 * Adequate across the scale change is null, never a decline; and never SAME, as no two grades of
 * different scales are the same grade.
 */
export function gradeDirection(
  from: { grade: Grade | null; scale: GradeScale },
  to: { grade: Grade | null; scale: GradeScale },
): Direction | null {
  if (from.grade === null || to.grade === null) return null;
  if (from.scale === to.scale) {
    const change = gradeScore(to.grade, to.scale) - gradeScore(from.grade, from.scale);
    return change > 0 ? 'UP' : change < 0 ? 'DOWN' : 'SAME';
  }
  const fromScores = fiveTierSpan(from.grade, from.scale).map((g) => gradeScore(g, 'FIVE_TIER'));
  const toScores = fiveTierSpan(to.grade, to.scale).map((g) => gradeScore(g, 'FIVE_TIER'));
  if (Math.min(...toScores) > Math.max(...fromScores)) return 'UP';
  if (Math.max(...toScores) < Math.min(...fromScores)) return 'DOWN';
  return null;
}
