import type { Grade, GradeScale } from '@prisma/client';

import { countsFrom, formatPartialDate, parsePartialDate } from '../peel-data/partial-date.js';
import { GRADE_WORDS, gradeLabel, SCALE_WORDS } from '../grades/scale.js';
import { programmeYears, slugify } from '../programmes/slug.js';
import { amendmentOrderProblem, certainlyBefore, gradeScaleProblem, httpUrlProblem } from '../peel-data/rules.js';
import type { AreaInput, Dataset, GradeInput, InspectionInput, ProgrammeInput } from './dataset.js';
import type { ImportProblem } from './problems.js';
import type { CsvFile, CsvRow } from './read-csv.js';

export interface DatasetFiles {
  forces: CsvFile;
  programmes: CsvFile;
  areas: CsvFile;
  grades: CsvFile;
  amendments: CsvFile;
  reports: CsvFile;
}

/** Reads the values of one row, recording every problem with its file, line and column. */
class RowReader {
  constructor(
    private readonly file: CsvFile,
    private readonly row: CsvRow,
    private readonly problems: ImportProblem[],
  ) {}

  get lineNumber(): number {
    return this.row.line;
  }

  problem(column: string | null, message: string): void {
    const index = column ? this.file.columns.indexOf(column) : -1;
    this.problems.push({
      file: this.file.file,
      line: this.row.line,
      column,
      ...(index >= 0 ? { columnNumber: index + 1 } : {}),
      message,
    });
  }

  optional(column: string): string | null {
    const value = this.row.values[column] ?? '';
    return value === '' ? null : value;
  }

  required(column: string): string | null {
    const value = this.optional(column);
    if (value === null) this.problem(column, `"${column}" is empty`);
    return value;
  }

  url(column: string, required: boolean): string | null {
    const value = required ? this.required(column) : this.optional(column);
    const problem = value === null ? null : httpUrlProblem(value);
    if (problem !== null) {
      this.problem(column, problem);
      return null;
    }
    return value;
  }

  date(column: string, required: boolean): { text: string; countsFrom: Date } | null {
    const value = required ? this.required(column) : this.optional(column);
    if (value === null) return null;
    const parsed = parsePartialDate(value);
    if (!parsed) {
      this.problem(column, `malformed date "${value}": expected YYYY-MM-DD or YYYY-MM`);
      return null;
    }
    return { text: formatPartialDate(parsed), countsFrom: countsFrom(parsed) };
  }

  grade(column: string, programme: ProgrammeInput | undefined): Grade | null {
    const word = this.required(column);
    if (word === null) return null;
    const grade = lookup(GRADE_WORDS, word);
    if (!grade) {
      this.problem(column, `unknown grade "${word}": expected one of ${Object.keys(GRADE_WORDS).join(', ')}`);
      return null;
    }
    const offScale = programme ? gradeScaleProblem(grade, programme) : null;
    if (offScale !== null) {
      this.problem(column, offScale);
      return null;
    }
    return grade;
  }
}

/** `record[key]` for the record's own keys only, so that `constructor` or `toString` is not a word. */
function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function eachRow(file: CsvFile, problems: ImportProblem[], visit: (reader: RowReader, row: CsvRow) => void): void {
  for (const row of file.rows) visit(new RowReader(file, row, problems), row);
}

/**
 * Checks the files against each other and the model's rules and turns them into a Dataset.
 * Every problem is recorded; the dataset is only to be written when there are none.
 */
