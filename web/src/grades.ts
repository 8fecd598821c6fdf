import type { Basis, Grade, GradeStatus } from './gql/graphql.js';

export const GRADE_WORDS: Readonly<Record<Grade, string>> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  ADEQUATE: 'Adequate',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

/** What a cell without a grade says, by why it has none (never "not graded": see GradeStatus). */
export const STATUS_WORDS: Readonly<Record<Exclude<GradeStatus, 'GRADED'>, string>> = {
  NOT_KNOWN: 'Not known',
  NOT_YET_PUBLISHED: 'Not yet published',
  PUBLICATION_DATE_NOT_KNOWN: 'Publication date not known',
};

export const STATUS_EXPLANATIONS: Readonly<Record<Exclude<GradeStatus, 'GRADED'>, string>> = {
  NOT_KNOWN:
    'This dataset holds no grade for this force and area. The force may well have been graded: the grade could not be sourced.',
  NOT_YET_PUBLISHED: 'The grade was published after the chosen date.',
  PUBLICATION_DATE_NOT_KNOWN:
    'A grade is known, but not when it was published, so it is left out of answers as of a date rather than guessed.',
};

export const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  STATED: 'Stated by the source',
  INFERRED: 'Inferred from published counts',
};

/** The CSS class of a grade's colour (styles.css); one class for every kind of "no grade". */
export function gradeClass(grade: Grade | null | undefined): string {
  return grade ? `grade grade-${grade.toLowerCase().replace(/_/g, '-')}` : 'grade grade-none';
}

export function cellWord(grade: Grade | null | undefined, status: GradeStatus): string {
  if (grade && status === 'GRADED') return GRADE_WORDS[grade];
  return STATUS_WORDS[status === 'GRADED' ? 'NOT_KNOWN' : status];
}

/**
 * A date as the API gives it, in words, keeping its precision: `2024-03-12` is 12 March 2024,
 * `2024-03` is March 2024 (never a day).
 */
export function dateInWords(date: string | null | undefined): string {
  if (!date) return 'not known';
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(utc);
}
