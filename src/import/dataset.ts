import type { Grade, GradeBasis, GradeScale } from '@prisma/client';

/** The bundled dataset's content, checked and in the model's terms, ready to be written. */
export interface Dataset {
  forces: ForceInput[];
  programmes: ProgrammeInput[];
  areas: AreaInput[];
  inspections: InspectionInput[];
  grades: GradeInput[];
  amendments: AmendmentInput[];
}

export interface ForceInput {
  id: string;
  name: string;
  shortName: string;
  formerNames: string[];
  country: string;
  region: string;
  website: string | null;
}

export interface ProgrammeInput {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
  scale: GradeScale;
}

export interface AreaInput {
  programmeId: string;
  id: string;
  name: string;
  position: number;
  theme: string | null;
}

export interface InspectionInput {
  forceId: string;
  programmeId: string;
  reportUrl: string | null;
  publishedOn: string | null;
  publishedCountsFrom: Date | null;
}

export interface GradeInput {
  forceId: string;
  programmeId: string;
  areaId: string;
  grade: Grade;
  basis: GradeBasis;
  sourceUrl: string;
  note: string | null;
  publishedOn: string | null;
  publishedCountsFrom: Date | null;
}

export interface AmendmentInput {
  forceId: string;
  programmeId: string;
  areaId: string;
  fromGrade: Grade;
  toGrade: Grade;
  amendedOn: string;
  amendedCountsFrom: Date;
  sourceUrl: string;
  note: string | null;
}
