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
  /** False when the file could not be read whole; other files are then not checked against it. */
  readonly complete: boolean;
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
    return { file, columns: [], rows: [], complete: false };
  }
  const content = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    // `as` safe because: with `info: true` csv-parse returns `{ record, info }` pairs; its types
    // describe only the plain-record form.
    records = parse(content, { info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    problems.push({ file, line: lines, column: null, message: `malformed CSV: ${(error as Error).message}` });
    return { file, columns: [], rows: [], complete: false };
  }
  const starts = startLines(
    Buffer.from(content, 'utf8'),
    records.map(({ info }) => info.bytes),
  );
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((name) => name.trim());
  const missing = required.filter((name) => !columns.includes(name));
  for (const name of missing) {
    problems.push({ file, line: 1, column: name, message: `missing column "${name}"` });
  }
  if (missing.length > 0) return { file, columns, rows: [], complete: false };
  const rows = body.map(({ record }, position) => ({
    line: starts[position + 1] ?? 0,
    values: Object.fromEntries(columns.map((name, index) => [name, (record[index] ?? '').trim()])),
  }));
  return { file, columns, rows, complete: true };
}

/**
 * The line each record starts on, from the byte offset csv-parse reports at each record's end.
 * csv-parse's own `info.lines` is the line a record ends on (later than its start when a quoted
 * field spans lines), and it counts a CRLF inside quotes as two lines.
 */
function startLines(buffer: Buffer, ends: readonly number[]): number[] {
  const CR = 0x0d;
  const LF = 0x0a;
  const starts: number[] = [];
  let line = 1;
  let at = 0;
  const breakAt = (): boolean => {
    const byte = buffer[at];
    if (byte !== CR && byte !== LF) return false;
    at += byte === CR && buffer[at + 1] === LF ? 2 : 1;
    line += 1;
    return true;
  };
  for (const end of ends) {
    // Empty lines that csv-parse skipped come before the record's first character.
    while (at < end && breakAt());
    starts.push(line);
    while (at < end) if (!breakAt()) at += 1;
  }
  return starts;
}
