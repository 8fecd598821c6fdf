/**
 * What the grades domain answers: the list of grades a page at a time (list.ts) and grouped counts
 * (stats.ts). Resolvers and other domains use it from here. Its rules live one per concern beside
 * it: the "as of" rule (as-of.ts), filters (where.ts), orders (order.ts), cursors (cursor.ts), the
 * grades that match (matching.ts) and the grade scales (scale.ts).
 */
export {
  type GradeConnectionResult,
  type GradeEdgeResult,
  listGradesPage,
  orderedGrades,
  PAGE_SIZE_DEFAULT,
  type PageInfoResult,
} from './list.js';
export { type GradeGroupResult, gradeStats, meanScore } from './stats.js';
