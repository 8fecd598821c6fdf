/**
 * Editors' changes to the data. Responsible for who may write (editors only), for checking every
 * field of the input (the same rules as the import, from src/peel-data/rules.ts), and for writing
 * each change together with its audit entry in one transaction. Talks to the editing store.
 */
import type { AuditAction, Prisma } from '@prisma/client';

import type {
  CorrectGradeInput,
  DeleteGradeInput,
  DeleteInspectionInput,
  RecordInspectionInput,
  SetGradeInput,
} from '../__generated__/resolvers-types.js';
import { requireEditor } from '../auth/service.js';
import type { EditorViewer } from '../auth/viewer.js';
import type { Context } from '../platform/graphql/context.js';
import { notifyDataChanged, type DataChange } from '../platform/db/data-changes.js';
import { storedDate } from '../peel-data/partial-date.js';
import { BadInputError } from '../platform/errors.js';
import { findForce } from '../forces/service.js';
import { currentView, type GradeView } from '../grades/as-of.js';
import { gradeLabel } from '../grades/scale.js';
import type { AmendmentRow, InspectionRow } from '../peel-data/rows.js';
import { findProgramme } from '../programmes/service.js';
import { amendmentOrderProblem, certainlyBefore } from '../peel-data/rules.js';
import { areaSlugWithin, gradeIdOf, inspectionIdOf, parseGradeId, parseInspectionId } from '../peel-data/ids.js';
import { InputChecks, optionalText } from './checks.js';
import { gradeSnapshot, inspectionSnapshot } from './snapshots.js';
import * as store from './store.js';

const AUDIT_PAGE_MAX = 100;
const GRADE_ID_FORM = 'expected <force id>/<programme id>/<area id>';
const INSPECTION_ID_FORM = 'expected <force id>/<programme id>';

export interface Audited {
  readonly auditEntry: store.AuditEntryRow;
}

/** Records an inspection, or replaces the report URL and publication date of a recorded one. */
export async function recordInspection(
  ctx: Context,
  input: RecordInspectionInput,
): Promise<Audited & { inspection: InspectionRow; created: boolean }> {
  const editor = requireEditor(ctx);
  const checks = new InputChecks();
  const force = findForce(ctx, input.force);
  const programme = findProgramme(ctx, input.programme);
  if (!force) checks.add('force', `no force with id "${input.force}"`);
  if (!programme) checks.add('programme', `no programme with id "${input.programme}"`);
  const reportUrlText = optionalText(input.reportUrl);
  const reportUrl = reportUrlText === null ? null : checks.url('reportUrl', reportUrlText);
  const published = input.publishedOn ? checks.pastDate('publishedOn', input.publishedOn) : null;
  checks.throwIfAny();

  const key = { forceId: input.force, programmeId: input.programme };
  return audited(ctx, editor, 'RECORD_INSPECTION', inspectionIdOf(key), async (tx) => {
    const before = await store.findInspection(tx, key);
    const inspection = await store.upsertInspection(tx, {
      ...key,
      reportUrl,
      publishedOn: published?.text ?? null,
      publishedCountsFrom: published?.countsFrom ?? null,
    });
    return {
      result: { inspection, created: before === null },
      before: before && inspectionSnapshot(before),
      after: inspectionSnapshot(inspection),
    };
  });
}

/** Sets the grade of an area that has none yet, in a recorded inspection. */
export async function setGrade(ctx: Context, input: SetGradeInput): Promise<Audited & { grade: GradeView }> {
  const editor = requireEditor(ctx);
  const checks = new InputChecks();
  const force = findForce(ctx, input.force);
  const programme = findProgramme(ctx, input.programme);
  if (!force) checks.add('force', `no force with id "${input.force}"`);
  if (!programme) checks.add('programme', `no programme with id "${input.programme}"`);
  const areaSlug = areaSlugWithin(input.programme, input.area) ?? input.area;
  const area = programme?.areas.find((a) => a.id === areaSlug);
  if (programme && !area) checks.add('area', `no area with id "${input.area}" in ${programme.name}`);
  checks.gradeOnScale('grade', input.grade, programme ?? undefined);
  const sourceUrl = checks.url('sourceUrl', input.sourceUrl.trim());
  const published = input.publishedOn ? checks.pastDate('publishedOn', input.publishedOn) : null;
  checks.throwIfAny();

  const key = { forceId: input.force, programmeId: input.programme, areaId: areaSlug };
  const forceName = force?.name ?? input.force;
  const programmeName = programme?.name ?? input.programme;
  return audited(ctx, editor, 'SET_GRADE', gradeIdOf(key), async (tx) => {
    if (!(await store.findInspection(tx, key))) {
      checks.fail(
        'programme',
        `${forceName} has no recorded inspection in ${programmeName}: record it first with recordInspection`,
      );
    }
    if (await store.findGrade(tx, key)) {
      checks.fail(
        'area',
        `${forceName} already has a grade for ${area?.name ?? input.area} in ${programmeName}: ` +
          'use correctGrade for a change HMICFRS made, or deleteGrade first to replace a mistaken grade',
      );
    }
    const row = await store.insertGrade(tx, {
      ...key,
      grade: input.grade,
      basis: input.basis,
      sourceUrl,
      note: optionalText(input.note),
      publishedOn: published?.text ?? null,
      publishedCountsFrom: published?.countsFrom ?? null,
    });
    return { result: { grade: currentView(row) }, before: null, after: gradeSnapshot(row) };
  });
}

