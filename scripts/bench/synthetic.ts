/**
 * A synthetic dataset `scale` times the size of the bundled one, for measuring how costs grow.
 * Every synthetic force and programme says so in its name and id, every synthetic grade in its
 * note; the real rows are kept as they are. It is written to its own folder and imported into its
 * own database, never into one holding the real data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

type Row = Record<string, string>;

const BUNDLED = new URL('../../data/peel/', import.meta.url);
const read = (file: string): Row[] => parse(readFileSync(new URL(file, BUNDLED), 'utf8'), { columns: true }) as Row[];
const write = (dir: string, file: string, rows: Row[]) =>
  writeFileSync(join(dir, file), stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }));

/** How the scale splits into copies of forces and of programmes (scale = forces × programmes). */
export function copiesFor(scale: number): { forces: number; programmes: number } {
  const programmes = scale >= 100 ? 10 : scale >= 10 ? 2 : 1;
  return { forces: Math.max(1, Math.round(scale / programmes)), programmes };
}

const forceCopy = (id: string, k: number) => (k === 1 ? id : `${id}-synthetic-${k}`);
const programmeCopy = (name: string, j: number) => (j === 1 ? name : `${name} (synthetic ${j})`);

export function writeSyntheticDataset(dir: string, scale: number): { forces: number; grades: number } {
  const copies = copiesFor(scale);
  mkdirSync(dir, { recursive: true });
  const forces = read('forces.csv');
  const programmes = read('programmes.csv');
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const everyCopy = <T>(make: (k: number, j: number) => T[]) =>
    range(copies.forces).flatMap((k) => range(copies.programmes).flatMap((j) => make(k, j)));

  write(
    dir,
    'forces.csv',
    range(copies.forces).flatMap((k) =>
      forces.map((f) => ({
        ...f,
        id: forceCopy(f.id ?? '', k),
        name: k === 1 ? (f.name ?? '') : `${f.name} (synthetic ${k})`,
        short_name: k === 1 ? (f.short_name ?? '') : `${f.short_name} (synthetic ${k})`,
        former_names: k === 1 ? (f.former_names ?? '') : '',
      })),
    ),
  );
  write(
    dir,
    'programmes.csv',
    range(copies.programmes).flatMap((j) =>
      programmes.map((p) => ({ ...p, programme: programmeCopy(p.programme ?? '', j) })),
    ),
  );
  write(
    dir,
    'areas.csv',
    range(copies.programmes).flatMap((j) =>
      read('areas.csv').map((a) => ({ ...a, programme: programmeCopy(a.programme ?? '', j) })),
    ),
  );
  const copyRows = (file: string) =>
    everyCopy((k, j) =>
      read(file).map((row) => ({
        ...row,
        force_id: forceCopy(row.force_id ?? '', k),
        programme: programmeCopy(row.programme ?? '', j),
        ...('note' in row && (k > 1 || j > 1) ? { note: `SYNTHETIC copy of a real grade. ${row.note}` } : {}),
      })),
    );
  const grades = copyRows('grades.csv');
  write(dir, 'grades.csv', grades);
  write(dir, 'amendments.csv', copyRows('amendments.csv'));
  write(dir, 'reports.csv', copyRows('reports.csv'));
  return { forces: forces.length * copies.forces, grades: grades.length };
}
