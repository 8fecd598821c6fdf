import type { Grade } from '@prisma/client';

import { countsFrom, formatPartialDate, type PartialDate } from '../peel-data/partial-date.js';
import { type FieldError, InvalidInputError } from '../platform/errors.js';
import type { ProgrammeRow } from '../peel-data/rows.js';
import { futureDateProblem, gradeScaleProblem, httpUrlProblem } from '../peel-data/rules.js';

/** A date as the database keeps it: its text at the source's precision, and the day it counts from. */
export interface StoredDate {
  readonly text: string;
  readonly countsFrom: Date;
}

/**
 * Checks the fields of one mutation's input and collects every problem, so that one error names
 * all the bad fields (`extensions.fieldErrors`) rather than only the first.
 */
export class InputChecks {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** Records `problem` against `field` if there is one; returns whether the field is good. */
  check(field: string, problem: string | null): boolean {
    if (problem !== null) this.add(field, problem);
    return problem === null;
  }

  /** Checks that `value` is an http(s) URL; returns it either way (a problem stops the write later). */
  url(field: string, value: string): string {
    this.check(field, httpUrlProblem(value));
    return value;
  }

  /** Checks that `date` is not in the future; returns it as stored either way. */
  pastDate(field: string, date: PartialDate, today?: Date): StoredDate {
    this.check(field, futureDateProblem(date, today));
    return { text: formatPartialDate(date), countsFrom: countsFrom(date) };
  }

  /** Whether `grade` is on `programme`'s scale (true when the programme is unknown: its own error says so). */
  gradeOnScale(field: string, grade: Grade, programme: ProgrammeRow | undefined): boolean {
    return programme === undefined || this.check(field, gradeScaleProblem(grade, programme));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Records the problem and throws, with every other problem found so far. */
  fail(field: string, message: string): never {
    this.add(field, message);
    throw new InvalidInputError(this.errors);
  }

  /** Throws one BAD_USER_INPUT error listing every problem found so far, if there is any. */
  throwIfAny(): void {
    if (!this.ok) throw new InvalidInputError(this.errors);
  }
}

/** Optional text: surrounding space trimmed, and empty text means none. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
