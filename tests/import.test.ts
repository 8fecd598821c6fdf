import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PrismaClient } from '@prisma/client';
import { runCli } from './testkit/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Database, openDatabase } from '../src/platform/db/database.js';
import type { ImportProblem } from '../src/import/problems.js';
import { importDataset } from '../src/import/service.js';
import { createTestDatabase, type TestDatabase } from './testkit/database.js';
import {
  BUNDLED_DIR,
  columnNumber,
  csvLine,
  editRow,
  lineContaining,
  removeLastRow,
  renameColumn,
  rowsOf,
  TempFolders,
  useCrlf,
} from './testkit/dataset-copy.js';

const GRADES = 'grades.csv';
const FIVE_WORDS = 'Outstanding, Good, Adequate, Requires improvement, Inadequate';

const folders = new TempFolders();
afterAll(() => folders.removeAll());

async function openTestDatabase(): Promise<{ db: Database; testDb: TestDatabase; close(): Promise<void> }> {
  const testDb = await createTestDatabase();
  const db = await openDatabase(testDb.settings);
  await db.migrate();
  return {
    db,
    testDb,
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}

async function expectProblems(prisma: PrismaClient, dir: string): Promise<readonly ImportProblem[]> {
  const result = await importDataset(prisma, dir);
  if (result.ok) throw new Error(`expected problems, but the import succeeded: ${JSON.stringify(result.summary)}`);
  return result.problems;
}

const byPosition = (a: ImportProblem, b: ImportProblem) =>
  a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '');

/** Rows per table, plus one grade's values: what an import that wrote anything would change. */
async function snapshot(prisma: PrismaClient, sample: { forceId: string; programmeId: string; areaId: string }) {
  return {
    forces: await prisma.force.count(),
    programmes: await prisma.programme.count(),
    areas: await prisma.area.count(),
    inspections: await prisma.inspection.count(),
    grades: await prisma.gradeRecord.count(),
    amendments: await prisma.gradeAmendment.count(),
    sample: await prisma.gradeRecord.findUnique({
      where: { forceId_programmeId_areaId: sample },
      select: { grade: true, basis: true, sourceUrl: true, note: true, publishedOn: true },
    }),
  };
}

/** Every table's full content, in a stable order. */
async function contents(prisma: PrismaClient) {
  return {
    forces: await prisma.force.findMany({ orderBy: { id: 'asc' } }),
    programmes: await prisma.programme.findMany({ orderBy: { id: 'asc' } }),
    areas: await prisma.area.findMany({ orderBy: [{ programmeId: 'asc' }, { id: 'asc' }] }),
    inspections: await prisma.inspection.findMany({ orderBy: [{ forceId: 'asc' }, { programmeId: 'asc' }] }),
    grades: await prisma.gradeRecord.findMany({ orderBy: { id: 'asc' } }),
    amendments: await prisma.gradeAmendment.findMany({ orderBy: { id: 'asc' } }),
  };
}

/** Row counts of the bundled CSV files, and the inspections they imply, counted independently. */
async function bundledCounts() {
  const grades = await rowsOf(BUNDLED_DIR, GRADES);
  const reports = await rowsOf(BUNDLED_DIR, 'reports.csv');
  const inspections = new Set([...grades, ...reports].map((row) => `${row.force_id}|${row.programme}`));
  return {
    forces: (await rowsOf(BUNDLED_DIR, 'forces.csv')).length,
    programmes: (await rowsOf(BUNDLED_DIR, 'programmes.csv')).length,
    areas: (await rowsOf(BUNDLED_DIR, 'areas.csv')).length,
    inspections: inspections.size,
    grades: grades.length,
    amendments: (await rowsOf(BUNDLED_DIR, 'amendments.csv')).length,
  };
}

