import type { HeatMapQuery } from '../gql/graphql.js';
import type { SortKey } from '../url-state.js';

export type Comparison = HeatMapQuery['compareForces'];
export type Row = Comparison['rows'][number];
export type Cell = Row['cells'][number];

export interface RowGroup {
  /** The region's name when grouped by region; null for one ungrouped list. */
  readonly region: string | null;
  readonly rows: readonly Row[];
}

const byName = (a: Row, b: Row) => a.force.shortName.localeCompare(b.force.shortName, 'en');

/**
 * The heat map's rows in the chosen order: by region (grouped, regions and forces by name), by
 * name, or by the API's mean score, best first (forces with no known grade last).
 */
export function orderRows(rows: readonly Row[], sort: SortKey, meanScores: ReadonlyMap<string, number>): RowGroup[] {
  if (sort === 'name') return [{ region: null, rows: [...rows].sort(byName) }];
  if (sort === 'mean') {
    const score = (row: Row) => meanScores.get(row.force.id) ?? -Infinity;
    return [{ region: null, rows: [...rows].sort((a, b) => score(b) - score(a) || byName(a, b)) }];
  }
  const regions = [...new Set(rows.map((row) => row.force.region))].sort((a, b) => a.localeCompare(b, 'en'));
  return regions.map((region) => ({
    region,
    rows: rows.filter((row) => row.force.region === region).sort(byName),
  }));
}

export const cellKey = (forceId: string, areaId: string) => `${forceId}/${areaId}`;
