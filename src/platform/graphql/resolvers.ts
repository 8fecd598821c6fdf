import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { analysisQueries } from '../../analysis/resolvers.js';
import { ComparisonCell, comparisonQueries } from '../../comparison/resolvers.js';
import { DateScalar } from './date-scalar.js';
import { JsonScalar } from './json-scalar.js';
import { AuditEntry, editingMutations, editingQueries } from '../../editing/resolvers.js';
import { Force, forceQueries } from '../../forces/resolvers.js';
import {
  GradeAmendment,
  GradeConnection,
  GradeEdge,
  GradeGroup,
  gradeQueries,
  GradeRecord,
  PageInfo,
} from '../../grades/resolvers.js';
import { Inspection } from '../../inspections/resolvers.js';
import { Area, Programme, programmeQueries } from '../../programmes/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: {
    ...forceQueries,
    ...programmeQueries,
    ...comparisonQueries,
    ...gradeQueries,
    ...analysisQueries,
    ...editingQueries,
  },
  Mutation: editingMutations,
  Force,
  Programme,
  Area,
  Inspection,
  GradeRecord,
  GradeAmendment,
  ComparisonCell,
  GradeConnection,
  GradeEdge,
  PageInfo,
  GradeGroup,
  AuditEntry,
};