describe('importing a folder with problems', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let prisma: PrismaClient;
  // The database holds a variant of the bundled data: its first grade changed and its last grade
  // left out. A broken copy of the bundled data differs from it in both, so an import that wrote
  // anything at all despite its problems would change the sample grade or the row counts.
  const SAMPLE = { forceId: 'avon-and-somerset', programmeId: 'peel-2015', areaId: 'effectiveness' };
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    database = await openTestDatabase();
    prisma = database.db.prisma;
    const baseline = await folders.copyBundled();
    const sample = await editRow(
      baseline,
      GRADES,
      (row) => row.force_id === 'avon-and-somerset' && row.programme === 'PEEL 2015' && row.area === 'Effectiveness',
      (row) => ({ ...row, grade: row.grade === 'Good' ? 'Inadequate' : 'Good' }),
    );
    await removeLastRow(baseline, GRADES);
    const result = await importDataset(prisma, baseline);
    if (!result.ok) throw new Error(`The baseline failed to import: ${JSON.stringify(result.problems)}`);
    before = await snapshot(prisma, SAMPLE);
    expect(before.sample?.grade).toBe(sample.after?.grade === 'Good' ? 'GOOD' : 'INADEQUATE');
    expect(before.grades).toBe((await rowsOf(BUNDLED_DIR, GRADES)).length - 1);
  });
  afterAll(() => database.close());

  /** One kind of bad input: how to make it in a copy of the bundled data, and the problem it must give. */
  interface BadInput {
    readonly name: string;
    readonly make: (dir: string) => Promise<ImportProblem>;
  }

  /** A grades.csv line picked by force (and programme) with one value changed. */
  const gradeValue =
    (force: string, programme: string | null, column: string, value: string, message: string) =>
    async (dir: string): Promise<ImportProblem> => {
      const { line } = await editRow(
        dir,
        GRADES,
        (r) => r.force_id === force && (programme === null || r.programme === programme),
        (r) => ({ ...r, [column]: value }),
      );
      return { file: GRADES, line, column, columnNumber: await columnNumber(dir, GRADES, column), message };
    };

  const badInputs: BadInput[] = [
    {
      name: 'An unknown force id in grades.csv is reported at its line and the force_id column, and nothing is written.',
      make: gradeValue('dorset', null, 'force_id', 'atlantis', 'unknown force id "atlantis"'),
    },
    {
      name: 'An unknown programme in grades.csv is reported at its line and the programme column, and nothing is written.',
      make: gradeValue('essex', null, 'programme', 'PEEL 1999', 'unknown programme "PEEL 1999"'),
    },
    {
      name: "An area that is not one of its programme's areas is reported at its line and the area column, and nothing is written.",
      make: gradeValue(
        'kent',
        'PEEL 2017',
        'area',
        'Investigating crime',
        'unknown area "Investigating crime" for PEEL 2017',
      ),
    },
    {
      name: 'An unknown grade word is reported at its line and the grade column, and nothing is written.',
      make: gradeValue('norfolk', null, 'grade', 'Superb', `unknown grade "Superb": expected one of ${FIVE_WORDS}`),
    },
    {
      name: "A grade that is off its programme's scale (Adequate in PEEL 2017) is reported at its line and the grade column, and nothing is written.",
      make: gradeValue('suffolk', 'PEEL 2017', 'grade', 'Adequate', "Adequate is not on PEEL 2017's four-tier scale"),
    },
    {
      name: 'A date with a month 13 (2024-13-01) is reported as malformed at its line and the published column, and nothing is written.',
      make: gradeValue(
        'surrey',
        null,
        'published',
        '2024-13-01',
        'malformed date "2024-13-01": expected YYYY-MM-DD or YYYY-MM',
      ),
    },
    {
      name: 'A day that its month does not have (2024-02-30) is reported as malformed at its line and the published column, and nothing is written.',
      make: gradeValue(
        'sussex',
        null,
        'published',
        '2024-02-30',
        'malformed date "2024-02-30": expected YYYY-MM-DD or YYYY-MM',
      ),
    },
    {
      name: 'An empty required field is reported at its line and column, and nothing is written.',
      make: gradeValue('cumbria', null, 'source_url', '', '"source_url" is empty'),
    },
    {
      name: 'A second grade for the same force, programme and area is reported at the second line, and nothing is written.',
      async make(dir) {
        // The second Gwent PEEL 2017 line becomes a copy of the line above it, the first.
        let seen = 0;
        const { line } = await editRow(
          dir,
          GRADES,
          (row) => row.force_id === 'gwent' && row.programme === 'PEEL 2017' && ++seen === 2,
          (_, lines, n) => lines[n - 2] ?? '',
        );
        const [first, second] = (await rowsOf(dir, GRADES)).filter(
          (r) => r.force_id === 'gwent' && r.programme === 'PEEL 2017',
        );
        expect(second).toEqual(first);
        expect(await lineContaining(dir, GRADES, 'gwent,PEEL 2017,')).toBe(line - 1);
        return { file: GRADES, line, column: null, message: `duplicate grade for gwent, PEEL 2017, ${first?.area}` };
      },
    },
    {
      name: 'A missing column is reported at line 1 with its name, and nothing is written.',
      async make(dir) {
        await renameColumn(dir, 'reports.csv', 'report_url', 'url');
        // The header is line 1.
        return { file: 'reports.csv', line: 1, column: 'report_url', message: 'missing column "report_url"' };
      },
    },
    {
      name: 'A missing column in a file others refer to is reported alone, without a knock-on problem per row.',
      async make(dir) {
        await renameColumn(dir, 'forces.csv', 'id', 'force');
        return { file: 'forces.csv', line: 1, column: 'id', message: 'missing column "id"' };
      },
    },
  ];

  for (const { name, make } of badInputs) {
    it(name, async () => {
      const dir = await folders.copyBundled();
      const expected = await make(dir);
      const problems = await expectProblems(prisma, dir);
      expect(problems).toEqual([expected]);
      expect(await snapshot(prisma, SAMPLE)).toEqual(before);
    });
  }

  it('Several problems in different files are all reported, each at its own file, line and column.', async () => {
    const dir = await folders.copyBundled();
    const country = await editRow(
      dir,
      'forces.csv',
      (r) => r.id === 'gwent',
      (r) => ({ ...r, country: 'Scotland' }),
    );
    const grade = await editRow(
      dir,
      GRADES,
      (r) => r.force_id === 'dorset',
      (r) => ({ ...r, grade: 'Superb' }),
    );
    const date = await editRow(
      dir,
      GRADES,
      (r) => r.force_id === 'kent',
      (r) => ({ ...r, published: '2024-13-01' }),
    );
    const amended = await editRow(
      dir,
      'amendments.csv',
      () => true,
      (r) => ({ ...r, amended_on: '2024-02-30' }),
    );
    const report = await editRow(
      dir,
      'reports.csv',
      () => true,
      (r) => ({ ...r, report_url: 'not a url' }),
    );
    const at = async (file: string, line: number, column: string, message: string): Promise<ImportProblem> => ({
      file,
      line,
      column,
      columnNumber: await columnNumber(dir, file, column),
      message,
    });
    const expected = [
      await at('forces.csv', country.line, 'country', 'unknown country "Scotland": expected England or Wales'),
      await at(GRADES, grade.line, 'grade', `unknown grade "Superb": expected one of ${FIVE_WORDS}`),
      await at(GRADES, date.line, 'published', 'malformed date "2024-13-01": expected YYYY-MM-DD or YYYY-MM'),
      await at(
        'amendments.csv',
        amended.line,
        'amended_on',
        'malformed date "2024-02-30": expected YYYY-MM-DD or YYYY-MM',
      ),
      await at('reports.csv', report.line, 'report_url', '"not a url" is not an http(s) URL'),
    ];
    const problems = await expectProblems(prisma, dir);
    expect([...problems].sort(byPosition)).toEqual(expected.sort(byPosition));
    expect(await snapshot(prisma, SAMPLE)).toEqual(before);
  });

  it('Problems are located on the line where their record starts, after quoted fields spanning lines, in LF and in CRLF files.', async () => {
    for (const crlf of [false, true]) {
      const dir = await folders.copyBundled();
      // A later line first, so that every edit is made on lines that are whole records.
      await editRow(
        dir,
        GRADES,
        (r) => r.force_id === 'west-yorkshire',
        (r) => ({ ...r, grade: 'Superb' }),
      );
      await editRow(
        dir,
        GRADES,
        (r) => r.force_id === 'durham',
        (r) => ({ ...r, published: '2024-13-01', note: 'a note\nover three\nlines, quoted' }),
      );
      if (crlf) await useCrlf(dir, GRADES);
      // Counted on the file's text: the note adds two physical lines before the later record.
      const dateLine = await lineContaining(dir, GRADES, '2024-13-01');
      const gradeLine = await lineContaining(dir, GRADES, ',Superb,');
      expect(gradeLine).toBeGreaterThan(dateLine + 2);
      const problems = await expectProblems(prisma, dir);
      expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
        [GRADES, dateLine, 'published'],
        [GRADES, gradeLine, 'grade'],
      ]);
    }
    expect(await snapshot(prisma, SAMPLE)).toEqual(before);
  });

  it("A grade's amendments must form a chain in the order listed: each from the grade the one before left, on its day or later, to the grade grades.csv holds.", async () => {
    const dir = await folders.copyBundled();
    const [first] = await rowsOf(dir, 'amendments.csv');
    if (!first) throw new Error('the bundled data has no amendment');
    const amendment = (from: string, to: string, on: string) =>
      csvLine([first.force_id, first.programme, first.area, from, to, on, first.source_url, ''] as string[]);
    const path = join(dir, 'amendments.csv');
    const text = await readFile(path, 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // After the bundled amendment (to Requires improvement): one from the wrong grade, dated by its
    // month only, then one dated inside that month, back to the grade grades.csv holds.
    const added = [amendment('Adequate', 'Good', '2024-09'), amendment('Good', first.to_grade as string, '2024-09-10')];
    await writeFile(path, `${text.trimEnd()}${eol}${added.join(eol)}${eol}`);
    const lines = (await readFile(path, 'utf8')).trimEnd().split(eol).length;
    const problems = await expectProblems(prisma, dir);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [
        lines - 1,
        'from_grade',
        `amends from Adequate, but the amendment before it (line ${lines - 2}) left ${first.to_grade}`,
      ],
      [
        lines,
        'amended_on',
        '2024-09-10 is before the amendment it follows, dated 2024-09, which as a month-only date counts from its ' +
          'last day, 2024-09-30: amendments apply in the order they were made, so each must count from the same day ' +
          'as the one before or later',
      ],
    ]);
    expect(await snapshot(prisma, SAMPLE)).toEqual(before);
  });

  it('A grade or scale word that names a JavaScript object property is reported as unknown instead of breaking the import.', async () => {
    const dir = await folders.copyBundled();
    const scale = await editRow(
      dir,
      'programmes.csv',
      (r) => r.programme === 'PEEL 2016',
      (r) => ({ ...r, scale: 'constructor' }),
    );
    const grade = await editRow(
      dir,
      GRADES,
      (r) => r.programme === 'PEEL 2023–25',
      (r) => ({ ...r, grade: 'toString' }),
    );
    const problems = await expectProblems(prisma, dir);
    expect(problems).toContainEqual({
      file: 'programmes.csv',
      line: scale.line,
      column: 'scale',
      columnNumber: 2,
      message: 'unknown scale "constructor": expected four-tier or five-tier',
    });
    expect(problems).toContainEqual({
      file: GRADES,
      line: grade.line,
      column: 'grade',
      columnNumber: 5,
      message: `unknown grade "toString": expected one of ${FIVE_WORDS}`,
    });
    expect(await snapshot(prisma, SAMPLE)).toEqual(before);
  });
});

