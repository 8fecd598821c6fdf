import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { notifyDataChanged } from '../src/platform/db/data-changes.js';
import { PeelData } from '../src/peel-data/peel-data.js';
import { readPeelRows } from '../src/peel-data/store.js';
import { RESPONSE_CACHE_OFF, startTestServer, STATEMENTS_PER_REQUEST, type TestServer } from './testkit/server.js';

/**
 * After a change the database's log lists (grades, amendments, forces, programmes, areas,
 * inspections), the server brings its model of the data up to date from the log in the statement
 * that reads the version, rather than reading everything again. Random changes, made in SQL beside
 * the server as another instance or a script would make them, must leave the model it answers from
 * equal to one read whole; a change the log cannot list (a bulk write of over a thousand grades, a
 * version moved with no log) must read everything.
 */
describe('the model of the data, brought up to date from the change log', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: RESPONSE_CACHE_OFF })));
  afterAll(() => server.close());

  const sql = (text: string, ...values: unknown[]) => server.db.prisma.$executeRawUnsafe(text, ...values);
  /** The id of the n-th grade (modulo the number of grades), or of the first when there are none. */
  const nthGrade = `(SELECT id FROM grade ORDER BY id OFFSET ($1::int % greatest((SELECT count(*) FROM grade), 1)) LIMIT 1)`;
  const GRADES = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const;

  interface Change {
    readonly label: string;
    /** Makes the change; resolves to whether the log lists it (then the read of the version brings the model up to date). */
    run(): Promise<boolean>;
  }
  const gradeChange = (label: string, run: () => Promise<unknown>): Change => ({
    label,
    run: async () => (await run(), true),
  });
  const placeChange = gradeChange;
  /** The n-th row (modulo their number) of a table with a composite key, as a WHERE clause on `key`. */
  const nth = (table: string, key: string) =>
    `(${key}) = (SELECT ${key} FROM ${table} ORDER BY ${key} OFFSET ($1::int % greatest((SELECT count(*) FROM ${table}), 1)) LIMIT 1)`;
  const n = fc.nat(5_000);
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc
      .tuple(n, fc.constantFrom(...GRADES))
      .map(([i, grade]) =>
        gradeChange(`grade ${i} to ${grade}`, () =>
          sql(`UPDATE grade SET grade = $2::"Grade" WHERE id = ${nthGrade}`, i, grade),
        ),
      ),
    fc
      .tuple(n, fc.option(fc.string({ maxLength: 12 })))
      .map(([i, note]) =>
        gradeChange(`note of ${i}`, () => sql(`UPDATE grade SET note = $2 WHERE id = ${nthGrade}`, i, note)),
      ),
    fc.tuple(n, fc.constantFrom(...GRADES), fc.integer({ min: 1, max: 28 })).map(([i, to, day]) =>
      gradeChange(`amend ${i} to ${to}`, () =>
        sql(
          `INSERT INTO grade_amendment (grade_id, from_grade, to_grade, amended_on, amended_counts_from, source_url)
           SELECT id, grade, $2::"Grade", $3::text, $3::text::date, 'https://example.org/amendment' FROM grade WHERE id = ${nthGrade}
           ON CONFLICT DO NOTHING`,
          i,
          to,
          `2026-02-${String(day).padStart(2, '0')}`,
        ),
      ),
    ),
    n.map((i) =>
      gradeChange(`amendments of ${i} deleted`, () =>
        sql(`DELETE FROM grade_amendment WHERE grade_id = ${nthGrade}`, i),
      ),
    ),
    n.map((i) => gradeChange(`grade ${i} deleted`, () => sql(`DELETE FROM grade WHERE id = ${nthGrade}`, i))),
    n.map((i) =>
      gradeChange(`a grade added`, () =>
        sql(
          `INSERT INTO grade (force_id, programme_id, area_id, grade, basis, source_url)
           SELECT i.force_id, i.programme_id, a.id, 'GOOD', 'STATED', 'https://example.org/added'
           FROM inspection i JOIN area a ON a.programme_id = i.programme_id
           WHERE NOT EXISTS (SELECT 1 FROM grade g WHERE (g.force_id, g.programme_id, g.area_id) = (i.force_id, i.programme_id, a.id))
           ORDER BY i.force_id, i.programme_id, a.id OFFSET ($1::int % 50) LIMIT 1`,
          i,
        ),
      ),
    ),
    fc.constant(
      gradeChange('two grades in one transaction', () =>
        server.db.prisma.$transaction([
          sql(`UPDATE grade SET basis = 'INFERRED' WHERE id = ${nthGrade}`, 7),
          sql(`UPDATE grade SET basis = 'STATED' WHERE id = ${nthGrade}`, 7),
        ]),
      ),
    ),
    fc
      .string({ maxLength: 8 })
      .map((site) =>
        placeChange('a force website edited', () =>
          sql(`UPDATE force SET website = $1 WHERE id = 'kent'`, `https://example.org/${site}`),
        ),
      ),
    fc
      .tuple(n, fc.string({ minLength: 1, maxLength: 8 }))
      .map(([i, name]) =>
        placeChange(`force ${i} renamed`, () =>
          sql(`UPDATE force SET name = $2 WHERE ${nth('force', 'id')} AND id <> 'kent'`, i, name),
        ),
      ),
    fc
      .tuple(n, fc.option(fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 })))
      .map(([i, names]) =>
        placeChange(`former names of force ${i}`, () =>
          sql(`UPDATE force SET former_names = $2::text[] WHERE ${nth('force', 'id')}`, i, names),
        ),
      ),
    fc
      .tuple(n, fc.option(fc.webUrl()))
      .map(([i, url]) =>
        placeChange(`report of inspection ${i}`, () =>
          sql(`UPDATE inspection SET report_url = $2 WHERE ${nth('inspection', 'force_id, programme_id')}`, i, url),
        ),
      ),
    n.map((i) =>
      placeChange(`inspection ${i} deleted with its grades`, () =>
        sql(`DELETE FROM inspection WHERE ${nth('inspection', 'force_id, programme_id')} AND force_id <> 'kent'`, i),
      ),
    ),
    fc
      .tuple(n, fc.integer({ min: -3, max: 3 }), fc.option(fc.constantFrom('outcomes', 'new-theme')))
      .map(([i, move, theme]) =>
        placeChange(`area ${i} moved by ${move}`, () =>
          sql(
            `UPDATE area SET position = position + $2, theme = $3 WHERE ${nth('area', 'programme_id, id')}`,
            i,
            move,
            theme,
          ),
        ),
      ),
    fc
      .tuple(n, fc.string({ minLength: 1, maxLength: 6 }))
      .map(([i, suffix]) =>
        placeChange(`force ${i} given a new id, its inspections and grades with it`, () =>
          sql(`UPDATE force SET id = id || '-' || $2 WHERE ${nth('force', 'id')} AND id <> 'kent'`, i, suffix),
        ),
      ),
    n.map((i) =>
      placeChange(`area ${i} deleted with its grades`, () =>
        sql(`DELETE FROM area WHERE ${nth('area', 'programme_id, id')}`, i),
      ),
    ),
    fc.tuple(n, fc.string({ minLength: 1, maxLength: 6 })).map(([i, name]) =>
      placeChange(`an area added to programme ${i}`, () =>
        sql(
          `INSERT INTO area (programme_id, id, name, position)
           SELECT id, 'added-' || md5($2), 'Added ' || md5($2), 0 FROM programme WHERE ${nth('programme', 'id')}
           ON CONFLICT DO NOTHING`,
          i,
          name,
        ),
      ),
    ),
    fc
      .tuple(n, fc.integer({ min: 2010, max: 2030 }))
      .map(([i, year]) =>
        placeChange(`programme ${i} starts in ${year}`, () =>
          sql(`UPDATE programme SET start_year = $2 WHERE ${nth('programme', 'id')}`, i, year),
        ),
      ),
    fc.constant({
      label: 'every grade rewritten (a bulk write: listed up to a thousand grades)',
      run: async () => (await sql(`UPDATE grade SET note = note`)) <= 1000,
    }),
    fc.constant({
      label: 'the version moved by hand',
      run: async () => (await sql(`UPDATE data_version SET version = version + 1`), false),
    }),
  );

  /** The model as its public methods show it: its forces, programmes and inspections, and every list of grades. */
  const shape = (data: PeelData) => ({
    version: data.version,
    forces: data.forces,
    programmes: data.programmes,
    inspections: data.forces.flatMap((f) => data.inspectionsOf(f.id)),
    grades: data.grades.map((e) => ({ row: e.row, force: e.force.id, programme: e.programme.id, area: e.area.id })),
    ofInspection: data.forces.flatMap((f) =>
      data.inspectionsOf(f.id).map((i) => data.gradesOfInspection(i).map((e) => e.row.id)),
    ),
    ofArea: data.programmes.flatMap((p) => p.areas.map((a) => data.gradesOfArea(p.id, a.id).map((e) => e.row.id))),
    ofProgramme: data.programmes.map((p) => data.gradesOfProgramme(p.id).map((e) => e.row.id)),
  });
  const readWhole = async () => PeelData.fromRows(await readPeelRows(server.db.prisma, server.db.kind === 'postgres'));

  it('equals the model read whole after any sequence of changes, caught up by the version read for any the log lists', async () => {
    await server.data('{ programmes { id } }'); // the first model, read whole
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        let listed = true;
        for (const c of changes) listed = (await c.run()) && listed;
        // Told of the change, as this process is of its own (on PGlite its tools go through it), it reads
        // the version again, and with it what changed; on PostgreSQL each request reads the version too.
        const before = server.db.statements.count;
        await notifyDataChanged({ source: 'import' });
        await server.data('{ grades(first: 1) { totalCount } }');
        const statements = server.db.statements.count - before;
        const model = server.db.snapshots.peek();
        expect(model).toBeDefined();
        expect(shape(model as PeelData)).toEqual(shape(await readWhole()));
        // Listed changes: the read of the version is the whole catch-up. Anything else: the model is read whole.
        if (listed) expect(statements).toBe(1 + STATEMENTS_PER_REQUEST);
        else expect(statements).toBeGreaterThan(1 + STATEMENTS_PER_REQUEST + 1);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('ends equal to the model read whole when writers commit while requests read', async () => {
    const writes = Array.from({ length: 24 }, (_, i) =>
      sql(`UPDATE grade SET note = $2 WHERE id = ${nthGrade}`, i * 37, `written concurrently ${i}`),
    );
    const reads = Array.from({ length: 12 }, () => server.data('{ grades(first: 1) { totalCount } }'));
    await Promise.all([...writes, ...reads]);
    await notifyDataChanged({ source: 'import' });
    await server.data('{ grades(first: 1) { totalCount } }');
    expect(shape(server.db.snapshots.peek() as PeelData)).toEqual(shape(await readWhole()));
  });

  it('answers with a grade an editor changed in SQL at once', async () => {
    const kent = `{ force(id: "kent") { inspection(programme: "peel-2023-25") { grades { area { slug } grade } } } }`;
    type Kent = { force: { inspection: { grades: { area: { slug: string }; grade: string }[] } } };
    const before = await server.data<Kent>(kent);
    const first = before.force.inspection.grades[0];
    expect(first).toBeDefined();
    const other = first?.grade === 'GOOD' ? 'ADEQUATE' : 'GOOD';
    await sql(
      `UPDATE grade SET grade = $1::"Grade" WHERE force_id = 'kent' AND programme_id = 'peel-2023-25' AND area_id = $2`,
      other,
      first?.area.slug,
    );
    await notifyDataChanged({ source: 'import' });
    const after = await server.data<Kent>(kent);
    expect(after.force.inspection.grades[0]).toEqual({ area: first?.area, grade: other });
    expect(after.force.inspection.grades.slice(1)).toEqual(before.force.inspection.grades.slice(1));
  });
});
