/**
 * The questions `npm run bench -- --peer` asks both peelgraph and its peer, PostGraphile
 * (bench/peer/server.mjs), over the same PostgreSQL tables: for each, peelgraph's operation,
 * PostGraphile's equivalent, and a normaliser for each side's answer into one shape, so that the
 * two answers are checked equal before anything is timed (`assertEqualAnswers`).
 *
 * PostGraphile's names come from the tables: `allGradeRecords` is the `grade` table (renamed by a
 * smart tag, see bench/peer/server.mjs), a column `id` is `rowId`, relations are
 * `<table>By<Columns>` (`inspectionByForceIdAndProgrammeId`). The amber preset orders and filters
 * (`condition`, equality only) by indexed columns only; the ad hoc filter uses
 * postgraphile-plugin-connection-filter and the grouping @graphile/pg-aggregates, both in the peer.
 */
import { deepStrictEqual } from 'node:assert/strict';

import type { BenchOperation } from './operations.js';

export type Normaliser = (data: unknown) => unknown;

export interface PeerSide {
  readonly operation: BenchOperation;
  readonly normalise: Normaliser;
}

export interface PeerQuestion {
  readonly name: string;
  /** The question in words, as the results file shows it. */
  readonly title: string;
  readonly peelgraph: PeerSide;
  /** PostGraphile's equivalent, or why there is none (the question is then timed on peelgraph only). */
  readonly peer: PeerSide | { readonly missing: string };
  /** What a reader must know to read the comparison (orders, what the normalisers assemble). */
  readonly notes: readonly string[];
}

// The normalisers read answers whose shape their own operation fixes; these helpers narrow
// `unknown` without a cast per field and fail loudly when an answer is not the shape asked for.
type Json = Record<string, unknown>;
function object(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what}: not an object`);
  return value as Json;
}
function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what}: not a list`);
  return value;
}
function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) current = object(current, path)[key];
  return current;
}
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
/** An area's slug from its peelgraph id (`peel-2023-25/investigating-crime`) or a slug. */
const slug = (areaId: unknown) => String(areaId).slice(String(areaId).indexOf('/') + 1);

/** One grade row of a `grades` answer, from either side. */
interface GradeRow {
  id: string;
  grade: unknown;
  basis?: unknown;
  sourceUrl?: unknown;
  publishedOn?: unknown;
  force: unknown;
  area: unknown;
}
const peelgraphGrade = (node: unknown, full: boolean): GradeRow => {
  const n = object(node, 'grade');
  return {
    id: String(n.id),
    grade: n.grade,
    ...(full ? { basis: n.basis, sourceUrl: n.sourceUrl, publishedOn: n.publishedOn } : {}),
    force: at(n, 'force.name'),
    area: at(n, 'area.name'),
  };
};
const peerGrade = (node: unknown, full: boolean): GradeRow => {
  const n = object(node, 'grade');
  return {
    id: `${String(n.forceId)}/${String(n.programmeId)}/${String(n.areaId)}`,
    grade: n.grade,
    ...(full ? { basis: n.basis, sourceUrl: n.sourceUrl, publishedOn: n.publishedOn } : {}),
    force: at(n, 'inspectionByForceIdAndProgrammeId.forceByForceId.name'),
    area: at(n, 'areaByProgrammeIdAndAreaId.name'),
  };
};
const PEER_GRADE_FIELDS = `forceId programmeId areaId grade`;
const PEER_GRADE_NAMES = `inspectionByForceIdAndProgrammeId { forceByForceId { name } } areaByProgrammeIdAndAreaId { name }`;