describe('importing good folders', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    database = await openTestDatabase();
    prisma = database.db.prisma;
  });
  afterAll(() => database.close());

  it('Importing the bundled data into an empty database inserts every row, and importing it again changes nothing.', async () => {
    const expected = await bundledCounts();
    expect(await prisma.force.count()).toBe(0);

    const first = await importDataset(prisma, BUNDLED_DIR);
    expect(first).toEqual({
      ok: true,
      changed: true,
      summary: Object.fromEntries(
        Object.entries(expected).map(([entity, count]) => [entity, { inserted: count, updated: 0, unchanged: 0 }]),
      ),
    });
    expect({
      forces: await prisma.force.count(),
      programmes: await prisma.programme.count(),
      areas: await prisma.area.count(),
      inspections: await prisma.inspection.count(),
      grades: await prisma.gradeRecord.count(),
      amendments: await prisma.gradeAmendment.count(),
    }).toEqual(expected);

    const stored = await contents(prisma);
    const second = await importDataset(prisma, BUNDLED_DIR);
    expect(second).toEqual({
      ok: true,
      changed: false,
      summary: Object.fromEntries(
        Object.entries(expected).map(([entity, count]) => [entity, { inserted: 0, updated: 0, unchanged: count }]),
      ),
    });
    expect(await contents(prisma)).toEqual(stored);
  });

  it('Changing one grade in a copy and importing it updates that grade alone.', async () => {
    const bundled = await importDataset(prisma, BUNDLED_DIR);
    expect(bundled.ok).toBe(true);
    const expected = await bundledCounts();
    const before = await contents(prisma);

    const dir = await folders.copyBundled();
    const { before: row, after } = await editRow(
      dir,
      GRADES,
      (r) => r.force_id === 'cambridgeshire' && r.programme === 'PEEL 2023–25',
      (r) => ({ ...r, grade: r.grade === 'Inadequate' ? 'Outstanding' : 'Inadequate' }),
    );
    const newGrade = after?.grade === 'Inadequate' ? 'INADEQUATE' : 'OUTSTANDING';
    const result = await importDataset(prisma, dir);
    expect(result).toEqual({
      ok: true,
      changed: true,
      summary: {
        forces: { inserted: 0, updated: 0, unchanged: expected.forces },
        programmes: { inserted: 0, updated: 0, unchanged: expected.programmes },
        areas: { inserted: 0, updated: 0, unchanged: expected.areas },
        inspections: { inserted: 0, updated: 0, unchanged: expected.inspections },
        grades: { inserted: 0, updated: 1, unchanged: expected.grades - 1 },
        amendments: { inserted: 0, updated: 0, unchanged: expected.amendments },
      },
    });

    const stored = await contents(prisma);
    const areaId = before.areas.find((a) => a.programmeId === 'peel-2023-25' && a.name === row.area)?.id;
    expect(areaId).toBeDefined();
    const isChanged = (g: { forceId: string; programmeId: string; areaId: string }) =>
      g.forceId === 'cambridgeshire' && g.programmeId === 'peel-2023-25' && g.areaId === areaId;
    const changedBefore = before.grades.filter(isChanged);
    const changedAfter = stored.grades.filter(isChanged);
    expect(changedBefore).toHaveLength(1);
    expect(changedBefore[0]?.grade).not.toBe(newGrade);
    expect(changedAfter).toEqual([{ ...changedBefore[0], grade: newGrade }]);
    expect(stored.grades.filter((g) => !isChanged(g))).toEqual(before.grades.filter((g) => !isChanged(g)));
    expect({ ...stored, grades: [] }).toEqual({ ...before, grades: [] });
  });
});

