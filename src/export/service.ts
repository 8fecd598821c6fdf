import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

import { stringify } from 'csv-stringify';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../platform/graphql/context.js';
import type { PartialDate } from '../peel-data/partial-date.js';
import { orderedGrades } from '../grades/service.js';
import type { ListedGrade } from '../grades/matching.js';
import { scaleLabel } from '../grades/scale.js';
import { gradeIdOf } from '../peel-data/ids.js';

export const CSV_COLUMNS = [
  'id',
  'force_id',
  'force',
  'region',
  'country',
  'programme_id',
  'programme',
  'scale',
  'area_id',
  'area',
  'grade',
  'basis',
  'published_on',
  'source_url',
  'note',
] as const;

function csvRow({ entry: { row, force, programme, area }, grade }: ListedGrade): string[] {
  return [
    gradeIdOf(row),
    row.forceId,
    force.name,
    force.region,
    force.country,
    programme.id,
    programme.name,
    scaleLabel(programme.scale),
    area.id,
    area.name,
    grade,
    row.basis,
    row.publishedOn ?? '',
    row.sourceUrl,
    row.note ?? '',
  ];
}

export interface CsvExportOutcome {
  /** Rows handed to the CSV writer, and how many the answer had in all. */
  readonly rows: number;
  readonly of: number;
  /** False when the client went away before the last row was sent. */
  readonly complete: boolean;
}

/**
 * Writes every grade matching `where` (at `asOf`) as CSV, in the `grades` query's default order,
 * with each grade's source URL, basis and programme scale, at the pace the client reads.
 *
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return: notes and URLs come from editors and import files) is written with a leading `'`, which
 * spreadsheets show as text. If the client hangs up, writing stops and everything is let go at once.
 */
export async function writeGradesCsv(
  ctx: Context,
  args: { where: GradeWhere; asOf: PartialDate | null },
  out: Writable,
): Promise<CsvExportOutcome> {
  const { grades } = orderedGrades(ctx, { where: args.where, orderBy: null, asOf: args.asOf });
  const gone = new AbortController();
  const hungUp = () => {
    if (!out.writableFinished) gone.abort();
  };
  out.once('close', hungUp);
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
  csv.pipe(out);
  let rows = 0;
  try {
    for (const grade of grades) {
      if (gone.signal.aborted) break;
      rows += 1;
      if (!csv.write(csvRow(grade))) await once(csv, 'drain', { signal: gone.signal }).catch(() => undefined);
    }
    if (!gone.signal.aborted) {
      csv.end();
      await finished(out).catch(() => undefined);
    }
    const complete = !gone.signal.aborted && out.writableFinished;
    if (!complete) {
      csv.unpipe(out);
      csv.destroy();
    }
    return { rows, of: grades.length, complete };
  } finally {
    out.off('close', hungUp);
  }
}
