import DataLoader from 'dataloader';

import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import type { Database } from './db/database.js';
import { findForcesByIds, type ForceRow } from './forces/store.js';
import { findGradesOfInspections, type GradeRow } from './grades/store.js';
import {
  findInspections,
  findInspectionsOfForces,
  type InspectionKey,
  type InspectionRow,
} from './inspections/store.js';
import { Catalogue } from './programmes/catalogue.js';
import { findProgrammesWithAreas } from './programmes/store.js';
import type { Logger } from './logger.js';

/**
 * Per-request batching. Each loader lives for one operation, so no answer is served from another
 * request's data, and every list field costs one statement however many parents ask for it.
 */
export interface Loaders {
  readonly catalogue: () => Promise<Catalogue>;
  readonly forceById: DataLoader<string, ForceRow | undefined>;
  readonly inspectionsOfForce: DataLoader<string, InspectionRow[]>;
  readonly inspection: DataLoader<InspectionKey, InspectionRow | undefined, string>;
  readonly gradesOfInspection: DataLoader<InspectionKey, GradeRow[], string>;
}

/** What every resolver receives. Built once per request by `createContext`; never mutated. */
export interface Context {
  readonly db: Database;
  readonly loaders: Loaders;
  readonly logger: Logger;
  /** Who is asking, from the request's API key; anonymous without one. */
  readonly viewer: Viewer;
}

const inspectionKey = (k: InspectionKey) => `${k.forceId}|${k.programmeId}`;

function group<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export function createLoaders(db: Database): Loaders {
  // Loaders read the public data, through the read cache.
  const prisma = db.reads;
  let catalogue: Promise<Catalogue> | undefined;
  return {
    catalogue: () => (catalogue ??= findProgrammesWithAreas(prisma).then((rows) => new Catalogue(rows))),
    forceById: new DataLoader(async (ids) => {
      const byId = new Map((await findForcesByIds(prisma, ids)).map((f) => [f.id, f]));
      return ids.map((id) => byId.get(id));
    }),
    inspectionsOfForce: new DataLoader(async (forceIds) => {
      const byForce = group(await findInspectionsOfForces(prisma, forceIds), (i) => i.forceId);
      return forceIds.map((id) => byForce.get(id) ?? []);
    }),
    inspection: new DataLoader(
      async (keys) => {
        const byKey = new Map((await findInspections(prisma, keys)).map((i) => [inspectionKey(i), i]));
        return keys.map((k) => byKey.get(inspectionKey(k)));
      },
      { cacheKeyFn: inspectionKey },
    ),
    gradesOfInspection: new DataLoader(
      async (keys) => {
        const byKey = group(await findGradesOfInspections(prisma, keys), inspectionKey);
        return keys.map((k) => byKey.get(inspectionKey(k)) ?? []);
      },
      { cacheKeyFn: inspectionKey },
    ),
  };
}

export function createContext(db: Database, logger: Logger, viewer: Viewer = ANONYMOUS): Context {
  return { db, loaders: createLoaders(db), logger, viewer };
}
