import type { Grade } from '@prisma/client';

import type { Context } from '../platform/graphql/context.js';
import { listForces } from '../forces/service.js';
import { matchingAmong } from '../grades/matching.js';
import { SCALE_GRADES } from '../grades/scale.js';
import type { ForceRow } from '../peel-data/rows.js';
import { requireProgramme } from '../programmes/service.js';
import { byForceName } from './profiles.js';
import type { RegionResult } from './types.js';

/**
 * Each region (the distinct `Force.region` values), ordered by name, with its forces by name and
 * how many current grades its forces hold of each grade: of the programme's scale when one is
 * given, else of all five grades (every programme's grades, so counts only, never scores).
 */
export function regions(ctx: Context, args: { programme: string | null }): RegionResult[] {
  const programme = args.programme === null ? null : requireProgramme(ctx, args.programme);
  const grades: readonly Grade[] = programme ? SCALE_GRADES[programme.scale] : SCALE_GRADES.FIVE_TIER;
  const entries = programme ? ctx.data.gradesOfProgramme(programme.id) : ctx.data.grades;
  const counted = new Map<string, number>();
  for (const { entry, grade } of matchingAmong(entries, null, null)) {
    const key = `${entry.force.region}|${grade}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }

  const forcesByRegion = new Map<string, ForceRow[]>();
  for (const force of listForces(ctx, { country: null, region: null })) {
    const list = forcesByRegion.get(force.region);
    if (list) list.push(force);
    else forcesByRegion.set(force.region, [force]);
  }
  return [...forcesByRegion]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([name, members]): RegionResult => {
      const counts = grades.map((grade) => ({ grade, count: counted.get(`${name}|${grade}`) ?? 0 }));
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
