import type { GradeOrder, GradeOrderField } from '../__generated__/resolvers-types.js';
import { compareText, programmeYears } from '../peel-data/peel-data.js';
import type { Candidate } from './where.js';
import { SCALE_GRADES } from './scale.js';

/**
 * Orders of the grade list. Every order ends with the record's id, so it is total and a cursor (the
 * last record's key values) names one position exactly. Text compares by character code (as
 * PostgreSQL's "C" collation), the same on every machine.
 */
type KeyName = GradeOrderField | 'AREA_POSITION' | 'ID';
type KeyValue = number | string;

interface KeyDefinition {
  /** What a cursor holds for this key, so that a tampered cursor can be told from a real one. */
  readonly kind: 'number' | 'string';
  readonly valueOf: (c: Candidate) => KeyValue;
}

const GRADE_ORDER = SCALE_GRADES.FIVE_TIER;
/** Grades of unknown publication date sort after every known date. */
const UNKNOWN_DATE = '9999-12-31';

const KEYS: Readonly<Record<KeyName, KeyDefinition>> = {
  FORCE_NAME: { kind: 'string', valueOf: (c) => c.entry.force.name },
  PROGRAMME: { kind: 'number', valueOf: (c) => programmeYears(c.entry.programme) },
  AREA: { kind: 'string', valueOf: (c) => c.entry.area.name },
  GRADE: { kind: 'number', valueOf: (c) => GRADE_ORDER.indexOf(c.grade) },
  PUBLISHED_ON: {
    kind: 'string',
    valueOf: (c) => c.entry.row.publishedCountsFrom?.toISOString().slice(0, 10) ?? UNKNOWN_DATE,
  },
  AREA_POSITION: { kind: 'number', valueOf: (c) => c.entry.area.position },
  ID: { kind: 'number', valueOf: (c) => c.entry.row.id },
};

/** The default order: programme (oldest first), force name, the area's place in its programme. */
const DEFAULT_ORDER: readonly KeyName[] = ['PROGRAMME', 'FORCE_NAME', 'AREA_POSITION'];

export interface SortKey {
  readonly name: KeyName;
  readonly descending: boolean;
  readonly kind: KeyDefinition['kind'];
  readonly valueOf: KeyDefinition['valueOf'];
}

/** The keys of an order, the tie-breaking id last; a field asked for twice counts once (its first). */
export function sortKeys(orderBy: readonly GradeOrder[] | null | undefined): SortKey[] {
  const chosen =
    orderBy && orderBy.length > 0
      ? orderBy.map((o) => ({ name: o.field as KeyName, descending: o.direction === 'DESC' }))
      : DEFAULT_ORDER.map((name) => ({ name, descending: false }));
  const seen = new Set<KeyName>();
  return [...chosen, { name: 'ID' as const, descending: false }].flatMap(({ name, descending }) => {
    if (seen.has(name)) return [];
    seen.add(name);
    return [{ name, descending, ...KEYS[name] }];
  });
}

/** Whether `keys` is the default order, in which the model already holds every grade. */
export function isDefaultOrder(keys: readonly SortKey[]): boolean {
  return (
    keys.length === DEFAULT_ORDER.length + 1 &&
    DEFAULT_ORDER.every((name, i) => keys[i]?.name === name && !keys[i]?.descending)
  );
}

export function keyValues(keys: readonly SortKey[], candidate: Candidate): KeyValue[] {
  return keys.map((key) => key.valueOf(candidate));
}

function compareValues(a: KeyValue, b: KeyValue): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
}

/** Compares two positions given as key values. */
export function compareKeyValues(keys: readonly SortKey[], a: readonly KeyValue[], b: readonly KeyValue[]): number {
  for (let i = 0; i < keys.length; i++) {
    const order = compareValues(a[i] as KeyValue, b[i] as KeyValue);
    if (order !== 0) return (keys[i] as SortKey).descending ? -order : order;
  }
  return 0;
}

/** Sorts candidates in the order of `keys`, computing each one's key values once. */
export function sortCandidates<T extends Candidate>(keys: readonly SortKey[], candidates: readonly T[]): T[] {
  const keyed = candidates.map((candidate) => ({ candidate, values: keyValues(keys, candidate) }));
  keyed.sort((a, b) => compareKeyValues(keys, a.values, b.values));
  return keyed.map((k) => k.candidate);
}
