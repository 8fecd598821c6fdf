import type { PrismaClient } from '@prisma/client';

import { notifyDataChanged } from '../platform/db/data-changes.js';
import { repositoryPath } from '../paths.js';
import type { ImportProblem } from './problems.js';
import { readCsv } from './read-csv.js';
import { type ImportSummary, UnimportedCorrectionsError, writeDataset } from './store.js';
import { type DatasetFiles, validateDataset } from './validate.js';

/** The dataset bundled with peelgraph: a copy of the sourced PEEL grades, committed with the code. */
export const BUNDLED_DATASET_DIR = repositoryPath('data/peel');

export type ImportResult =
  | { readonly ok: true; readonly summary: ImportSummary; readonly changed: boolean }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const COLUMNS = {
  forces: ['id', 'name', 'short_name', 'former_names', 'country', 'region', 'website'],
  programmes: ['programme', 'scale'],
  areas: ['programme', 'area', 'theme'],
  grades: ['force_id', 'programme', 'published', 'area', 'grade', 'basis', 'source_url', 'note'],
  amendments: ['force_id', 'programme', 'area', 'from_grade', 'to_grade', 'amended_on', 'source_url', 'note'],
  reports: ['force_id', 'programme', 'report_url'],
} as const;

/**
 * Imports a dataset folder: reads and checks every file, and writes only when there is no problem
 * at all (then in one transaction). Every problem is reported, not just the first. An import that
 * changed something is announced to `onDataChanged` listeners once committed.
 */
export async function importDataset(prisma: PrismaClient, dir = BUNDLED_DATASET_DIR): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const read = (name: keyof typeof COLUMNS) => readCsv(dir, `${name}.csv`, COLUMNS[name], problems);
  const files: DatasetFiles = {
    forces: await read('forces'),
    programmes: await read('programmes'),
    areas: await read('areas'),
    grades: await read('grades'),
    amendments: await read('amendments'),
    reports: await read('reports'),
  };
  const dataset = validateDataset(files, problems);
  if (problems.length > 0) return { ok: false, problems };
  let summary: ImportSummary;
  try {
    summary = await writeDataset(prisma, dataset);
  } catch (error) {
    if (!(error instanceof UnimportedCorrectionsError)) throw error;
    return {
      ok: false,
      problems: error.corrections.map((c) => ({
        file: 'amendments.csv',
        line: 0,
        column: null,
        message:
          `the database holds a correction of ${c.grade} to ${c.toGrade} on ${c.amendedOn}, made through the API, ` +
          'that this file lacks: add it (and the new grade to grades.csv) so the import does not undo it',
      })),
    };
  }
  const changed = Object.values(summary).some((counts) => counts.inserted + counts.updated > 0);
  if (changed) await notifyDataChanged({ source: 'import' });
  return { ok: true, summary, changed };
}
