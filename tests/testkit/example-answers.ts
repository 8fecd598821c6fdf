/**
 * The answer of each operation in examples/, computed from the CSV files through the independent
 * references (reference.ts, analysis-expectations.ts) and shaped as the operation asks for it.
 */
import {
  areaRow,
  areasOf,
  bundledCsv,
  byName,
  expectedChanges,
  expectedMeasure,
  expectedRanking,
  expectedReason,
  expectedSimilar,
  forceName,
  gradeTable,
  scaleOf,
} from './analysis-expectations.js';
import { gradeEnum, programmeId } from './bundled-csv.js';
import {
  compareIn,
  GRADES_BEST_FIRST,
  gradesOfScale,
  referenceGrades,
  referenceInspection,
  referenceInspections,
  referenceList,
  type RefListed,
  referenceStats,
  type Where,
} from './reference.js';

const csv = bundledCsv();
const grades = referenceGrades();
const LATEST = 'PEEL 2023–25';
const LATEST_ID = programmeId(LATEST);

type Order = Parameters<typeof compareIn>[0];

/** Text by character code. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The grades matching `where` now, in `order`; ties (which the API breaks its own way) by id. */
function listed(where: Where, order: Order): RefListed[] {
  return referenceList(grades, where, null).sort((a, b) => compareIn(order, a, b) || byCode(a.grade.id, b.grade.id));
}

/** Stands for an opaque cursor, which the test checks by the page it leads to. */
export const CHECKED_CURSOR = 'a cursor checked by the page it leads to';

const scaleEnum = (programme: string) => (scaleOf(csv, programme) === 'five-tier' ? 'FIVE_TIER' : 'FOUR_TIER');

function connection<T>(found: readonly RefListed[], first: number, node: (l: RefListed) => T) {
  return { totalCount: found.length, nodes: found.slice(0, first).map(node) };
}

function comparison(forces: readonly string[], programme: string) {
  const table = gradeTable(csv, programme);
  const areas = areasOf(csv, programme);
  return {
    areas: areas.map((name) => ({ name })),
    rows: forces.map((id) => ({
      force: { shortName: csv.forces.find((f) => f.id === id)?.short_name },
      cells: areas.map((area) => {
        const word = table.get(id)?.get(area);
        return word ? { grade: gradeEnum(word), status: 'GRADED' } : { grade: null, status: 'NOT_KNOWN' };
      }),
    })),
  };
}

function distribution(programme: string, area: string, asOf: string) {
  const found = referenceList(grades, { programme: { eq: programmeId(programme) }, area: { eq: area } }, asOf);
  return {
    counts: gradesOfScale(scaleEnum(programme)).map((grade) => ({
      grade,
      count: found.filter((l) => l.then === grade).length,
    })),
    notKnown: csv.forces.length - found.length,
  };
}