export function peerQuestions(forceIds: readonly string[], programme: string): PeerQuestion[] {
  return [
    {
      name: 'forcesWithGrade',
      title: `The seed question: forces Outstanding in police powers and public treatment (${programme}), with their inspection`,
      peelgraph: {
        operation: {
          name: 'forcesWithGrade',
          query: `query ForcesWithGrade($p: ID!) { forcesWithGrade(programme: $p, area: "police-powers-and-public-treatment", grade: OUTSTANDING) {
            id name inspection(programme: $p) { publishedOn reportUrl } } }`,
          variables: { p: programme },
        },
        normalise: (data) =>
          list(at(data, 'forcesWithGrade'), 'forcesWithGrade')
            .map((f) => {
              const force = object(f, 'force');
              return {
                id: force.id,
                name: force.name,
                publishedOn: at(force, 'inspection.publishedOn'),
                reportUrl: at(force, 'inspection.reportUrl'),
              };
            })
            .sort(byKey((f) => String(f.id))),
      },
      peer: {
        operation: {
          name: 'forcesWithGrade',
          query: `query ForcesWithGrade($p: String!) { allGradeRecords(condition: { programmeId: $p, areaId: "police-powers-and-public-treatment", grade: OUTSTANDING }, orderBy: FORCE_ID_ASC) {
            nodes { inspectionByForceIdAndProgrammeId { publishedOn reportUrl forceByForceId { rowId name } } } } }`,
          variables: { p: programme },
        },
        normalise: (data) =>
          list(at(data, 'allGradeRecords.nodes'), 'nodes')
            .map((node) => {
              const inspection = object(at(node, 'inspectionByForceIdAndProgrammeId'), 'inspection');
              return {
                id: at(inspection, 'forceByForceId.rowId'),
                name: at(inspection, 'forceByForceId.name'),
                publishedOn: inspection.publishedOn,
                reportUrl: inspection.reportUrl,
              };
            })
            .sort(byKey((f) => String(f.id))),
      },
      notes: [
        'peelgraph orders the forces by name, PostGraphile (which orders only by indexed columns) by id: compared as sets.',
      ],
    },
    {
      name: 'compareForces',
      title: `compareForces: all ${forceIds.length} forces × every area of ${programme}`,
      peelgraph: {
        operation: {
          name: 'compareForces',
          query: `query CompareForces($f: [ID!]!, $p: ID!) { compareForces(forces: $f, programme: $p) {
            areas { id name } rows { force { id name } cells { grade status } } } }`,
          variables: { f: forceIds, p: programme },
        },
        normalise: (data) => {
          const comparison = object(at(data, 'compareForces'), 'compareForces');
          const areas = list(comparison.areas, 'areas').map((a) => ({
            slug: slug(object(a, 'area').id),
            name: object(a, 'area').name,
          }));
          const rows = list(comparison.rows, 'rows').map((r) => {
            const row = object(r, 'row');
            const cells: Record<string, unknown> = {};
            list(row.cells, 'cells').forEach((c, i) => {
              const cell = object(c, 'cell');
              if (cell.status !== 'GRADED' && cell.status !== 'NOT_KNOWN')
                throw new Error(`compareForces: unexpected status ${String(cell.status)}`);
              cells[areas[i]?.slug ?? `#${i}`] = cell.status === 'GRADED' ? cell.grade : null;
            });
            return { id: at(row, 'force.id'), name: at(row, 'force.name'), cells };
          });
          return { areas: areas.sort(byKey((a) => a.slug)), rows: rows.sort(byKey((r) => String(r.id))) };
        },
      },
      peer: {
        operation: {
          name: 'compareForces',
          query: `query CompareForces($p: String!) {
            programmeByRowId(rowId: $p) { areasByProgrammeId { nodes { rowId name } } }
            allForces(orderBy: ROW_ID_ASC) { nodes { rowId name
              inspectionsByForceId(condition: { programmeId: $p }) { nodes { gradeRecordsByForceIdAndProgrammeId { nodes { areaId grade } } } } } } }`,
          variables: { p: programme },
        },
        normalise: (data) => {
          const areas = list(at(data, 'programmeByRowId.areasByProgrammeId.nodes'), 'areas').map((a) => ({
            slug: String(object(a, 'area').rowId),
            name: object(a, 'area').name,
          }));
          const rows = list(at(data, 'allForces.nodes'), 'forces')
            .filter((f) => forceIds.includes(String(object(f, 'force').rowId)))
            .map((f) => {
              const force = object(f, 'force');
              const cells: Record<string, unknown> = Object.fromEntries(areas.map((a) => [a.slug, null]));
              for (const inspection of list(at(force, 'inspectionsByForceId.nodes'), 'inspections'))
                for (const g of list(at(inspection, 'gradeRecordsByForceIdAndProgrammeId.nodes'), 'grades'))
                  cells[String(object(g, 'grade').areaId)] = object(g, 'grade').grade;
              return { id: force.rowId, name: force.name, cells };
            });
          return { areas: areas.sort(byKey((a) => a.slug)), rows: rows.sort(byKey((r) => String(r.id))) };
        },
      },
      notes: [
        "PostGraphile has no table type: it answers the programme's areas and each force's grades in the programme, and the normaliser lays them out as peelgraph's rows and cells (a missing grade is peelgraph's NOT_KNOWN). Areas and rows are compared sorted by id, since PostGraphile cannot order areas by their position (not indexed).",
        `PostGraphile is asked for all forces (\`allForces\`), peelgraph for the ${forceIds.length} ids: the same forces.`,
      ],
    },
    {
      name: 'grades100',
      title: '`grades(first: 100)` with force and area names, in peelgraph’s default order',
      peelgraph: {
        operation: {
          name: 'grades100',
          query: `query Grades100 { grades(first: 100) { totalCount pageInfo { hasNextPage endCursor }
            nodes { id grade basis sourceUrl publishedOn force { name } area { name } } } }`,
        },
        normalise: (data) => ({
          totalCount: at(data, 'grades.totalCount'),
          hasNextPage: at(data, 'grades.pageInfo.hasNextPage'),
          nodes: list(at(data, 'grades.nodes'), 'nodes').map((n) => peelgraphGrade(n, true)),
        }),
      },
      peer: {
        operation: {
          name: 'grades100',
          query: `query Grades100 { allGradeRecords(first: 100, orderBy: [PROGRAMME_ID_ASC, FORCE_ID_ASC, AREA_ID_ASC]) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { ${PEER_GRADE_FIELDS} basis sourceUrl publishedOn ${PEER_GRADE_NAMES} } } }`,
        },
        normalise: (data) => ({
          totalCount: at(data, 'allGradeRecords.totalCount'),
          hasNextPage: at(data, 'allGradeRecords.pageInfo.hasNextPage'),
          nodes: list(at(data, 'allGradeRecords.nodes'), 'nodes').map((n) => peerGrade(n, true)),
        }),
      },
      notes: [
        "Compared in order. peelgraph's default order is programme (oldest first), force name, area position; PostGraphile's is programme id, force id, area id. On this data they are the same order for the first 100 (programme ids sort oldest first, force ids sort as force names, and PEEL 2015's three areas sort alike by position, name and slug); the equality check fails if that stops holding.",
        'Cursors differ in form on the two sides: both are asked for, neither is compared.',
      ],
    },
    {
      name: 'gradesFilter',
      title: `An ad hoc \`grades\` filter: ${programme}, Requires improvement or Inadequate, with force and area names`,
      peelgraph: {
        operation: {
          name: 'gradesFilter',
          query: `query GradesFilter($p: ID!) { grades(where: { programme: { eq: $p }, grade: { in: [REQUIRES_IMPROVEMENT, INADEQUATE] } }, first: 100) {
            totalCount nodes { id grade force { name } area { name } } } }`,
          variables: { p: programme },
        },
        normalise: (data) => ({
          totalCount: at(data, 'grades.totalCount'),
          nodes: list(at(data, 'grades.nodes'), 'nodes')
            .map((n) => peelgraphGrade(n, false))
            .sort(byKey((g) => g.id)),
        }),
      },
      peer: {
        operation: {
          name: 'gradesFilter',
          query: `query GradesFilter($p: String!) { allGradeRecords(filter: { programmeId: { equalTo: $p }, grade: { in: [REQUIRES_IMPROVEMENT, INADEQUATE] } }, first: 100) {
            totalCount nodes { ${PEER_GRADE_FIELDS} ${PEER_GRADE_NAMES} } } }`,
          variables: { p: programme },
        },
        normalise: (data) => ({
          totalCount: at(data, 'allGradeRecords.totalCount'),
          nodes: list(at(data, 'allGradeRecords.nodes'), 'nodes')
            .map((n) => peerGrade(n, false))
            .sort(byKey((g) => g.id)),
        }),
      },
      notes: [
        "PostGraphile's `filter` argument is postgraphile-plugin-connection-filter's (the amber preset's `condition` has equality only). Every match fits in one page of 100, so the rows are compared as sets (sorted by id).",
      ],
    },
    {
      name: 'gradeStatsByArea',
      title: `A \`gradeStats\` grouping: ${programme}'s grades counted by area and grade`,
      peelgraph: {
        operation: {
          name: 'gradeStatsByArea',
          query: `query GradeStatsByArea($p: ID!) { gradeStats(where: { programme: { eq: $p } }, groupBy: [AREA, GRADE]) { area { slug } grade count } }`,
          variables: { p: programme },
        },
        normalise: (data) =>
          list(at(data, 'gradeStats'), 'gradeStats')
            .map((g) => ({ area: at(g, 'area.slug'), grade: at(g, 'grade'), count: Number(at(g, 'count')) }))
            .sort(byKey((g) => `${String(g.area)} ${String(g.grade)}`)),
      },
      peer: {
        operation: {
          name: 'gradeStatsByArea',
          query: `query GradeStatsByArea($p: String!) { allGradeRecords(condition: { programmeId: $p }) {
            groupedAggregates(groupBy: [AREA_ID, GRADE]) { keys distinctCount { rowId } } } }`,
          variables: { p: programme },
        },
        normalise: (data) =>
          list(at(data, 'allGradeRecords.groupedAggregates'), 'groupedAggregates')
            .map((g) => {
              const [area, grade] = list(at(g, 'keys'), 'keys');
              return { area, grade, count: Number(at(g, 'distinctCount.rowId')) };
            })
            .sort(byKey((g) => `${String(g.area)} ${String(g.grade)}`)),
      },
      notes: [
        "PostGraphile's `groupedAggregates` is @graphile/pg-aggregates' (0.2.0-rc.2, the release candidate of its PostGraphile 5 line). It has no plain row count per group: the count is `distinctCount { rowId }`, the distinct primary keys, which is the same number. peelgraph's `meanScore` is not asked for (pg-aggregates cannot compute it). Groups are compared as sets.",
      ],
    },
    {
      name: 'gradeStatsByRegion',
      title:
        'The README’s grouping: responding to the public, by region and grade (`gradeStats(groupBy: [REGION, GRADE])`)',
      peelgraph: {
        operation: {
          name: 'gradeStatsByRegion',
          query: `query GradeStatsByRegion($p: ID!) { gradeStats(where: { programme: { eq: $p }, area: { eq: "responding-to-the-public" } }, groupBy: [REGION, GRADE]) {
            region grade count } }`,
          variables: { p: programme },
        },
        normalise: (data) => data,
      },
      peer: {
        missing:
          "No equivalent in the peer: @graphile/pg-aggregates groups a table by its own columns (the `grade` table's force, programme, area and grade), and the region is a column of `force`, two joins away. Grouping by it would need a database function (a computed column) added for PostGraphile, or counting fetched rows in the client; neither is the peer as a user would point it at these tables, so this question is timed on peelgraph only and is in no ratio.",
      },
      notes: [],
    },
  ];
}