describe('the import command', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv) => runCli('src/import/cli.ts', args, env);

  it('The CLI exits non-zero listing every problem on stderr for a bad folder, then exits 0 with a summary for the bundled data.', async () => {
    // The command uses the test project's database: a PGlite folder of its own, or a throwaway
    // PostgreSQL database.
    const testDb = await createTestDatabase();
    try {
      const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...inherited } = process.env;
      const env =
        testDb.settings.kind === 'postgres'
          ? { ...inherited, DATABASE_URL: testDb.settings.url }
          : { ...inherited, PGLITE_DIR: await folders.make('peelgraph-cli-db-') };

      const bad = await folders.copyBundled();
      const grade = await editRow(
        bad,
        GRADES,
        (r) => r.force_id === 'norfolk',
        (r) => ({ ...r, grade: 'Superb' }),
      );
      const report = await editRow(
        bad,
        'reports.csv',
        () => true,
        (r) => ({ ...r, force_id: 'atlantis' }),
      );
      const failed = await run([bad], env);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toContain(`Import of ${bad} failed with 2 problem(s); nothing was written:`);
      expect(failed.stderr).toContain(`\n  grades.csv:${grade.line}:5 (grade): unknown grade "Superb"`);
      expect(failed.stderr).toContain(`\n  reports.csv:${report.line}:1 (force_id): unknown force id "atlantis"\n`);
      expect(failed.stdout).not.toContain('Imported');

      const expected = await bundledCounts();
      const imported = await run([BUNDLED_DIR], env);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain(`Imported ${BUNDLED_DIR.replace(/\/$/, '')} in `);
      // Everything is inserted: the failed run before it wrote nothing.
      for (const [entity, count] of Object.entries(expected)) {
        expect(imported.stdout).toMatch(new RegExp(`\\n  ${entity} +${count} inserted, 0 updated, 0 unchanged\\n`));
      }
    } finally {
      await testDb.drop();
    }
  }, 90_000);
});
