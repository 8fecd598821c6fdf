import { createHash } from 'node:crypto';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import { formatPartialDate, type PartialDate } from '../peel-data/partial-date.js';
import { BadInputError } from '../platform/errors.js';
import type { SortKey } from './order.js';

/**
 * Cursors of the grade list: the key values of a page's last record, with a fingerprint of the
 * question they belong to (its filter, order and date), base64url-encoded JSON. A cursor is valid
 * only for the question it was issued for: passed with another filter, order or `asOf`, or altered,
 * it is refused as the client's mistake (BAD_USER_INPUT naming the argument), never acted on.
 */
interface CursorPayload {
  /** The question's fingerprint. */
  readonly q: string;
  /** The key values, one per sort key. */
  readonly k: readonly (number | string)[];
}

export interface ListQuestion {
  readonly where: GradeWhere | null;
  readonly keys: readonly SortKey[];
  readonly asOf: PartialDate | null;
}

/**
 * The question, in a canonical form: coerced input objects list their fields in the schema's order,
 * whatever order the client wrote them in, so equal questions give equal fingerprints.
 */
export function fingerprint(question: ListQuestion): string {
  const canonical = JSON.stringify([
    question.where ?? null,
    question.keys.map((k) => `${k.name}:${k.descending ? 'd' : 'a'}`),
    question.asOf ? formatPartialDate(question.asOf) : null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function encodeCursor(fingerprintOfQuestion: string, values: readonly (number | string)[]): string {
  const payload: CursorPayload = { q: fingerprintOfQuestion, k: values };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The key values a cursor holds, checked against the question; BAD_USER_INPUT naming `argument` if it is not one of its cursors. */
export function decodeCursor(
  cursor: string,
  question: { readonly fingerprint: string; readonly keys: readonly SortKey[] },
  argument: string,
): (number | string)[] {
  const refuse = (why: string) =>
    new BadInputError(`\`${argument}\` is not a cursor this API issued for this list: ${why}`, argument);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('it cannot be read.');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw refuse('it cannot be read.');
  const { q, k } = payload as Partial<Record<keyof CursorPayload, unknown>>;
  if (typeof q !== 'string' || !Array.isArray(k)) throw refuse('it cannot be read.');
  if (q !== question.fingerprint) {
    throw refuse(
      'it belongs to another question; pass the same `where`, `orderBy` and `asOf` as the page it came from.',
    );
  }
  const { keys } = question;
  const fits =
    k.length === keys.length &&
    k.every((value, i) =>
      (keys[i] as SortKey).kind === 'number'
        ? typeof value === 'number' && Number.isSafeInteger(value)
        : typeof value === 'string' && value.length <= 1_000,
    );
  if (!fits) throw refuse('its position has been altered.');
  return k as (number | string)[];
}
