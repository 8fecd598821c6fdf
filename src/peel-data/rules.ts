/**
 * Rules a value obeys however it arrives: in a CSV import (src/import/validate.ts) or in an editor's
 * mutation (src/editing/). Each returns what is wrong, in words, or null when nothing is.
 */
import type { Grade, GradeScale } from '@prisma/client';

import { countsFrom, formatPartialDate, type PartialDate } from './partial-date.js';
import { gradeLabel, isOnScale, scaleLabel } from '../grades/scale.js';

/** Only web pages are sources: `javascript:`, `file:` and bare text are not. */
export function httpUrlProblem(value: string): string | null {
  return /^https?:\/\/\S+$/.test(value) ? null : `"${value}" is not an http(s) URL`;
}

/** A grade must be on its programme's scale: there is no Adequate in PEEL 2017. */
export function gradeScaleProblem(
  grade: Grade,
  programme: { readonly name: string; readonly scale: GradeScale },
): string | null {
  return isOnScale(grade, programme.scale)
    ? null
    : `${gradeLabel(grade)} is not on ${programme.name}'s ${scaleLabel(programme.scale)} scale`;
}

/**
 * Nothing is published or amended in the future. A month-only date is in the future only when its
 * whole month is: `2024-03` may well have happened by 2024-03-10.
 */
export function futureDateProblem(date: PartialDate, today: Date = new Date()): string | null {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return firstDayOf(date).getTime() > todayUtc
    ? `${formatPartialDate(date)} is in the future (today is ${formatPartialDate(dayOf(today))})`
    : null;
}

/**
 * An event cannot come before another it follows (an amendment before its grade's publication). With
 * month-only dates the order is only known across months, so only a date that is certainly earlier,
 * its last possible day before the other's first, breaks the rule.
 */
export function certainlyBefore(date: PartialDate, other: PartialDate): boolean {
  return countsFrom(date).getTime() < firstDayOf(other).getTime();
}

/**
 * Amendments apply in the order they were made, and `asOf` answers count each from its day (a
 * month-only date from its month's last day: src/grades/as-of.ts). So an amendment must count from
 * no earlier day than the one it follows; otherwise an answer as of a day between the two would
 * list the later amendment as made while the earlier one was not yet.
 */
export function amendmentOrderProblem(date: PartialDate, previous: PartialDate): string | null {
  if (countsFrom(date).getTime() >= countsFrom(previous).getTime()) return null;
  const monthOnly =
    previous.day === null
      ? `, which as a month-only date counts from its last day, ${formatPartialDate(dayOf(countsFrom(previous)))}`
      : '';
  return (
    `${formatPartialDate(date)} is before the amendment it follows, dated ${formatPartialDate(previous)}${monthOnly}: ` +
    'amendments apply in the order they were made, so each must count from the same day as the one before or later'
  );
}

/** The earliest day a date can mean: the day itself, or its month's first day. */
function firstDayOf(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

function dayOf(moment: Date): PartialDate {
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}