/** A GraphQL answer's `data`, failing on a transport error or any GraphQL error. */
export async function fetchData(url: string, operation: BenchOperation): Promise<{ data: unknown; bytes: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  const text = await response.text();
  let answer: { data?: unknown; errors?: unknown[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`${operation.name} at ${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || answer.errors || answer.data == null)
    throw new Error(`${operation.name} at ${url}: HTTP ${response.status}: ${text.slice(0, 1000)}`);
  return { data: answer.data, bytes: Buffer.byteLength(text) };
}

/**
 * Asks the peer and every peelgraph server the question and fails, with a diff of the normalised
 * answers, unless they are all equal. Returns each side's answer size in bytes (uncompressed).
 */
export async function assertEqualAnswers(
  question: PeerQuestion,
  peerUrl: string,
  peelgraphUrls: Readonly<Record<string, string>>,
): Promise<{ peelgraphBytes: number; peerBytes: number | null }> {
  const answers = await Promise.all(
    Object.entries(peelgraphUrls).map(async ([configuration, url]) => {
      const { data, bytes } = await fetchData(url, question.peelgraph.operation);
      return { configuration, shape: question.peelgraph.normalise(data), bytes };
    }),
  );
  const [first, ...others] = answers;
  if (!first) throw new Error('assertEqualAnswers: no peelgraph server');
  for (const other of others)
    deepStrictEqual(
      other.shape,
      first.shape,
      `${question.name}: peelgraph (${other.configuration}) and peelgraph (${first.configuration}) answer differently`,
    );
  if ('missing' in question.peer) return { peelgraphBytes: first.bytes, peerBytes: null };
  const peer = await fetchData(peerUrl, question.peer.operation);
  // The diff reads "+ expected" for peelgraph's answer and "- actual" for PostGraphile's.
  deepStrictEqual(
    question.peer.normalise(peer.data),
    first.shape,
    `${question.name}: PostGraphile's answer (actual) differs from peelgraph's (expected)`,
  );
  return { peelgraphBytes: first.bytes, peerBytes: peer.bytes };
}
