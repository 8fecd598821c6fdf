import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { notifyDataChanged } from '../src/platform/db/data-changes.js';
import { gradeEnum, gradesCsv, programmeId } from './testkit/bundled-csv.js';
import { createTestKey, type TestKey } from './testkit/keys.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const CORRECT = `mutation($input: CorrectGradeInput!) { correctGrade(input: $input) { amendment { to } } }`;
const GRADE_AS_OF = `query($id: ID!, $asOf: Date) {
  force(id: $id) { inspection(programme: "peel-2021-22") { grades(asOf: $asOf) { id grade amendments { from to amendedOn } } } } }`;

interface Amendment {
  from: string;
  to: string;
  amendedOn: string;
}
interface GradeAsOf {
  id: string;
  grade: string;
  amendments: Amendment[];
}

/** A PEEL 2021/22 grade published by 2022, neither Good nor Outstanding, from the CSV files. */
function aDatedGrade() {
  const row = gradesCsv().find(
    (g) =>
      g.programme === 'PEEL 2021/22' &&
      /^\d{4}-\d{2}-\d{2}$/.test(g.published) &&
      g.published < '2023-01-01' &&
      !['Good', 'Outstanding'].includes(g.grade),
  );
  if (!row) throw new Error('no dated PEEL 2021/22 grade in the bundled data');
  const slug = row.area.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    force: row.force_id,
    id: `${row.force_id}/${programmeId(row.programme)}/${slug}`,
    grade: gradeEnum(row.grade),
  };
}

/** Every day of 2024 from April to October, and a few around each amendment. */
const DAYS = Array.from({ length: 214 }, (_, i) => new Date(Date.UTC(2024, 3, 1 + i)).toISOString().slice(0, 10));

describe('amendments apply in the order they were made', () => {
  let server: TestServer;
  let editor: TestKey;
  const target = aDatedGrade();
  beforeAll(async () => {
    server = await startTestServer();
    editor = await createTestKey(server, 'EDITOR');
  });
  afterAll(() => server.close());

  const correct = (grade: string, amendedOn: string) =>
    editor.query(CORRECT, { input: { id: target.id, grade, amendedOn, sourceUrl: 'https://example.org/amended' } });
  const asOf = async (day?: string) => {
    const data = await server.data<{ force: { inspection: { grades: GradeAsOf[] } } }>(GRADE_AS_OF, {
      id: target.force,
      asOf: day,
    });
    return data.force.inspection.grades.find((g) => g.id === target.id);
  };

  it('refuses an amendment dated inside the month-only date of the one before, with why', async () => {
    for (const [grade, day] of [
      ['GOOD', '2024-05-01'],
      ['OUTSTANDING', '2024-06-01'],
      ['GOOD', '2024-08'],
    ] as const) {
      expect((await correct(grade, day)).errors).toBeUndefined();
    }
    const refused = await correct('ADEQUATE', '2024-08-15');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        {
          field: 'amendedOn',
          message:
            '2024-08-15 is before the amendment it follows, dated 2024-08, which as a month-only date counts from ' +
            'its last day, 2024-08-31: amendments apply in the order they were made, so each must count from the ' +
            'same day as the one before or later',
        },
      ],
    });
    // Refused as a whole: nothing of it was written.
    expect((await asOf())?.amendments.map((a) => a.to)).toEqual(['GOOD', 'OUTSTANDING', 'GOOD']);
  });

  it('gives, as of every day, the `to` of the last amendment it lists, or the grade as published', async () => {
    for (const day of DAYS) {
      const grade = await asOf(day);
      expect(grade, day).toBeDefined();
      expect(grade?.grade, day).toBe(grade?.amendments.at(-1)?.to ?? target.grade);
    }
    expect((await asOf('2024-08-20'))?.grade).toBe('OUTSTANDING');
    expect((await asOf('2024-08-31'))?.grade).toBe('GOOD');
  });

  it('keeps that rule for amendments written out of order straight into the database', async () => {
    // As an older peelgraph could have written them: an amendment dated inside the month before it.
    const [row] = await server.db.prisma.gradeRecord.findMany({
      where: { forceId: target.force, programmeId: 'peel-2021-22', areaId: target.id.split('/')[2] },
    });
    if (!row) throw new Error('the grade is missing');
    await server.db.prisma.$transaction([
      server.db.prisma.gradeAmendment.create({
        data: {
          gradeId: row.id,
          fromGrade: 'GOOD',
          toGrade: 'ADEQUATE',
          amendedOn: '2024-08-15',
          amendedCountsFrom: new Date('2024-08-15T00:00:00Z'),
          sourceUrl: 'https://example.org/amended',
        },
      }),
      server.db.prisma.gradeRecord.update({ where: { id: row.id }, data: { grade: 'ADEQUATE' } }),
    ]);
    // Written beside the server, as an import in its process would: it is told the data changed.
    await notifyDataChanged({ source: 'import' });
    for (const day of DAYS) {
      const grade = await asOf(day);
      expect(grade?.grade, day).toBe(grade?.amendments.at(-1)?.to ?? target.grade);
    }
    // The later amendment is not made until the one before it is, at the end of August.
    expect((await asOf('2024-08-20'))?.amendments.map((a) => a.to)).toEqual(['GOOD', 'OUTSTANDING']);
    expect((await asOf('2024-08-31'))?.grade).toBe('ADEQUATE');
    expect((await asOf())?.grade).toBe('ADEQUATE');
  });
});
