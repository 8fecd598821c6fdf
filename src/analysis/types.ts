import type { Grade } from '@prisma/client';

import type { AreaRow, ForceRow } from '../peel-data/rows.js';

/** The shapes the analysis services return; each matches its GraphQL type field for field. */
export interface ForceRankResult {
  readonly force: ForceRow;
  readonly rank: number | null;
  readonly meanScore: number;
  readonly knownAreas: number;
  readonly missingAreas: readonly AreaRow[];
  readonly complete: boolean;
}

export interface GradeChangeResult {
  readonly force: ForceRow;
  readonly fromArea: AreaRow;
  readonly toArea: AreaRow;
  readonly fromGrade: Grade | null;
  readonly toGrade: Grade | null;
  readonly direction: 'UP' | 'DOWN' | 'SAME' | null;
  readonly comparable: boolean;
  readonly reason: string | null;
}

export interface SimilarForceResult {
  readonly force: ForceRow;
  readonly distance: number;
  readonly measure: string;
  readonly sharedAreas: number;
}

export interface RegionResult {
  readonly name: string;
  readonly country: string;
  readonly forces: readonly ForceRow[];
  readonly counts: readonly { grade: Grade; count: number }[];
  readonly total: number;
}
