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

/** A force's mean score as `rankForces` gives it: over the areas known, and its place in the ranking. */
export interface MeanScore {
  readonly meanScore: number;
  readonly knownAreas: number;
  /** Whether every area has a known grade; a mean over fewer areas is not ranked with the others. */
  readonly complete: boolean;
  /** The force's place in `rankForces`: complete forces first, best first, then the others. */
  readonly place: number;
}

/**
 * The heat map's rows in the chosen order: by region (grouped, regions and forces by name), by
 * name, or in the API's ranking by mean score (forces with every area known first, best first;
 * then those missing some areas; forces with no known grade last).
 */
export function orderRows(rows: readonly Row[], sort: SortKey, meanScores: ReadonlyMap<string, MeanScore>): RowGroup[] {
  if (sort === 'name') return [{ region: null, rows: [...rows].sort(byName) }];
  if (sort === 'mean') {
    const place = (row: Row) => meanScores.get(row.force.id)?.place ?? Infinity;
    return [{ region: null, rows: [...rows].sort((a, b) => place(a) - place(b) || byName(a, b)) }];
  }
  const regions = [...new Set(rows.map((row) => row.force.region))].sort((a, b) => a.localeCompare(b, 'en'));
  return regions.map((region) => ({
    region,
    rows: rows.filter((row) => row.force.region === region).sort(byName),
  }));
}

export const cellKey = (forceId: string, areaId: string) => `${forceId}/${areaId}`;
