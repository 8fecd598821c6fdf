/**
 * A date that keeps the precision its source gave: a day (`2024-03-12`) or only a month (`2024-03`).
 * HMICFRS material sometimes dates a grade only to the month; showing such a date as a day would
 * claim a precision the source does not have.
 */
export interface PartialDate {
  readonly year: number;
  readonly month: number;
  /** Null when only the month is known. */
  readonly day: number | null;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates such as `2024-02-30`; null if invalid. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

export function formatPartialDate(date: PartialDate): string {
  const yearMonth = `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return date.day === null ? yearMonth : `${yearMonth}-${pad(date.day)}`;
}

/**
 * The day from which a dated event counts in "as of" questions: the day itself, or for a month-only
 * date the last day of its month (the latest day it can have happened, so nothing counts early).
 * Returned as a UTC midnight, the form Prisma uses for `@db.Date` columns.
 */
export function countsFrom(date: PartialDate): Date {
  const day = date.day ?? daysInMonth(date.year, date.month);
  return new Date(Date.UTC(date.year, date.month - 1, day));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date as stored (always written by formatPartialDate); null stays null. */
export function storedDate(text: string | null): PartialDate | null {
  if (text === null) return null;
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Malformed stored date "${text}"`);
  return parsed;
}

/** The day an `asOf` argument means: its day, or a month's last day; null stays null. */
export function asOfDay(asOf: PartialDate | null | undefined): Date | null {
  return asOf ? countsFrom(asOf) : null;
}
