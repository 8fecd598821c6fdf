import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { notifyDataChanged } from '../src/platform/db/data-changes.js';
import { PeelData } from '../src/peel-data/peel-data.js';
import { readPeelRows } from '../src/peel-data/store.js';
import { RESPONSE_CACHE_OFF, startTestServer, STATEMENTS_PER_REQUEST, type TestServer } from './testkit/server.js';

/**
 * After a change that wrote grades alone, the server brings its model of the data up to date from
 * the database's change log (one statement) rather than reading everything again. Random changes,
 * made in SQL beside the server as another instance or a script would make them, must leave the
 * model it answers from equal to one read whole; anything but grades, or a version moved with no
 * log, must read everything.
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
    readonly gradesOnly: boolean;
    readonly label: string;
    run(): Promise<unknown>;
  }
  const gradeChange = (label: string, run: () => Promise<unknown>): Change => ({ gradesOnly: true, label, run });
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
    fc.string({ maxLength: 8 }).map((site) => ({
      gradesOnly: false,
      label: 'a force edited',
      run: () => sql(`UPDATE force SET website = $1 WHERE id = 'kent'`, `https://example.org/${site}`),
    })),
    fc.constant({
      gradesOnly: false,
      label: 'the version moved by hand',
      run: () => sql(`UPDATE data_version SET version = version + 1`),
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

  it('equals the model read whole after any sequence of changes, caught up by the version read for grades alone', async () => {
    await server.data('{ programmes { id } }'); // the first model, read whole
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        for (const c of changes) await c.run();
        // Told of the change, as this process is of its own (on PGlite its tools go through it), it reads
        // the version again, and with it what changed; on PostgreSQL each request reads the version too.
        const before = server.db.statements.count;
        await notifyDataChanged({ source: 'import' });
        await server.data('{ grades(first: 1) { totalCount } }');
        const statements = server.db.statements.count - before;
        const model = server.db.snapshots.peek();
        expect(model).toBeDefined();
        expect(shape(model as PeelData)).toEqual(shape(await readWhole()));
        // Grades alone: the read of the version is the whole catch-up. Anything else: the model is read whole.
        if (changes.every((c) => c.gradesOnly)) expect(statements).toBe(1 + STATEMENTS_PER_REQUEST);
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
