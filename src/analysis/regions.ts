import type { Grade } from '@prisma/client';

import type { Context } from '../context.js';
import { listForces } from '../forces/service.js';
import type { ForceRow } from '../forces/store.js';
import { countGradesBy } from '../grades/query-store.js';
import { SCALE_GRADES } from '../grades/scale.js';
import { requireProgramme } from '../programmes/service.js';
import { byForceName } from './profiles.js';
import type { RegionResult } from './types.js';

/**
 * Each region (the distinct `Force.region` values), ordered by name, with its forces by name and
 * how many current grades its forces hold of each grade: of the programme's scale when one is
 * given, else of all five grades (every programme's grades, so counts only, never scores).
 */
export async function regions(ctx: Context, args: { programme: string | null }): Promise<RegionResult[]> {
  const programme = args.programme === null ? null : await requireProgramme(ctx, args.programme);
  const grades: readonly Grade[] = programme ? SCALE_GRADES[programme.scale] : SCALE_GRADES.FIVE_TIER;
  const [forces, counted] = await Promise.all([
    listForces(ctx, { country: null, region: null }),
    countGradesBy(ctx.db.reads, { where: programme ? { programme: { eq: programme.id } } : null, asOf: null }, [
      'region',
    ]),
  ]);

  const forcesByRegion = new Map<string, ForceRow[]>();
  for (const force of forces) {
    const list = forcesByRegion.get(force.region);
    if (list) list.push(force);
    else forcesByRegion.set(force.region, [force]);
  }
  // Across programmes a region and grade come once per scale: add them up.
  const count = (region: string, grade: Grade) =>
    counted.filter((c) => c.region === region && c.grade === grade).reduce((sum, c) => sum + c.count, 0);

  return [...forcesByRegion]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([name, members]): RegionResult => {
      const counts = grades.map((grade) => ({ grade, count: count(name, grade) }));
      // An ONS region lies in one country; were a region to span two, both are named.
      const country = [...new Set(members.map((f) => f.country))].sort().join(' and ');
      return {
        name,
        country,
        forces: [...members].sort(byForceName),
        counts,
        total: counts.reduce((sum, c) => sum + c.count, 0),
      };
    });
}
