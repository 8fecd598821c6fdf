import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types and the web page's typed operations are generated from schema.graphql;
// `npm run codegen:check` fails when either is stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The operations the comparison page sends (written with `graphql()` in web/src), typed.
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', JSON: 'unknown' },
      },
    },
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: true,
        contextType: '../platform/graphql/context.js#Context',
        scalars: {
          Date: {
            input: '../peel-data/partial-date.js#PartialDate',
            output: '../peel-data/partial-date.js#PartialDate',
          },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        mappers: {
          Force: '../peel-data/rows.js#ForceRow',
          Programme: '../peel-data/rows.js#ProgrammeRow',
          Area: '../peel-data/rows.js#AreaRow',
          Inspection: '../peel-data/rows.js#InspectionRow',
          GradeRecord: '../grades/as-of.js#GradeView',
          GradeAmendment: '../peel-data/rows.js#AmendmentRow',
          Comparison: '../comparison/service.js#ComparisonResult',
          ComparisonRow: '../comparison/service.js#ComparisonRowResult',
          ComparisonCell: '../comparison/service.js#ComparisonCellResult',
          Distribution: '../comparison/service.js#DistributionResult',
          GradeConnection: '../grades/service.js#GradeConnectionResult',
          GradeEdge: '../grades/service.js#GradeEdgeResult',
          PageInfo: '../grades/service.js#PageInfoResult',
          GradeGroup: '../grades/service.js#GradeGroupResult',
          ForceRank: '../analysis/types.js#ForceRankResult',
          GradeChange: '../analysis/types.js#GradeChangeResult',
          SimilarForce: '../analysis/types.js#SimilarForceResult',
          Region: '../analysis/types.js#RegionResult',
          AuditEntry: '../editing/store.js#AuditEntryRow',
        },
      },
    },
  },
};

export default config;
