import type { GraphQLError } from 'graphql';
import { coerceInputValue, type GraphQLInputType } from 'graphql';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import type { PartialDate } from '../peel-data/partial-date.js';
import { executableSchema } from '../platform/graphql/schema.js';
import { jsonNestingProblem } from '../platform/security/input-depth.js';

/**
 * The CSV export's query parameters, turned into the `grades` query's arguments and checked by the
 * GraphQL schema's own input coercion, so both accept and refuse exactly the same values.
 *
 * - `where`: a GradeWhere as JSON, with everything the GraphQL filter can say (AND, OR, NOT, …).
 * - Shorthands, each ANDed with `where`; lists are comma-separated:
 *   `force`, `programme`, `area`, `region`, `country`, `areaTheme`, `grade` (any of the values),
 *   `gradeGte`, `gradeLte`, `basis`, `publishedFrom`, `publishedTo`.
 * - `asOf`: a date, as in the `grades` query.
 */
export const EXPORT_PARAMETERS = [
  'where',
  'force',
  'programme',
  'area',
  'region',
  'country',
  'areaTheme',
  'grade',
  'gradeGte',
  'gradeLte',
  'basis',
  'publishedFrom',
  'publishedTo',
  'asOf',
] as const;

export class ExportParamsError extends Error {}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function inputType(name: string): GraphQLInputType {
  // `as` safe because: both names are input types of schema.graphql (GradeWhere, Date).
  return executableSchema.getType(name) as GraphQLInputType;
}

function coerce<T>(value: unknown, type: string, parameter: string): T {
  return coerceInputValue(value, inputType(type), (path, _invalid, error: GraphQLError) => {
    const at = path.length > 0 ? ` at ${path.join('.')}` : '';
    throw new ExportParamsError(`Bad parameter "${parameter}"${at}: ${error.message}`);
  }) as T;
}

export function exportArguments(
  query: Readonly<Record<string, unknown>>,
  maxFilterDepth: number,
): {
  where: GradeWhere;
  asOf: PartialDate | null;
} {
  const known = new Set<string>(EXPORT_PARAMETERS);
  const unknown = Object.keys(query).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ExportParamsError(`Unknown parameter(s): ${unknown.join(', ')}. Known: ${EXPORT_PARAMETERS.join(', ')}.`);
  }
  const text = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ExportParamsError(`Parameter "${name}" must be given once.`);
    return value;
  };
  const parts: GradeWhere[] = [];
  const whereText = text('where');
  if (whereText !== undefined) {
    let where: unknown;
    try {
      where = JSON.parse(whereText);
    } catch {
      throw new ExportParamsError('Bad parameter "where": not valid JSON.');
    }
    // Before coercion, which recurses over the filter.
    const tooDeep = jsonNestingProblem(where, maxFilterDepth);
    if (tooDeep !== null) throw new ExportParamsError(`Bad parameter "where": ${tooDeep}.`);
    parts.push(coerce<GradeWhere>(where, 'GradeWhere', 'where'));
  }
  const shorthand: [string, (v: string) => Record<string, unknown>][] = [
    ['force', (v) => ({ force: { in: list(v) } })],
    ['programme', (v) => ({ programme: { in: list(v) } })],
    ['area', (v) => ({ area: { in: list(v) } })],
    ['region', (v) => ({ region: { in: list(v) } })],
    ['country', (v) => ({ country: { in: list(v) } })],
    ['areaTheme', (v) => ({ areaTheme: { in: list(v) } })],
    ['grade', (v) => ({ grade: { in: list(v) } })],
    ['gradeGte', (v) => ({ grade: { gte: v } })],
    ['gradeLte', (v) => ({ grade: { lte: v } })],
    ['basis', (v) => ({ basis: { eq: v } })],
    ['publishedFrom', (v) => ({ publishedOn: { gte: v } })],
    ['publishedTo', (v) => ({ publishedOn: { lte: v } })],
  ];
  for (const [name, toWhere] of shorthand) {
    const value = text(name);
    if (value !== undefined) parts.push(coerce<GradeWhere>(toWhere(value), 'GradeWhere', name));
  }
  const asOfText = text('asOf');
  return {
    where: { AND: parts },
    asOf: asOfText === undefined ? null : coerce<PartialDate>(asOfText, 'Date', 'asOf'),
  };
}
