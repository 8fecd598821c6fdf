import type { Grade, GradeScale } from '@prisma/client';

/** Each scale's grades, best first. Which programme uses which scale is data (programmes.csv). */
export const SCALE_GRADES: Readonly<Record<GradeScale, readonly Grade[]>> = {
  FOUR_TIER: ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'],
  FIVE_TIER: ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'],
};

export function isOnScale(grade: Grade, scale: GradeScale): boolean {
  return SCALE_GRADES[scale].includes(grade);
}

/** The words the dataset uses, as HMICFRS writes them. */
export const GRADE_WORDS: Readonly<Record<string, Grade>> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  Adequate: 'ADEQUATE',
  'Requires improvement': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
};

export const SCALE_WORDS: Readonly<Record<string, GradeScale>> = {
  'four-tier': 'FOUR_TIER',
  'five-tier': 'FIVE_TIER',
};

export function scaleLabel(scale: GradeScale): string {
  return scale === 'FOUR_TIER' ? 'four-tier' : 'five-tier';
}

export function gradeLabel(grade: Grade): string {
  const word = Object.entries(GRADE_WORDS).find(([, value]) => value === grade);
  return word ? word[0] : grade;
}

/**
 * A grade's score on its scale, for means and distances: its steps above the bottom of the scale.
 * Five-tier: Outstanding 4 … Inadequate 0. Four-tier: Outstanding 3, Good 2, Requires improvement 1,
 * Inadequate 0. Scores of different scales are not comparable and must never be mixed.
 */
export function gradeScore(grade: Grade, scale: GradeScale): number {
  const score = SCORES[scale][grade];
  if (score === undefined) throw new Error(`${grade} is not on the ${scaleLabel(scale)} scale`);
  return score;
}

/** Each scale's scores, worked out once: counts and means look them up for every grade. */
const SCORES: Readonly<Record<GradeScale, Partial<Record<Grade, number>>>> = {
  FOUR_TIER: Object.fromEntries(SCALE_GRADES.FOUR_TIER.map((g, i, all) => [g, all.length - 1 - i])),
  FIVE_TIER: Object.fromEntries(SCALE_GRADES.FIVE_TIER.map((g, i, all) => [g, all.length - 1 - i])),
};
