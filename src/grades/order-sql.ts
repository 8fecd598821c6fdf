import { Prisma } from '@prisma/client';

import type { GradeOrder } from '../__generated__/resolvers-types.js';
import { BadInputError } from '../errors.js';

/**
 * Ordering and keyset cursors for the grade list. Every order ends with the record's id, so the
 * order is total and a cursor (the last row's key values) names one position exactly. Text keys
 * use the "C" collation so that PGlite and a PostgreSQL server of any locale agree.
 */
export interface SortKey {
  readonly name: string;
  readonly expression: Prisma.Sql;
  /** The SQL type a cursor value is cast to when compared (the expression's explicit collation wins). */
  readonly cast: Prisma.Sql;
  readonly descending: boolean;
}

const FIELDS = {
  FORCE_NAME: { expression: Prisma.sql`b.force_name COLLATE "C"`, cast: Prisma.sql`text` },
  PROGRAMME: { expression: Prisma.sql`(b.start_year * 10000 + b.end_year)`, cast: Prisma.sql`int` },
  AREA: { expression: Prisma.sql`b.area_name COLLATE "C"`, cast: Prisma.sql`text` },
  GRADE: { expression: Prisma.sql`b.grade`, cast: Prisma.sql`"Grade"` },
  // Unknown dates sort after every known one.
  PUBLISHED_ON: {
    expression: Prisma.sql`COALESCE(to_char(b.published_counts_from, 'YYYY-MM-DD'), '9999-12-31') COLLATE "C"`,
    cast: Prisma.sql`text`,
  },
  AREA_POSITION: { expression: Prisma.sql`b.area_position`, cast: Prisma.sql`int` },
  ID: { expression: Prisma.sql`b.id`, cast: Prisma.sql`int` },
} as const;

const DEFAULT_ORDER: readonly (keyof typeof FIELDS)[] = ['PROGRAMME', 'FORCE_NAME', 'AREA_POSITION'];

export function sortKeys(orderBy: readonly GradeOrder[] | null | undefined): SortKey[] {
  const chosen =
    orderBy && orderBy.length > 0
      ? orderBy.map((o) => ({ name: o.field, descending: o.direction === 'DESC' }))
      : DEFAULT_ORDER.map((name) => ({ name, descending: false }));
  return [...chosen, { name: 'ID' as const, descending: false }].map(({ name, descending }) => ({
    name,
    descending,
    ...FIELDS[name],
  }));
}

export function orderBySql(keys: readonly SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((k) => Prisma.sql`${k.expression} ${k.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`}`),
    ', ',
  );
}

/** The key values selected as k0, k1, … so the page's last row can become a cursor. */
export function keyColumnsSql(keys: readonly SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((k, i) => Prisma.sql`${k.expression} AS ${Prisma.raw(`k${i}`)}`),
    ', ',
  );
}

type KeyValue = string | number;

interface CursorPayload {
  readonly order: string;
  readonly values: readonly KeyValue[];
}

const signature = (keys: readonly SortKey[]) => keys.map((k) => `${k.name}:${k.descending ? 'd' : 'a'}`).join(',');

export function encodeCursor(keys: readonly SortKey[], row: Readonly<Record<string, unknown>>): string {
  const values = keys.map((_, i) => {
    const value = row[`k${i}`];
    return typeof value === 'number' || typeof value === 'string' ? value : String(value);
  });
  return Buffer.from(JSON.stringify({ order: signature(keys), values } satisfies CursorPayload)).toString('base64url');
}

/** Rows strictly after the cursor in the order of `keys`; a cursor of another ordering is refused. */
export function afterCursorSql(keys: readonly SortKey[], cursor: string): Prisma.Sql {
  let payload: CursorPayload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw new BadInputError('`after` is not a cursor this API issued.', 'after');
  }
  if (payload.order !== signature(keys) || !Array.isArray(payload.values) || payload.values.length !== keys.length) {
    throw new BadInputError(
      '`after` is a cursor of another ordering; pass the same `orderBy` as the page it came from.',
      'after',
    );
  }
  const value = (i: number) => {
    const key = keys[i] as SortKey;
    return Prisma.sql`CAST(${payload.values[i]} AS ${key.cast})`;
  };
  const alternatives = keys.map((key, i) => {
    const equalBefore = keys.slice(0, i).map((k, j) => Prisma.sql`${k.expression} = ${value(j)}`);
    const beyond = Prisma.sql`${key.expression} ${Prisma.raw(key.descending ? '<' : '>')} ${value(i)}`;
    return Prisma.sql`(${Prisma.join([...equalBefore, beyond], ' AND ')})`;
  });
  return Prisma.sql`(${Prisma.join(alternatives, ' OR ')})`;
}
