/**
 * Rules each example's answer must follow, checked on their own terms besides the whole answer
 * (example-answers.ts): a second look that does not rest on the reference being right.
 */
import { expect } from 'vitest';

import { expectedCounts, forcesCsv, gradesCsv } from './bundled-csv.js';
import { expectedGrades, GRADE_RANK } from './grade-rows.js';

type Data = Record<string, unknown>;
const byName = (a: string, b: string) => a.localeCompare(b, 'en');

export const EXAMPLE_PROPERTIES: Record<string, (data: Data) => void> = {
  'outstanding-police-powers.graphql': (data) => {
    const expected = expectedGrades()
      .filter(
        (g) =>
          g.programmeId === 'peel-2023-25' &&
          g.areaId === 'police-powers-and-public-treatment' &&
          g.grade === 'OUTSTANDING',
      )
      .map((g) => g.forceId);
    expect((data.forcesWithGrade as { id: string }[]).map((f) => f.id).sort()).toEqual(expected.sort());
    expect(expected).toContain('cambridgeshire');
  },
  'responding-by-region-and-grade.graphql': (data) => {
    const groups = data.gradeStats as { region: string; grade: string; count: number }[];
    const rows = expectedGrades().filter(
      (g) => g.programmeId === 'peel-2023-25' && g.areaId === 'responding-to-the-public',
    );
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(rows.length);
    for (const group of groups) {
      expect(group.count).toBe(rows.filter((g) => g.region === group.region && g.grade === group.grade).length);
    }
  },
  'head-to-head-across-cycles.graphql': (data) => {
    for (const [alias, programme] of [
      ['peel2021', 'peel-2021-22'],
      ['peel2023', 'peel-2023-25'],
    ] as const) {
      const table = data[alias] as { rows: { force: { shortName: string }; cells: { grade: string | null }[] }[] };
      expect(table.rows.map((r) => r.force.shortName)).toEqual(['Cambridgeshire', 'Norfolk']);
      for (const [i, forceId] of ['cambridgeshire', 'norfolk'].entries()) {
        const known = table.rows[i]!.cells.filter((c) => c.grade !== null).length;
        expect(known).toBe(expectedGrades().filter((g) => g.forceId === forceId && g.programmeId === programme).length);
      }
    }
  },
  'weakest-in-investigating-crime.graphql': (data) => {
    const result = data.grades as { totalCount: number; nodes: { force: { name: string }; grade: string }[] };
    const expected = expectedGrades()
      .filter(
        (g) =>
          g.programmeId === 'peel-2023-25' && g.areaId === 'investigating-crime' && GRADE_RANK.indexOf(g.grade) >= 3,
      )
      .sort(
        (a, b) => GRADE_RANK.indexOf(b.grade) - GRADE_RANK.indexOf(a.grade) || (a.forceName < b.forceName ? -1 : 1),
      );
    expect(result.totalCount).toBe(expected.length);
    expect(result.nodes.map((n) => `${n.force.name} ${n.grade}`)).toEqual(
      expected.map((g) => `${g.forceName} ${g.grade}`),
    );
  },
  'inferred-grades.graphql': (data) => {
    const result = data.grades as { totalCount: number; nodes: { id: string }[] };
    const expected = expectedGrades().filter((g) => g.basis === 'INFERRED');
    expect(result.totalCount).toBe(expected.length);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(expected.map((g) => g.id).sort());
  },
  'published-in-2024.graphql': (data) => {
    const result = data.grades as { totalCount: number; nodes: { publishedOn: string }[] };
    const expected = gradesCsv().filter((g) => g.published.startsWith('2024'));
    expect(result.totalCount).toBe(expected.length);
    const dates = result.nodes.map((n) => n.publishedOn);
    expect(dates.every((d) => d.startsWith('2024'))).toBe(true);
  },
  'force-history.graphql': (data) => {
    const force = data.force as { inspections: { grades: { sourceUrl: string }[] }[] };
    const grades = force.inspections.flatMap((i) => i.grades);
    const expected = gradesCsv().filter((g) => g.force_id === 'cambridgeshire');
    expect(grades).toHaveLength(expected.length);
    expect(grades.map((g) => g.sourceUrl).sort()).toEqual(expected.map((g) => g.source_url).sort());
  },
  'amended-grade-as-of.graphql': (data) => {
    for (const [alias, asOf] of [
      ['before', '2024-06-01'],
      ['after', '2024-09-01'],
    ] as const) {
      const distribution = data[alias] as { counts: { grade: string; count: number }[]; notKnown: number };
      const expected = expectedCounts('PEEL 2023–25', 'Responding to the public', asOf);
      expect(Object.fromEntries(distribution.counts.map((c) => [c.grade, c.count]))).toEqual(expected.counts);
      expect(distribution.notKnown).toBe(43 - expected.known);
    }
  },
  'welsh-forces-latest.graphql': (data) => {
    const forces = data.forces as { name: string; inspection: { grades: unknown[] } | null }[];
    const welsh = forcesCsv().filter((f) => f.country === 'Wales');
    expect(forces.map((f) => f.name)).toEqual(welsh.map((f) => f.name).sort(byName));
    for (const force of forces) {
      const id = welsh.find((f) => f.name === force.name)!.id;
      const expected = gradesCsv().filter((g) => g.force_id === id && g.programme === 'PEEL 2023–25').length;
      expect(force.inspection?.grades.length ?? 0).toBe(expected);
    }
  },
  'mean-score-by-programme.graphql': (data) => {
    const groups = data.gradeStats as { programme: { name: string }; count: number; meanScore: number }[];
    expect(groups.map((g) => g.programme.name)).toEqual([
      'PEEL 2015',
      'PEEL 2016',
      'PEEL 2017',
      'PEEL 2018/19',
      'PEEL 2021/22',
      'PEEL 2023–25',
    ]);
    for (const group of groups) {
      expect(group.count).toBe(gradesCsv().filter((g) => g.programme === group.programme.name).length);
      expect(group.meanScore).toBeGreaterThan(0);
    }
  },
  'rank-forces-latest.graphql': (data) => {
    const ranks = data.rankForces as {
      rank: number | null;
      meanScore: number;
      complete: boolean;
      knownAreas: number;
    }[];
    const firstIncomplete = ranks.findIndex((r) => !r.complete);
    expect(firstIncomplete).toBeGreaterThan(0);
    expect(ranks.slice(firstIncomplete).every((r) => !r.complete && r.rank === null)).toBe(true);
    const complete = ranks.slice(0, firstIncomplete);
    expect(complete.every((r) => r.knownAreas === 9 && r.rank !== null)).toBe(true);
    for (let i = 1; i < complete.length; i++) {
      const [a, b] = [complete[i - 1]!, complete[i]!];
      expect(a.meanScore).toBeGreaterThanOrEqual(b.meanScore);
      expect(b.rank).toBe(a.meanScore === b.meanScore ? a.rank : i + 1);
    }
  },
  'changes-between-cycles.graphql': (data) => {
    const changes = data.gradeChanges as { toArea: { name: string }; toGrade: string | null; comparable: boolean }[];
    const latest = gradesCsv().filter((g) => g.force_id === 'cambridgeshire' && g.programme === 'PEEL 2023–25');
    for (const change of changes.filter((c) => c.toGrade !== null)) {
      expect(
        expectedGrades().find(
          (g) => g.id === `cambridgeshire/peel-2023-25/${change.toArea.name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
        )?.grade,
      ).toBe(change.toGrade);
    }
    expect(changes.filter((c) => c.toGrade !== null).length).toBeLessThanOrEqual(latest.length);
    expect(changes.every((c) => !c.comparable)).toBe(true);
  },
  'similar-to-cambridgeshire.graphql': (data) => {
    const similar = data.similarForces as { force: { name: string }; distance: number; sharedAreas: number }[];
    expect(similar).toHaveLength(5);
    expect(similar.map((s) => s.force.name)).not.toContain('Cambridgeshire Constabulary');
    const distances = similar.map((s) => s.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(similar.every((s) => s.sharedAreas >= 3)).toBe(true);
  },
};