export function validateDataset(files: DatasetFiles, problems: ImportProblem[]): Dataset {
  const dataset: Dataset = { forces: [], programmes: [], areas: [], inspections: [], grades: [], amendments: [] };

  const forceIds = new Set<string>();
  eachRow(files.forces, problems, (r) => {
    const id = r.required('id');
    const name = r.required('name');
    const shortName = r.required('short_name');
    const country = r.required('country');
    const region = r.required('region');
    const website = r.url('website', false);
    if (country !== null && country !== 'England' && country !== 'Wales') {
      r.problem('country', `unknown country "${country}": expected England or Wales`);
    }
    if (id !== null && forceIds.has(id)) r.problem('id', `duplicate force id "${id}"`);
    if (id === null || name === null || shortName === null || country === null || region === null) return;
    forceIds.add(id);
    const formerNames = (r.optional('former_names') ?? '')
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean);
    dataset.forces.push({ id, name, shortName, formerNames, country, region, website });
  });

  const programmesByName = new Map<string, ProgrammeInput>();
  eachRow(files.programmes, problems, (r) => {
    const name = r.required('programme');
    const scaleWord = r.required('scale');
    const scale: GradeScale | undefined = scaleWord === null ? undefined : lookup(SCALE_WORDS, scaleWord);
    if (scaleWord !== null && !scale) {
      r.problem('scale', `unknown scale "${scaleWord}": expected ${Object.keys(SCALE_WORDS).join(' or ')}`);
    }
    if (name === null || !scale) return;
    const years = programmeYears(name);
    if (!years) return r.problem('programme', `no year in programme name "${name}"`);
    const id = slugify(name);
    if ([...programmesByName.values()].some((p) => p.id === id)) {
      return r.problem('programme', `duplicate programme "${name}" (id "${id}")`);
    }
    const programme = { id, name, scale, ...years };
    programmesByName.set(name, programme);
    dataset.programmes.push(programme);
  });

  const programmeOf = (r: RowReader): ProgrammeInput | undefined => {
    const name = r.required('programme');
    if (name === null) return undefined;
    const programme = programmesByName.get(name);
    // Against an incomplete programmes.csv every name would look unknown: its own problem is enough.
    if (!programme && files.programmes.complete) r.problem('programme', `unknown programme "${name}"`);
    return programme;
  };

  const areasByProgramme = new Map<string, Map<string, AreaInput>>();
  eachRow(files.areas, problems, (r) => {
    const programme = programmeOf(r);
    const name = r.required('area');
    if (!programme || name === null) return;
    const areas = areasByProgramme.get(programme.id) ?? new Map<string, AreaInput>();
    areasByProgramme.set(programme.id, areas);
    const id = slugify(name);
    if ([...areas.values()].some((a) => a.id === id)) {
      return r.problem('area', `duplicate area "${name}" in ${programme.name}`);
    }
    const area = { programmeId: programme.id, id, name, position: areas.size + 1, theme: r.optional('theme') };
    areas.set(name, area);
    dataset.areas.push(area);
  });

  const forceOf = (r: RowReader): string | undefined => {
    const id = r.required('force_id');
    if (id === null) return undefined;
    if (!forceIds.has(id)) {
      if (files.forces.complete) r.problem('force_id', `unknown force id "${id}"`);
      return undefined;
    }
    return id;
  };
  const areaOf = (r: RowReader, programme: ProgrammeInput | undefined): AreaInput | undefined => {
    const name = r.required('area');
    if (name === null || !programme) return undefined;
    const area = areasByProgramme.get(programme.id)?.get(name);
    if (!area && files.areas.complete) r.problem('area', `unknown area "${name}" for ${programme.name}`);
    return area;
  };

  const gradesByKey = new Map<string, GradeInput>();
  eachRow(files.grades, problems, (r) => {
    const forceId = forceOf(r);
    const programme = programmeOf(r);
    const area = areaOf(r, programme);
    const grade = r.grade('grade', programme);
    const basisWord = r.required('basis');
    const basis = basisWord === 'stated' ? 'STATED' : basisWord === 'inferred' ? 'INFERRED' : null;
    if (basisWord !== null && basis === null)
      r.problem('basis', `unknown basis "${basisWord}": expected stated or inferred`);
    const sourceUrl = r.url('source_url', true);
    const published = r.date('published', false);
    const malformedDate = r.optional('published') !== null && published === null;
    if (!forceId || !programme || !area || !grade || !basis || !sourceUrl || malformedDate) return;
    const key = `${forceId}|${programme.id}|${area.id}`;
    if (gradesByKey.has(key)) {
      return r.problem(null, `duplicate grade for ${forceId}, ${programme.name}, ${area.name}`);
    }
    const input: GradeInput = {
      forceId,
      programmeId: programme.id,
      areaId: area.id,
      grade,
      basis,
      sourceUrl,
      note: r.optional('note'),
      publishedOn: published?.text ?? null,
      publishedCountsFrom: published?.countsFrom ?? null,
    };
    gradesByKey.set(key, input);
    dataset.grades.push(input);
  });

  const amendmentsByGrade = new Map<
    string,
    { fromGrade: Grade; toGrade: Grade; amendedOn: string; line: RowReader }[]
  >();
  eachRow(files.amendments, problems, (r) => {
    const forceId = forceOf(r);
    const programme = programmeOf(r);
    const area = areaOf(r, programme);
    const fromGrade = r.grade('from_grade', programme);
    const toGrade = r.grade('to_grade', programme);
    const amended = r.date('amended_on', true);
    const sourceUrl = r.url('source_url', true);
    if (!forceId || !programme || !area || !fromGrade || !toGrade || !amended || !sourceUrl) return;
    const key = `${forceId}|${programme.id}|${area.id}`;
    if (!gradesByKey.has(key)) {
      if (!files.grades.complete) return;
      return r.problem(
        null,
        `amends a grade that grades.csv does not hold (${forceId}, ${programme.name}, ${area.name})`,
      );
    }
    const list = amendmentsByGrade.get(key) ?? [];
    list.push({ fromGrade, toGrade, amendedOn: amended.text, line: r });
    amendmentsByGrade.set(key, list);
    dataset.amendments.push({
      forceId,
      programmeId: programme.id,
      areaId: area.id,
      fromGrade,
      toGrade,
      amendedOn: amended.text,
      amendedCountsFrom: amended.countsFrom,
      sourceUrl,
      note: r.optional('note'),
    });
  });
  // Each grade's amendments, in the order the file lists them, are the order they were made: each
  // amends the grade the one before left, on its day or later (src/grades/as-of.ts), and the last
  // arrives at the grade grades.csv holds.
  for (const [key, list] of amendmentsByGrade) {
    const current = gradesByKey.get(key);
    const published = current?.publishedOn ? parsePartialDate(current.publishedOn) : null;
    list.forEach((amendment, i) => {
      const previous = list[i - 1];
      const { line } = amendment;
      const date = parsePartialDate(amendment.amendedOn);
      if (amendment.fromGrade === amendment.toGrade) {
        line.problem('to_grade', `amends ${gradeLabel(amendment.fromGrade)} to the same grade`);
      }
      if (previous && amendment.fromGrade !== previous.toGrade) {
        line.problem(
          'from_grade',
          `amends from ${gradeLabel(amendment.fromGrade)}, but the amendment before it (line ${previous.line.lineNumber}) left ${gradeLabel(previous.toGrade)}`,
        );
      }
      const previousDate = previous ? parsePartialDate(previous.amendedOn) : null;
      const outOfOrder = date && previousDate ? amendmentOrderProblem(date, previousDate) : null;
      if (outOfOrder !== null) line.problem('amended_on', outOfOrder);
      if (date && published && certainlyBefore(date, published)) {
        line.problem(
          'amended_on',
          `${amendment.amendedOn} is before the grade was published (${current?.publishedOn})`,
        );
      }
    });
    const latest = list.at(-1);
    if (current && latest && latest.toGrade !== current.grade) {
      latest.line.problem(
        'to_grade',
        `the latest amendment's grade (${gradeLabel(latest.toGrade)}) differs from grades.csv (${gradeLabel(current.grade)})`,
      );
    }
  }

  const reportUrls = new Map<string, string>();
  eachRow(files.reports, problems, (r) => {
    const forceId = forceOf(r);
    const programme = programmeOf(r);
    const reportUrl = r.url('report_url', true);
    if (!forceId || !programme || !reportUrl) return;
    const key = `${forceId}|${programme.id}`;
    if (reportUrls.has(key)) return r.problem(null, `duplicate report for ${forceId}, ${programme.name}`);
    reportUrls.set(key, reportUrl);
  });

  dataset.inspections = inspectionsOf(dataset.grades, reportUrls);
  return dataset;
}

/**
 * One inspection per force and programme that has a grade or a report. Its publication date is
 * the date its dated grades share; where they differ (pillars published separately) it is left
 * null rather than picking one.
 */
function inspectionsOf(grades: readonly GradeInput[], reportUrls: ReadonlyMap<string, string>): InspectionInput[] {
  const dates = new Map<string, Map<string, Date>>();
  for (const key of reportUrls.keys()) dates.set(key, new Map());
  for (const grade of grades) {
    const key = `${grade.forceId}|${grade.programmeId}`;
    const seen = dates.get(key) ?? new Map<string, Date>();
    if (grade.publishedOn && grade.publishedCountsFrom) seen.set(grade.publishedOn, grade.publishedCountsFrom);
    dates.set(key, seen);
  }
  return [...dates].map(([key, seen]) => {
    const [forceId = '', programmeId = ''] = key.split('|');
    const only = seen.size === 1 ? [...seen][0] : undefined;
    return {
      forceId,
      programmeId,
      reportUrl: reportUrls.get(key) ?? null,
      publishedOn: only?.[0] ?? null,
      publishedCountsFrom: only?.[1] ?? null,
    };
  });
}
