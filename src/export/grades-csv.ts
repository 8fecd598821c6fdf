import type { Writable } from 'node:stream';

import { stringify } from 'csv-stringify';

import type { GradeWhere } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { asOfDay, type PartialDate } from '../dates/partial-date.js';
import { encodeCursor, sortKeys } from '../grades/order-sql.js';
import { listGrades } from '../grades/query-store.js';
import { scaleLabel } from '../grades/scale.js';
import { gradeIdOf } from '../ids.js';

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

/** Rows are read in chunks through the same keyset pagination as `grades`, so memory stays flat. */
const CHUNK = 1000;

/**
 * Writes every grade matching `where` (at `asOf`) as CSV, in the `grades` query's default order,
 * with each grade's source URL, basis and programme scale.
 */
export async function writeGradesCsv(
  ctx: Context,
  args: { where: GradeWhere; asOf: PartialDate | null },
  out: Writable,
): Promise<void> {
  const [catalogue, forces] = await Promise.all([ctx.loaders.catalogue(), ctx.db.reads.force.findMany()]);
  const forceById = new Map(forces.map((f) => [f.id, f]));
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS] });
  csv.pipe(out);
  const keys = sortKeys(null);
  const asOf = asOfDay(args.asOf);
  let after: string | null = null;
  for (;;) {
    const { grades } = await listGrades(ctx.db.reads, {
      where: args.where,
      asOf,
      keys,
      after,
      limit: CHUNK,
    });
    for (const { row, grade } of grades) {
      const force = forceById.get(row.forceId);
      const programme = catalogue.programme(row.programmeId);
      const write = csv.write([
        gradeIdOf(row),
        row.forceId,
        force?.name,
        force?.region,
        force?.country,
        row.programmeId,
        programme?.name,
        programme ? scaleLabel(programme.scale) : '',
        row.areaId,
        catalogue.area(row.programmeId, row.areaId)?.name,
        grade,
        row.basis,
        row.publishedOn ?? '',
        row.sourceUrl,
        row.note ?? '',
      ]);
      if (!write) await new Promise((resolve) => csv.once('drain', resolve));
    }
    const last = grades.at(-1);
    if (!last || grades.length < CHUNK) break;
    after = encodeCursor(keys, last.keys);
  }
  csv.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
}
