import type { HeatMapQuery } from './gql/graphql.js';

export type Programme = HeatMapQuery['programmes'][number];

/**
 * The programme shown when the address names none: the latest with grades in the dataset. It is
 * known before the first answer so that the first view takes one request; the programme picker
 * lists every programme the API has.
 */
export const DEFAULT_PROGRAMME = 'peel-2023-25';

/** The programme before `id`, oldest first as the API lists them; null for the first. */
export function previousProgramme(programmes: readonly Programme[], id: string): Programme | null {
  const index = programmes.findIndex((p) => p.id === id);
  return index > 0 ? (programmes[index - 1] ?? null) : null;
}