const ANSWERS: Record<string, () => Record<string, unknown>> = {
  'outstanding-police-powers.graphql': () => ({
    forcesWithGrade: listed(
      {
        programme: { eq: LATEST_ID },
        area: { eq: 'police-powers-and-public-treatment' },
        grade: { eq: 'OUTSTANDING' },
      },
      [],
    )
      .sort((a, b) => byName(a.grade.forceName, b.grade.forceName))
      .map(({ grade }) => {
        const inspection = referenceInspection(grades, grade.forceId, LATEST_ID);
        return {
          id: grade.forceId,
          name: grade.forceName,
          inspection: inspection && { publishedOn: inspection.publishedOn, reportUrl: inspection.reportUrl },
        };
      }),
  }),

  'responding-by-region-and-grade.graphql': () => ({
    gradeStats: referenceStats(
      referenceList(grades, { programme: { eq: LATEST_ID }, area: { eq: 'responding-to-the-public' } }, null),
      ['REGION', 'GRADE'],
    )
      .map((g) => ({ region: g.keys.REGION as string, grade: g.keys.GRADE as string, count: g.count }))
      .sort(
        (a, b) => byName(a.region, b.region) || GRADES_BEST_FIRST.indexOf(a.grade) - GRADES_BEST_FIRST.indexOf(b.grade),
      ),
  }),

  'head-to-head-across-cycles.graphql': () => ({
    peel2021: comparison(['cambridgeshire', 'norfolk'], 'PEEL 2021/22'),
    peel2023: comparison(['cambridgeshire', 'norfolk'], LATEST),
  }),

  'weakest-in-investigating-crime.graphql': () => ({
    grades: connection(
      listed(
        { programme: { eq: LATEST_ID }, area: { eq: 'investigating-crime' }, grade: { lte: 'REQUIRES_IMPROVEMENT' } },
        [
          { field: 'GRADE', direction: 'DESC' },
          { field: 'FORCE_NAME', direction: 'ASC' },
        ],
      ),
      100,
      (l) => ({ force: { name: l.grade.forceName }, grade: l.then, sourceUrl: l.grade.sourceUrl }),
    ),
  }),

  'inferred-grades.graphql': () => ({
    grades: connection(listed({ basis: { eq: 'INFERRED' } }, []), 100, (l) => ({
      id: l.grade.id,
      grade: l.then,
      note: l.grade.note,
      sourceUrl: l.grade.sourceUrl,
    })),
  }),

  'published-in-2024.graphql': () => {
    const found = listed({ publishedOn: { gte: '2024-01-01', lte: '2024-12-31' } }, [
      { field: 'PUBLISHED_ON', direction: 'ASC' },
    ]);
    const page = connection(found, 100, (l) => ({ id: l.grade.id, grade: l.then, publishedOn: l.grade.published }));
    return { grades: { ...page, pageInfo: { hasNextPage: found.length > 100, endCursor: CHECKED_CURSOR } } };
  },

  'force-history.graphql': () => ({
    force: {
      name: forceName(csv, 'cambridgeshire'),
      inspections: referenceInspections(grades, 'cambridgeshire').map((i) => ({
        programme: { name: i.programme, scale: i.scale },
        publishedOn: i.publishedOn,
        reportUrl: i.reportUrl,
        grades: i.grades.map((g) => ({
          area: { name: g.areaName },
          grade: g.current,
          basis: g.basis,
          publishedOn: g.published,
          sourceUrl: g.sourceUrl,
        })),
      })),
    },
  }),

  'amended-grade-as-of.graphql': () => ({
    before: distribution(LATEST, 'responding-to-the-public', '2024-06-01'),
    after: distribution(LATEST, 'responding-to-the-public', '2024-09-01'),
  }),

  'welsh-forces-latest.graphql': () => ({
    forces: csv.forces
      .filter((f) => f.country === 'Wales')
      .sort((a, b) => byName(a.name, b.name))
      .map((f) => {
        const inspection = referenceInspection(grades, f.id, LATEST_ID);
        const ofArea = inspection?.grades.map((g) => ({ area: { name: g.areaName }, grade: g.current }));
        return { name: f.name, inspection: ofArea ? { grades: ofArea } : null };
      }),
  }),

  'mean-score-by-programme.graphql': () => ({
    // One group per programme with grades, oldest first.
    gradeStats: csv.programmes.flatMap(({ programme }) =>
      referenceStats(referenceList(grades, { programme: { eq: programmeId(programme) } }, null), []).map((g) => ({
        programme: { name: programme, scale: scaleEnum(programme) },
        count: g.count,
        meanScore: g.meanScore,
      })),
    ),
  }),

  'rank-forces-latest.graphql': () => ({
    rankForces: expectedRanking(csv, LATEST).map((r) => ({
      rank: r.rank,
      force: { name: forceName(csv, r.force) },
      meanScore: r.meanScore,
      knownAreas: r.knownAreas,
      complete: r.complete,
      missingAreas: r.missingAreas.map((slug) => ({ name: areaRow(csv, LATEST, slug).area })),
    })),
  }),

  'changes-between-cycles.graphql': () => ({
    gradeChanges: expectedChanges(csv, 'PEEL 2021/22', LATEST, 'cambridgeshire').map((c) => ({
      fromArea: { name: areaRow(csv, 'PEEL 2021/22', c.fromArea).area },
      toArea: { name: areaRow(csv, LATEST, c.toArea).area },
      fromGrade: c.fromGrade,
      toGrade: c.toGrade,
      direction: c.direction,
      comparable: c.comparable,
      reason: expectedReason(csv, 'PEEL 2021/22', LATEST, c.fromArea, c.toArea),
    })),
  }),

  'similar-to-cambridgeshire.graphql': () => ({
    similarForces: expectedSimilar(csv, 'cambridgeshire', LATEST, 3)
      .slice(0, 5)
      .map((s) => ({
        force: { name: forceName(csv, s.force) },
        distance: s.distance,
        sharedAreas: s.sharedAreas,
        measure: expectedMeasure(csv, LATEST, s.sharedAreas),
      })),
  }),
};

/** The expected answer of an example, by file name; undefined for an example with none. */
export const exampleAnswer = (name: string) => ANSWERS[name]?.();
