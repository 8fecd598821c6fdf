/**
 * Copies of the bundled dataset in temporary folders, edited line by line, so that import tests can
 * break one thing at a time. Line numbers are counted on the file's text (the header is line 1),
 * independently of the importer's CSV reader.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';

export const BUNDLED_DIR = fileURLToPath(new URL('../../data/peel/', import.meta.url));

export type CsvValues = Record<string, string>;

/** Temporary folders made by a test file, removed together when it is done. */
export class TempFolders {
  private readonly dirs: string[] = [];

  async make(prefix = 'peelgraph-import-'): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }

  /** A fresh copy of data/peel (which is never touched itself). */
  async copyBundled(): Promise<string> {
    const dir = await this.make();
    await cp(BUNDLED_DIR, dir, { recursive: true });
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** A file's text as physical lines, each with the line break that ended it. */
interface Lines {
  readonly lines: string[];
  readonly breaks: string[];
}

async function readLines(path: string): Promise<Lines> {
  const parts = (await readFile(path, 'utf8')).split(/(\r\n|\n|\r)/);
  return { lines: parts.filter((_, i) => i % 2 === 0), breaks: parts.filter((_, i) => i % 2 === 1) };
}

async function writeLines(path: string, { lines, breaks }: Lines): Promise<void> {
  await writeFile(path, lines.map((line, i) => line + (breaks[i] ?? '')).join(''), 'utf8');
}

/** One CSV field, quoted when it has to be. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(field).join(',');
}

/** The header of a CSV file in `dir`. */
export async function headerOf(dir: string, file: string): Promise<string[]> {
  const { lines } = await readLines(join(dir, file));
  return (parse(lines[0] ?? '') as string[][])[0] ?? [];
}

/** A column's 1-based position in a file's header. */
export async function columnNumber(dir: string, file: string, column: string): Promise<number> {
  const position = (await headerOf(dir, file)).indexOf(column);
  if (position < 0) throw new Error(`${file} has no column ${column}`);
  return position + 1;
}

/** The physical line's values by column name, or null when the line is not a whole record. */
function valuesOf(header: readonly string[], line: string): CsvValues | null {
  try {
    const [record] = parse(line) as string[][];
    if (!record || record.length !== header.length) return null;
    return Object.fromEntries(header.map((name, i) => [name, record[i] ?? '']));
  } catch {
    return null;
  }
}

/**
 * Finds the first data line of `file` whose values satisfy `pick`, replaces it with what `change`
 * returns (the values, or a whole replacement text) and returns its 1-based line number.
 */
export async function editRow(
  dir: string,
  file: string,
  pick: (values: CsvValues, line: number) => boolean,
  change: (values: CsvValues, lines: readonly string[], line: number) => CsvValues | string,
): Promise<{ line: number; before: CsvValues; after: CsvValues | null }> {
  const path = join(dir, file);
  const text = await readLines(path);
  const header = await headerOf(dir, file);
  for (let i = 1; i < text.lines.length; i += 1) {
    const before = valuesOf(header, text.lines[i] ?? '');
    if (!before || !pick(before, i + 1)) continue;
    const changed = change({ ...before }, text.lines, i + 1);
    text.lines[i] = typeof changed === 'string' ? changed : csvLine(header.map((name) => changed[name] ?? ''));
    await writeLines(path, text);
    return { line: i + 1, before, after: typeof changed === 'string' ? valuesOf(header, changed) : changed };
  }
  throw new Error(`No line of ${file} matches`);
}

/** Removes the last data line of `file`, returning its values. */
export async function removeLastRow(dir: string, file: string): Promise<CsvValues> {
  const path = join(dir, file);
  const text = await readLines(path);
  const header = await headerOf(dir, file);
  let last = text.lines.length - 1;
  while (last > 0 && (text.lines[last] ?? '') === '') last -= 1;
  const values = valuesOf(header, text.lines[last] ?? '');
  if (last < 1 || !values) throw new Error(`${file} has no removable last line`);
  text.lines.splice(last, 1);
  text.breaks.splice(last, 1);
  await writeLines(path, text);
  return values;
}

/** The data rows of a CSV file in `dir`, parsed independently of the importer. */
export async function rowsOf(dir: string, file: string): Promise<CsvValues[]> {
  return parse(await readFile(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as CsvValues[];
}

/** The 1-based number of the first physical line of `file` that contains `text`. */
export async function lineContaining(dir: string, file: string, text: string): Promise<number> {
  const index = (await readLines(join(dir, file))).lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`No line of ${file} contains ${text}`);
  return index + 1;
}

/** Rewrites a file with CRLF line breaks everywhere, inside quoted fields too. */
export async function useCrlf(dir: string, file: string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, (await readFile(path, 'utf8')).replace(/\r?\n/g, '\r\n'), 'utf8');
}

/** Renames a column in the header (line 1) of `file`. */
export async function renameColumn(dir: string, file: string, from: string, to: string): Promise<void> {
  const path = join(dir, file);
  const text = await readLines(path);
  const header = await headerOf(dir, file);
  if (!header.includes(from)) throw new Error(`${file} has no column ${from}`);
  text.lines[0] = csvLine(header.map((name) => (name === from ? to : name)));
  await writeLines(path, text);
}
