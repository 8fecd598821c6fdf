import type { AreaResolvers, ProgrammeResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { SCALE_GRADES } from '../grades/scale.js';
import { areaIdOf } from '../peel-data/ids.js';
import { areasWithSameTheme, findProgramme, listProgrammes, programmeOfArea } from './service.js';

export const programmeQueries: Pick<QueryResolvers, 'programmes' | 'programme'> = {
  programmes: (_, __, ctx) => listProgrammes(ctx),
  programme: (_, args, ctx) => findProgramme(ctx, args.id),
};

export const Programme: ProgrammeResolvers = {
  grades: (programme) => SCALE_GRADES[programme.scale],
};

export const Area: AreaResolvers = {
  id: (area) => areaIdOf(area),
  slug: (area) => area.id,
  programme: (area, _, ctx) => programmeOfArea(ctx, area),
  sameThemeIn: (area, _, ctx) => areasWithSameTheme(ctx, area),
};
