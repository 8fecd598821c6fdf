import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type DataChange, onDataChanged } from '../src/platform/db/data-changes.js';
import { importDataset } from '../src/import/service.js';
import { gradesCsv, uninspected } from './testkit/bundled-csv.js';
import { createTestKey, type TestKey } from './testkit/keys.js';
import type { GraphQLResponse } from './testkit/server.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const AUDIT_FIELDS = 'id at actorKeyId actorName action target before after';
const GRADE_FIELDS = 'id grade basis sourceUrl note publishedOn amendments { from to amendedOn sourceUrl note }';

const RECORD_INSPECTION = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
  created inspection { id publishedOn reportUrl } auditEntry { ${AUDIT_FIELDS} } } }`;
const SET_GRADE = `mutation($input: SetGradeInput!) { setGrade(input: $input) {
  grade { ${GRADE_FIELDS} } auditEntry { ${AUDIT_FIELDS} } } }`;
const CORRECT_GRADE = `mutation($input: CorrectGradeInput!) { correctGrade(input: $input) {
  grade { ${GRADE_FIELDS} } amendment { from to amendedOn sourceUrl note } auditEntry { ${AUDIT_FIELDS} } } }`;
const DELETE_GRADE = `mutation($input: DeleteGradeInput!) { deleteGrade(input: $input) { id auditEntry { ${AUDIT_FIELDS} } } }`;
const DELETE_INSPECTION = `mutation($input: DeleteInspectionInput!) { deleteInspection(input: $input) {
  id auditEntry { ${AUDIT_FIELDS} } } }`;
const GRADE_OF = `query($force: ID!, $programme: ID!, $asOf: Date) { force(id: $force) { inspection(programme: $programme) {
  id grades(asOf: $asOf) { ${GRADE_FIELDS} } } } }`;

interface AuditEntry {
  id: string;
  at: string;
  actorKeyId: string;
  actorName: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}
interface Grade {
  id: string;
  grade: string;
  amendments: { from: string; to: string; amendedOn: string }[];
}

const SOURCE = 'https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/';
const thisYear = new Date().getUTCFullYear();
const nextYear = `${thisYear + 1}-01-01`;
/** Force and programme pairs of the files with no inspection, which tests may record and delete. */
const [firstUninspected, secondUninspected] = uninspected() as [
  ReturnType<typeof uninspected>[number],
  ReturnType<typeof uninspected>[number],
];

function fieldErrors(result: GraphQLResponse): { field: string; message: string }[] {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors?.[0]?.extensions?.fieldErrors as { field: string; message: string }[];
}

describe('editing data', () => {
  let server: TestServer;
  let editor: TestKey;
  const changes: DataChange[] = [];
  let unsubscribe: () => void;
  beforeAll(() => void (unsubscribe = onDataChanged((change) => void changes.push(change))));
  afterAll(() => unsubscribe());
  beforeEach(() => void changes.splice(0));

  /**
   * Gives the calling describe's tests a server of their own on freshly imported data; within a
   * describe, no two tests change the same record.
   */
  function useOwnServer() {
    beforeAll(async () => {
      server = await startTestServer();
      editor = await createTestKey(server, 'EDITOR', 'Sam Editor');
    });
    afterAll(() => server.close());
  }

  /** The grades of one inspection as the API reads them, by area id. */
  async function gradesOf(force: string, programme: string, asOf?: string): Promise<Map<string, Grade> | null> {
    const data = await server.data<{ force: { inspection: { grades: Grade[] } | null } }>(GRADE_OF, {
      force,
      programme,
      asOf,
    });
    if (!data.force.inspection) return null;
    return new Map(data.force.inspection.grades.map((g) => [g.id.split('/')[2] as string, g]));
  }

  /** Row counts an invalid or failed change must leave as they were. */
  const counts = async () => ({
    inspections: await server.db.prisma.inspection.count(),
    grades: await server.db.prisma.gradeRecord.count(),
    amendments: await server.db.prisma.gradeAmendment.count(),
    audit: await server.db.prisma.auditEntry.count(),
  });

  describe('recording an inspection', () => {
    useOwnServer();

    it('records a new inspection with an audit entry of who, when, what and after, and the next read shows it', async () => {
      const { force, programmeId: programme } = firstUninspected;
      const id = `${force.id}/${programme}`;
      const started = Date.now();
      expect(await gradesOf(force.id, programme)).toBeNull();
      const reportUrl = `${SOURCE}${force.id}-${programme}/`;
      const { recordInspection } = await editor.data<{
        recordInspection: { created: boolean; inspection: unknown; auditEntry: AuditEntry };
      }>(RECORD_INSPECTION, {
        input: { force: force.id, programme, reportUrl, publishedOn: '2024-05' },
      });
      expect(recordInspection.created).toBe(true);
      expect(recordInspection.inspection).toEqual({ id, publishedOn: '2024-05', reportUrl });
      const entry = recordInspection.auditEntry;
      expect(entry).toMatchObject({
        actorKeyId: String(editor.id),
        actorName: 'Sam Editor',
        action: 'RECORD_INSPECTION',
        target: id,
        before: null,
        after: { id, force: force.id, programme, reportUrl, publishedOn: '2024-05' },
      });
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now() + 1000);
      expect(await gradesOf(force.id, programme)).toEqual(new Map());
      expect(changes).toEqual([{ source: 'edit', action: 'RECORD_INSPECTION', target: id }]);
    });

    it('updates a recorded inspection, keeping its old values in the audit entry', async () => {
      const reportUrl = `${SOURCE}norfolk-2021-22/?corrected`;
      const { recordInspection } = await editor.data<{
        recordInspection: { created: boolean; inspection: { reportUrl: string }; auditEntry: AuditEntry };
      }>(RECORD_INSPECTION, { input: { force: 'norfolk', programme: 'peel-2021-22', reportUrl } });
      expect(recordInspection.created).toBe(false);
      expect(recordInspection.inspection.reportUrl).toBe(reportUrl);
      const { before, after } = recordInspection.auditEntry as { before: { reportUrl: string }; after: unknown };
      expect(before.reportUrl).toMatch(/^https:\/\//);
      expect(before.reportUrl).not.toBe(reportUrl);
      expect(after).toMatchObject({ id: 'norfolk/peel-2021-22', reportUrl, publishedOn: null });
    });
  });

  describe('setting a grade', () => {
    useOwnServer();

    const input = {
      force: 'cambridgeshire',
      programme: 'peel-2023-25',
      area: 'recording-data-about-crime',
      grade: 'GOOD',
      basis: 'STATED',
      sourceUrl: `${SOURCE}cambridgeshire-2023-25/`,
      note: '  Crime recording: good.  ',
      publishedOn: '2024-03-12',
    };

    it('sets a grade for an area with none, audits it, and the next read shows it', async () => {
      expect((await gradesOf('cambridgeshire', 'peel-2023-25'))?.has('recording-data-about-crime')).toBe(false);
      const { setGrade } = await editor.data<{ setGrade: { grade: Grade; auditEntry: AuditEntry } }>(SET_GRADE, {
        input,
      });
      const stored = {
        id: 'cambridgeshire/peel-2023-25/recording-data-about-crime',
        grade: 'GOOD',
        basis: 'STATED',
        sourceUrl: input.sourceUrl,
        note: 'Crime recording: good.',
        publishedOn: '2024-03-12',
        amendments: [],
      };
      expect(setGrade.grade).toEqual(stored);
      expect(setGrade.auditEntry).toMatchObject({
        action: 'SET_GRADE',
        target: stored.id,
        before: null,
        after: { ...stored, force: 'cambridgeshire', programme: 'peel-2023-25', area: 'recording-data-about-crime' },
      });
      expect((await gradesOf('cambridgeshire', 'peel-2023-25'))?.get('recording-data-about-crime')).toEqual(stored);
      const distribution = await server.data<{ gradeDistribution: { counts: { grade: string; count: number }[] } }>(
        `{ gradeDistribution(programme: "peel-2023-25", area: "recording-data-about-crime") { counts { grade count } } }`,
      );
      expect(distribution.gradeDistribution.counts.find((c) => c.grade === 'GOOD')?.count).toBeGreaterThanOrEqual(1);
    });

    it('refuses a second grade for the same area, pointing to correctGrade and deleteGrade', async () => {
      const first = { ...input, force: 'avon-and-somerset', sourceUrl: `${SOURCE}avon-and-somerset-2023-25/` };
      expect((await gradesOf('avon-and-somerset', 'peel-2023-25'))?.has('recording-data-about-crime')).toBe(false);
      await editor.data(SET_GRADE, { input: first });
      changes.splice(0);
      const before = await counts();
      const errors = fieldErrors(await editor.query(SET_GRADE, { input: { ...first, grade: 'ADEQUATE' } }));
      expect(errors).toEqual([
        {
          field: 'area',
          message:
            'Avon and Somerset Constabulary already has a grade for Recording data about crime in PEEL 2023–25: ' +
            'use correctGrade for a change HMICFRS made, or deleteGrade first to replace a mistaken grade',
        },
      ]);
      expect(await counts()).toEqual(before);
      expect(changes).toEqual([]);
    });

    it('refuses a grade for an inspection that is not recorded', async () => {
      const { force, programme, programmeId, areaSlug } = secondUninspected;
      const errors = fieldErrors(
        await editor.query(SET_GRADE, { input: { ...input, force: force.id, programme: programmeId, area: areaSlug } }),
      );
      expect(errors).toEqual([
        {
          field: 'programme',
          message: `${force.name} has no recorded inspection in ${programme}: record it first with recordInspection`,
        },
      ]);
    });
  });

  describe('correcting a published grade', () => {
    useOwnServer();

    const id = 'cambridgeshire/peel-2023-25/investigating-crime';
    const correction = {
      id,
      grade: 'GOOD',
      amendedOn: '2024-06-01',
      sourceUrl: `${SOURCE}cambridgeshire-2023-25/amended`,
      note: 'Data corrected by the force',
    };

    it('creates an amendment and makes the new grade current; asOf before the correction still shows the old grade', async () => {
      const { correctGrade } = await editor.data<{
        correctGrade: { grade: Grade; amendment: unknown; auditEntry: AuditEntry };
      }>(CORRECT_GRADE, { input: correction });
      const amendment = {
        from: 'ADEQUATE',
        to: 'GOOD',
        amendedOn: '2024-06-01',
        sourceUrl: correction.sourceUrl,
        note: correction.note,
      };
      expect(correctGrade.amendment).toEqual(amendment);
      expect(correctGrade.grade).toMatchObject({ id, grade: 'GOOD', amendments: [amendment] });
      expect(correctGrade.auditEntry).toMatchObject({
        action: 'CORRECT_GRADE',
        target: id,
        before: { id, grade: 'ADEQUATE', amendments: [] },
        after: { id, grade: 'GOOD', amendments: [amendment] },
      });

      expect((await gradesOf('cambridgeshire', 'peel-2023-25'))?.get('investigating-crime')).toMatchObject({
        grade: 'GOOD',
        amendments: [amendment],
      });
      expect(
        (await gradesOf('cambridgeshire', 'peel-2023-25', '2024-05-31'))?.get('investigating-crime'),
      ).toMatchObject({ grade: 'ADEQUATE', amendments: [] });
      expect((await gradesOf('cambridgeshire', 'peel-2023-25', '2024-06-01'))?.get('investigating-crime')?.grade).toBe(
        'GOOD',
      );
      expect(changes).toEqual([{ source: 'edit', action: 'CORRECT_GRADE', target: id }]);
    });

    it('refuses a correction dated before the grade was published', async () => {
      const errors = fieldErrors(
        await editor.query(CORRECT_GRADE, {
          input: {
            ...correction,
            id: 'cambridgeshire/peel-2023-25/preventing-crime',
            grade: 'ADEQUATE',
            amendedOn: '2024-03-11',
          },
        }),
      );
      expect(errors).toEqual([
        { field: 'amendedOn', message: '2024-03-11 is before the grade was published (2024-03-12)' },
      ]);
    });

    it("refuses a correction dated before the grade's latest amendment, and one to the grade it already has", async () => {
      const errors = fieldErrors(
        await editor.query(CORRECT_GRADE, {
          input: {
            ...correction,
            id: 'northamptonshire/peel-2023-25/responding-to-the-public',
            grade: 'REQUIRES_IMPROVEMENT',
            amendedOn: '2024-07',
          },
        }),
      );
      expect(errors).toEqual([
        { field: 'grade', message: 'the grade is already Requires improvement' },
        {
          field: 'amendedOn',
          message:
            '2024-07 is before the amendment it follows, dated 2024-08-08: amendments apply in the order they were ' +
            'made, so each must count from the same day as the one before or later',
        },
      ]);
    });
  });

  describe('deleting mistaken records', () => {
    useOwnServer();

    it('deletes a grade with its audit entry, and the next read no longer shows it', async () => {
      const id = 'cambridgeshire/peel-2023-25/preventing-crime';
      expect((await gradesOf('cambridgeshire', 'peel-2023-25'))?.get('preventing-crime')?.grade).toBe('GOOD');
      const { deleteGrade } = await editor.data<{ deleteGrade: { id: string; auditEntry: AuditEntry } }>(DELETE_GRADE, {
        input: { id },
      });
      expect(deleteGrade.id).toBe(id);
      expect(deleteGrade.auditEntry).toMatchObject({
        action: 'DELETE_GRADE',
        target: id,
        before: { id, grade: 'GOOD', publishedOn: '2024-03-12' },
        after: null,
      });
      expect((await gradesOf('cambridgeshire', 'peel-2023-25'))?.has('preventing-crime')).toBe(false);
      expect(changes).toEqual([{ source: 'edit', action: 'DELETE_GRADE', target: id }]);
    });

    it('deletes an inspection that holds no grades, and refuses one that still does', async () => {
      const { force, programmeId: programme } = secondUninspected;
      const id = `${force.id}/${programme}`;
      await editor.data(RECORD_INSPECTION, { input: { force: force.id, programme } });
      const { deleteInspection } = await editor.data<{ deleteInspection: { id: string; auditEntry: AuditEntry } }>(
        DELETE_INSPECTION,
        { input: { id } },
      );
      expect(deleteInspection.auditEntry).toMatchObject({
        action: 'DELETE_INSPECTION',
        target: id,
        before: { id, reportUrl: null, publishedOn: null },
        after: null,
      });
      expect(await gradesOf(force.id, programme)).toBeNull();

      const before = await counts();
      const held = gradesCsv().filter((g) => g.force_id === 'norfolk' && g.programme === 'PEEL 2017').length;
      const errors = fieldErrors(await editor.query(DELETE_INSPECTION, { input: { id: 'norfolk/peel-2017' } }));
      expect(errors).toEqual([
        { field: 'id', message: `the inspection still has ${held} grade(s): delete them first with deleteGrade` },
      ]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('invalid input', () => {
    useOwnServer();

    it('is refused with a message for every bad field, and nothing is written', async () => {
      const before = await counts();
      const cases: [string, Record<string, unknown>, { field: string; message: string }[]][] = [
        [
          SET_GRADE,
          {
            force: 'derbyshire',
            programme: 'peel-2017',
            area: 'effectiveness',
            grade: 'ADEQUATE',
            basis: 'STATED',
            sourceUrl: 'javascript:alert(1)',
            publishedOn: nextYear,
          },
          [
            { field: 'grade', message: "Adequate is not on PEEL 2017's four-tier scale" },
            { field: 'sourceUrl', message: '"javascript:alert(1)" is not an http(s) URL' },
            {
              field: 'publishedOn',
              message: expect.stringMatching(
                new RegExp(`^${nextYear} is in the future \\(today is \\d{4}-\\d\\d-\\d\\d\\)$`),
              ),
            },
          ],
        ],
        [
          SET_GRADE,
          { force: 'atlantis', programme: 'peel-2099', area: 'x', grade: 'GOOD', basis: 'STATED', sourceUrl: SOURCE },
          [
            { field: 'force', message: 'no force with id "atlantis"' },
            { field: 'programme', message: 'no programme with id "peel-2099"' },
          ],
        ],
        [
          SET_GRADE,
          {
            force: 'kent',
            programme: 'peel-2023-25',
            area: 'efficiency',
            grade: 'GOOD',
            basis: 'STATED',
            sourceUrl: SOURCE,
          },
          [{ field: 'area', message: 'no area with id "efficiency" in PEEL 2023–25' }],
        ],
        [
          RECORD_INSPECTION,
          {
            force: 'kent',
            programme: 'peel-2017',
            reportUrl: 'ftp://example.org/report',
            publishedOn: `${thisYear + 1}-02`,
          },
          [
            { field: 'reportUrl', message: '"ftp://example.org/report" is not an http(s) URL' },
            { field: 'publishedOn', message: expect.stringContaining(`${thisYear + 1}-02 is in the future`) },
          ],
        ],
        [
          CORRECT_GRADE,
          { id: 'norfolk/peel-2017/efficiency', grade: 'ADEQUATE', amendedOn: nextYear, sourceUrl: 'example.org' },
          [
            { field: 'sourceUrl', message: '"example.org" is not an http(s) URL' },
            { field: 'amendedOn', message: expect.stringContaining(`${nextYear} is in the future`) },
            { field: 'grade', message: "Adequate is not on PEEL 2017's four-tier scale" },
          ],
        ],
        [
          CORRECT_GRADE,
          { id: 'norfolk/peel-2017/nothing', grade: 'GOOD', amendedOn: '2020-01-01', sourceUrl: SOURCE },
          [{ field: 'id', message: 'no grade with id "norfolk/peel-2017/nothing"' }],
        ],
        [
          DELETE_GRADE,
          { id: 'norfolk' },
          [{ field: 'id', message: '"norfolk" is not a grade id: expected <force id>/<programme id>/<area id>' }],
        ],
        [
          DELETE_INSPECTION,
          { id: 'kent/peel-2099' },
          [{ field: 'id', message: 'no inspection with id "kent/peel-2099"' }],
        ],
      ];
      for (const [mutation, input, expected] of cases) {
        const result = await editor.query(mutation, { input });
        expect(result.data).toBeNull();
        expect(fieldErrors(result), JSON.stringify(input)).toEqual(expected);
      }
      expect(await counts()).toEqual(before);
      expect(changes).toEqual([]);
    });

    it('refuses a malformed date before the mutation runs, naming the field', async () => {
      for (const publishedOn of ['2024-02-30', '12/03/2024']) {
        const result = await editor.query(SET_GRADE, {
          input: {
            force: 'derbyshire',
            programme: 'peel-2017',
            area: 'effectiveness',
            grade: 'GOOD',
            basis: 'STATED',
            sourceUrl: SOURCE,
            publishedOn,
          },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toContain(`"input.publishedOn"; Date must be a real calendar date`);
      }
    });
  });

  describe('a change that fails partway', () => {
    useOwnServer();

    // A check constraint the test adds makes the audit entry, the last write of a change, fail: the
    // change's own writes, already made in the transaction, must be rolled back with it.
    async function withFailingAudit(target: string, run: () => Promise<GraphQLResponse>) {
      await server.db.prisma.$executeRawUnsafe(
        `ALTER TABLE audit_entry ADD CONSTRAINT test_refuses_target CHECK (target <> '${target}')`,
      );
      try {
        return await run();
      } finally {
        await server.db.prisma.$executeRawUnsafe('ALTER TABLE audit_entry DROP CONSTRAINT test_refuses_target');
      }
    }

    it('leaves neither its rows nor an audit entry, and announces nothing', async () => {
      const before = await counts();
      const corrected = await withFailingAudit('norfolk/peel-2017/efficiency', () =>
        editor.query(CORRECT_GRADE, {
          input: {
            id: 'norfolk/peel-2017/efficiency',
            grade: 'REQUIRES_IMPROVEMENT',
            amendedOn: '2018-01',
            sourceUrl: SOURCE,
          },
        }),
      );
      expect(corrected.data).toBeNull();
      expect(corrected.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect((await gradesOf('norfolk', 'peel-2017'))?.get('efficiency')).toMatchObject({
        grade: 'GOOD',
        amendments: [],
      });

      const set = await withFailingAudit('norfolk/peel-2017/effectiveness', () =>
        editor.query(SET_GRADE, {
          input: {
            force: 'norfolk',
            programme: 'peel-2017',
            area: 'effectiveness',
            grade: 'GOOD',
            basis: 'STATED',
            sourceUrl: SOURCE,
          },
        }),
      );
      expect(set.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect((await gradesOf('norfolk', 'peel-2017'))?.has('effectiveness')).toBe(false);

      expect(await counts()).toEqual(before);
      expect(changes).toEqual([]);
    });
  });

  describe('audit entries', () => {
    useOwnServer();

    it('lists the latest entries newest first, optionally for one record', async () => {
      await editor.data(RECORD_INSPECTION, {
        input: { force: 'norfolk', programme: 'peel-2021-22', reportUrl: `${SOURCE}norfolk-2021-22/?corrected` },
      });
      await editor.data(CORRECT_GRADE, {
        input: {
          id: 'cambridgeshire/peel-2023-25/investigating-crime',
          grade: 'GOOD',
          amendedOn: '2024-06-01',
          sourceUrl: SOURCE,
        },
      });
      await editor.data(DELETE_GRADE, { input: { id: 'cambridgeshire/peel-2023-25/preventing-crime' } });
      const { auditEntries } = await editor.data<{ auditEntries: AuditEntry[] }>(
        `{ auditEntries(first: 100) { ${AUDIT_FIELDS} } }`,
      );
      const ids = auditEntries.map((e) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(auditEntries.length).toBe(await server.db.prisma.auditEntry.count());
      expect(auditEntries.every((e) => e.actorName === 'Sam Editor')).toBe(true);

      const one = await editor.data<{ auditEntries: AuditEntry[] }>(
        `query($target: ID) { auditEntries(target: $target) { action target } }`,
        { target: 'cambridgeshire/peel-2023-25/investigating-crime' },
      );
      expect(one.auditEntries).toEqual([
        { action: 'CORRECT_GRADE', target: 'cambridgeshire/peel-2023-25/investigating-crime' },
      ]);
    });

    it('refuses a page size outside 1 to 100', async () => {
      const result = await editor.query(`{ auditEntries(first: 101) { id } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });
  });
});

describe('announcing imports', () => {
  it('tells onDataChanged listeners about an import that changed something, and not about one that did not', async () => {
    const server = await startTestServer({ bundledData: false });
    const changes: DataChange[] = [];
    const unsubscribe = onDataChanged((change) => void changes.push(change));
    try {
      expect((await importDataset(server.db.prisma)).ok).toBe(true);
      expect(changes).toEqual([{ source: 'import' }]);
      expect(await importDataset(server.db.prisma)).toMatchObject({ ok: true, changed: false });
      expect(changes).toEqual([{ source: 'import' }]);
    } finally {
      unsubscribe();
      await server.close();
    }
  });
});
