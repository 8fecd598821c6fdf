/**
 * Rows as PostgreSQL's `json_agg` writes them (column names, enum labels, dates as `YYYY-MM-DD`),
 * turned into the records Prisma reads, so that a row read from the change log is the same record
 * as one read with the whole data (tests/incremental-model.test.ts checks it). Each object is
 * `.strict()`: a column added to a table must be added here too, or the model read from the log
 * would lack it; this fails loudly instead.
 */
import {
  type Area,
  type Force,
  Grade,
  type GradeAmendment,
  GradeBasis,
  type GradeRecord,
  GradeScale,
  type Inspection,
  type Programme,
} from '@prisma/client';
import { z } from 'zod';

import type { PlaceRows, ProgrammeRow } from './rows.js';

/** A `date` column: Prisma reads it as midnight UTC of that day. */
const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00.000Z`));

const gradeJson = z
  .object({
    id: z.number().int(),
    force_id: z.string(),
    programme_id: z.string(),
    area_id: z.string(),
    grade: z.enum(Grade),
    basis: z.enum(GradeBasis),
    source_url: z.string(),
    note: z.string().nullable(),
    published_on: z.string().nullable(),
    published_counts_from: day.nullable(),
  })
  .strict()
  .transform((g): GradeRecord => ({
    id: g.id,
    forceId: g.force_id,
    programmeId: g.programme_id,
    areaId: g.area_id,
    grade: g.grade,
    basis: g.basis,
    sourceUrl: g.source_url,
    note: g.note,
    publishedOn: g.published_on,
    publishedCountsFrom: g.published_counts_from,
  }));

const amendmentJson = z
  .object({
    id: z.number().int(),
    grade_id: z.number().int(),
    from_grade: z.enum(Grade),
    to_grade: z.enum(Grade),
    amended_on: z.string(),
    amended_counts_from: day,
    source_url: z.string(),
    note: z.string().nullable(),
  })
  .strict()
  .transform((a): GradeAmendment => ({
    id: a.id,
    gradeId: a.grade_id,
    fromGrade: a.from_grade,
    toGrade: a.to_grade,
    amendedOn: a.amended_on,
    amendedCountsFrom: a.amended_counts_from,
    sourceUrl: a.source_url,
    note: a.note,
  }));

/** Parses the grades and amendments the change log names. */
export function parseGradeRows(
  grades: readonly unknown[],
  amendments: readonly unknown[],
): { grades: GradeRecord[]; amendments: GradeAmendment[] } {
  return { grades: z.array(gradeJson).parse(grades), amendments: z.array(amendmentJson).parse(amendments) };
}

const forceJson = z
  .object({
    id: z.string(),
    name: z.string(),
    short_name: z.string(),
    // Prisma reads a list column that holds NULL as an empty list.
    former_names: z.array(z.string()).nullable(),
    country: z.string(),
    region: z.string(),
    website: z.string().nullable(),
  })
  .strict()
  .transform((f): Force => ({
    id: f.id,
    name: f.name,
    shortName: f.short_name,
    formerNames: f.former_names ?? [],
    country: f.country,
    region: f.region,
    website: f.website,
  }));

const programmeJson = z
  .object({
    id: z.string(),
    name: z.string(),
    start_year: z.number().int(),
    end_year: z.number().int(),
    scale: z.enum(GradeScale),
  })
  .strict()
  .transform((p): Programme => ({
    id: p.id,
    name: p.name,
    startYear: p.start_year,
    endYear: p.end_year,
    scale: p.scale,
  }));

const areaJson = z
  .object({
    programme_id: z.string(),
    id: z.string(),
    name: z.string(),
    position: z.number().int(),
    theme: z.string().nullable(),
  })
  .strict()
  .transform((a): Area => ({
    programmeId: a.programme_id,
    id: a.id,
    name: a.name,
    position: a.position,
    theme: a.theme,
  }));

const inspectionJson = z
  .object({
    force_id: z.string(),
    programme_id: z.string(),
    report_url: z.string().nullable(),
    published_on: z.string().nullable(),
    published_counts_from: day.nullable(),
  })
  .strict()
  .transform((i): Inspection => ({
    forceId: i.force_id,
    programmeId: i.programme_id,
    reportUrl: i.report_url,
    publishedOn: i.published_on,
    publishedCountsFrom: i.published_counts_from,
  }));

const placesJson = z.object({
  forces: z.array(forceJson).nullable(),
  programmes: z.array(programmeJson).nullable(),
  areas: z.array(areaJson).nullable(),
  inspections: z.array(inspectionJson).nullable(),
});

/**
 * Parses those of the tables of forces, programmes, areas and inspections the change log returned
 * (null for each it did not). The database sorted the programmes (oldest first) and the areas (by
 * position), as the whole read does (store.ts).
 */
export function parsePlaceRows(json: unknown): Partial<PlaceRows> {
  const { forces, programmes, areas, inspections } = placesJson.parse(json);
  return {
    ...(forces ? { forces } : {}),
    ...(programmes ? { programmes: withTheirAreas(programmes, areas ?? []) } : {}),
    ...(inspections ? { inspections } : {}),
  };
}

function withTheirAreas(programmes: readonly Programme[], areas: readonly Area[]): ProgrammeRow[] {
  const areasOf = new Map<string, Area[]>();
  for (const area of areas) {
    const list = areasOf.get(area.programmeId);
    if (list) list.push(area);
    else areasOf.set(area.programmeId, [area]);
  }
  return programmes.map((p) => ({ ...p, areas: areasOf.get(p.id) ?? [] }));
}