/** Records a change HMICFRS made to a published grade: an amendment, and the new grade made current. */
export async function correctGrade(
  ctx: Context,
  input: CorrectGradeInput,
): Promise<Audited & { grade: GradeView; amendment: AmendmentRow }> {
  const editor = requireEditor(ctx);
  const checks = new InputChecks();
  const sourceUrl = checks.url('sourceUrl', input.sourceUrl.trim());
  const amended = checks.pastDate('amendedOn', input.amendedOn);
  const key = parseGradeId(input.id) ?? checks.fail('id', `"${input.id}" is not a grade id: ${GRADE_ID_FORM}`);
  const programme = findProgramme(ctx, key.programmeId);

  return audited(ctx, editor, 'CORRECT_GRADE', gradeIdOf(key), async (tx) => {
    const row = (await store.findGrade(tx, key)) ?? checks.fail('id', `no grade with id "${input.id}"`);
    checks.gradeOnScale('grade', input.grade, programme ?? undefined);
    if (input.grade === row.grade) checks.add('grade', `the grade is already ${gradeLabel(row.grade)}`);
    // Amendments apply in the order they were made (src/grades/as-of.ts): a correction can come
    // neither before the grade was published nor before the amendment it follows.
    const published = storedDate(row.publishedOn);
    const latest = storedDate(row.amendments.at(-1)?.amendedOn ?? null);
    if (published && certainlyBefore(input.amendedOn, published)) {
      checks.add('amendedOn', `${amended.text} is before the grade was published (${row.publishedOn})`);
    } else if (latest) {
      checks.check('amendedOn', amendmentOrderProblem(input.amendedOn, latest));
    }
    checks.throwIfAny();
    const after =
      (await store.amendGrade(tx, row.id, {
        fromGrade: row.grade,
        toGrade: input.grade,
        amendedOn: amended.text,
        amendedCountsFrom: amended.countsFrom,
        sourceUrl,
        note: optionalText(input.note),
      })) ?? checks.fail('id', 'the grade was changed by someone else meanwhile: read it again and retry');
    const amendment = after.amendments.find((a) => !row.amendments.some((b) => b.id === a.id));
    if (!amendment) throw new Error(`The amendment of grade ${row.id} is missing after it was written`);
    return {
      result: { grade: currentView(after), amendment },
      before: gradeSnapshot(row),
      after: gradeSnapshot(after),
    };
  });
}

/** Deletes a grade entered by mistake, with its amendments. */
export async function deleteGrade(ctx: Context, input: DeleteGradeInput): Promise<Audited & { id: string }> {
  const editor = requireEditor(ctx);
  const checks = new InputChecks();
  const key = parseGradeId(input.id) ?? checks.fail('id', `"${input.id}" is not a grade id: ${GRADE_ID_FORM}`);
  const id = gradeIdOf(key);
  return audited(ctx, editor, 'DELETE_GRADE', id, async (tx) => {
    const row = (await store.findGrade(tx, key)) ?? checks.fail('id', `no grade with id "${input.id}"`);
    await store.deleteGrade(tx, row.id);
    return { result: { id }, before: gradeSnapshot(row), after: null };
  });
}

/** Deletes an inspection recorded by mistake; it must hold no grades. */
export async function deleteInspection(ctx: Context, input: DeleteInspectionInput): Promise<Audited & { id: string }> {
  const editor = requireEditor(ctx);
  const checks = new InputChecks();
  const key =
    parseInspectionId(input.id) ?? checks.fail('id', `"${input.id}" is not an inspection id: ${INSPECTION_ID_FORM}`);
  const id = inspectionIdOf(key);
  return audited(ctx, editor, 'DELETE_INSPECTION', id, async (tx) => {
    const row = (await store.findInspection(tx, key)) ?? checks.fail('id', `no inspection with id "${input.id}"`);
    const grades = await store.countGradesOfInspection(tx, key);
    if (grades > 0)
      checks.fail('id', `the inspection still has ${grades} grade(s): delete them first with deleteGrade`);
    await store.deleteInspection(tx, key);
    return { result: { id }, before: inspectionSnapshot(row), after: null };
  });
}

/** The latest audit entries, newest first; editors only. */
export async function listAuditEntries(
  ctx: Context,
  args: { first: number; target: string | null },
): Promise<store.AuditEntryRow[]> {
  requireEditor(ctx);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > AUDIT_PAGE_MAX) {
    throw new BadInputError(`\`first\` must be from 1 to ${AUDIT_PAGE_MAX}; got ${args.first}.`, 'first');
  }
  return store.findAuditEntries(ctx.db.prisma, args);
}

type Snapshot = Prisma.InputJsonValue | null;

/**
 * Runs one change and writes its audit entry in the same transaction, so that there is never a
 * change without its entry nor an entry without its change. Once committed, listeners to
 * `onDataChanged` are told (the data version is read again), and the request takes the data as it
 * now is, so that the payload, and a later mutation of the same operation, read the change.
 */
async function audited<T extends object>(
  ctx: Context,
  editor: EditorViewer,
  action: AuditAction,
  target: string,
  // Reads inside `change` go through `tx` only: on PGlite, with its single connection, a query on the
  // outer client would wait for this very transaction to end.
  change: (tx: store.Tx) => Promise<{ result: T; before: Snapshot; after: Snapshot }>,
): Promise<T & Audited> {
  const written = await store.inTransaction(ctx.db.prisma, async (tx) => {
    const { result, before, after } = await change(tx);
    const auditEntry = await store.insertAuditEntry(tx, {
      actorKeyId: editor.keyId,
      actorName: editor.keyName,
      action,
      target,
      before,
      after,
    });
    return { ...result, auditEntry };
  });
  const announced: DataChange = { source: 'edit', action, target };
  await notifyDataChanged(announced, (err) =>
    ctx.logger.warn({ err, change: announced }, 'a data-change listener failed'),
  );
  ctx.logger.info({ action, target, actorKeyId: editor.keyId }, 'data changed');
  await ctx.useData();
  return written;
}
