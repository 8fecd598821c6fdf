import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import type { ImportProblem } from './problems.js';

/** One data row of a CSV file, with the line it starts on (the header is line 1). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvFile {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * Reads a UTF-8 CSV file with a header row. A missing file, a malformed file or a missing column is
 * reported as a problem, and the file is then treated as having no rows.
 */
export async function readCsv(
  dir: string,
  file: string,
  required: readonly string[],
  problems: ImportProblem[],
): Promise<CsvFile> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (error) {
    problems.push({ file, line: 0, column: null, message: `cannot read the file (${(error as Error).message})` });
    return { file, columns: [], rows: [] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // `as` safe because: with `info: true` csv-parse returns `{ record, info }` pairs; its types
    // describe only the plain-record form.
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    problems.push({ file, line: lines, column: null, message: `malformed CSV: ${(error as Error).message}` });
    return { file, columns: [], rows: [] };
  }
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((name) => name.trim());
  const missing = required.filter((name) => !columns.includes(name));
  for (const name of missing) {
    problems.push({ file, line: 1, column: name, message: `missing column "${name}"` });
  }
  if (missing.length > 0) return { file, columns, rows: [] };
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(columns.map((name, index) => [name, (record[index] ?? '').trim()])),
  }));
  return { file, columns, rows };
}
