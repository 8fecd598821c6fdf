import type { Resolvers } from './__generated__/resolvers-types.js';
import { analysisQueries } from './analysis/resolvers.js';
import { ComparisonCell, comparisonQueries } from './comparison/resolvers.js';
import { DateScalar } from './dates/date-scalar.js';
import { Force, forceQueries } from './forces/resolvers.js';
import { GradeAmendment, GradeConnection, GradeGroup, gradeQueries, GradeRecord } from './grades/resolvers.js';
import { Inspection } from './inspections/resolvers.js';
import { Area, Programme, programmeQueries } from './programmes/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...forceQueries, ...programmeQueries, ...comparisonQueries, ...gradeQueries, ...analysisQueries },
  Force,
  Programme,
  Area,
  Inspection,
  GradeRecord,
  GradeAmendment,
  ComparisonCell,
  GradeConnection,
  GradeGroup,
};
