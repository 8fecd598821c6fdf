import type { AuditEntryResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import {
  correctGrade,
  deleteGrade,
  deleteInspection,
  listAuditEntries,
  recordInspection,
  setGrade,
} from './service.js';

export const editingMutations: MutationResolvers = {
  recordInspection: (_, args, ctx) => recordInspection(ctx, args.input),
  setGrade: (_, args, ctx) => setGrade(ctx, args.input),
  correctGrade: (_, args, ctx) => correctGrade(ctx, args.input),
  deleteGrade: (_, args, ctx) => deleteGrade(ctx, args.input),
  deleteInspection: (_, args, ctx) => deleteInspection(ctx, args.input),
};

export const editingQueries: Pick<QueryResolvers, 'auditEntries'> = {
  auditEntries: (_, args, ctx) => listAuditEntries(ctx, { first: args.first ?? 20, target: args.target ?? null }),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => String(entry.id),
  at: (entry) => entry.at.toISOString(),
  actorKeyId: (entry) => String(entry.actorKeyId),
};
