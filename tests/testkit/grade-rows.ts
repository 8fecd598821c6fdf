import { forcesCsv, gradeEnum, gradesCsv, programmeId, slugOf } from './bundled-csv.js';

/** A grades.csv row with the ids and force facts the API filters on, computed in the test. */
export interface ExpectedGrade {
  readonly id: string;
  readonly forceId: string;
  readonly forceName: string;
  readonly region: string;
  readonly country: string;
  readonly programmeId: string;
  readonly areaId: string;
  readonly grade: string;
  readonly basis: string;
  readonly sourceUrl: string;
  readonly published: string;
}

export function expectedGrades(): ExpectedGrade[] {
  const forces = new Map(forcesCsv().map((f) => [f.id, f]));
  return gradesCsv().map((g) => {
    const force = forces.get(g.force_id);
    if (!force) throw new Error(`grades.csv names unknown force ${g.force_id}`);
    const programme = programmeId(g.programme);
    return {
      id: `${g.force_id}/${programme}/${slugOf(g.area)}`,
      forceId: g.force_id,
      forceName: force.name,
      region: force.region,
      country: force.country,
      programmeId: programme,
      areaId: slugOf(g.area),
      grade: gradeEnum(g.grade),
      basis: g.basis.toUpperCase(),
      sourceUrl: g.source_url,
      published: g.published,
    };
  });
}

/** Best first, as the API documents: Outstanding … Inadequate on both scales. */
export const GRADE_RANK = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];
