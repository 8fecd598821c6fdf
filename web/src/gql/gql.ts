/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HeatMap($programme: ID!, $asOf: Date) {\n    programmes {\n      id\n      name\n      scale\n      grades\n      areas {\n        id\n        slug\n        name\n        theme\n      }\n    }\n    compareForces(programme: $programme, asOf: $asOf) {\n      programme {\n        id\n      }\n      asOf\n      areas {\n        id\n        slug\n        name\n      }\n      rows {\n        force {\n          id\n          name\n          shortName\n          region\n          inspection(programme: $programme) {\n            id\n            reportUrl\n          }\n        }\n        cells {\n          area {\n            id\n          }\n          grade\n          status\n          record {\n            id\n            grade\n            basis\n            sourceUrl\n            note\n            publishedOn\n            amendments {\n              from\n              to\n              amendedOn\n              sourceUrl\n              note\n            }\n          }\n        }\n      }\n    }\n    rankForces(programme: $programme, asOf: $asOf) {\n      force {\n        id\n      }\n      meanScore\n      knownAreas\n      complete\n    }\n  }\n": typeof types.HeatMapDocument,
    "\n  query ForceHistory($force: ID!, $asOf: Date, $from: ID!, $to: ID!, $withChanges: Boolean!) {\n    force(id: $force) {\n      id\n      name\n      shortName\n      inspections {\n        id\n        reportUrl\n        programme {\n          id\n        }\n        grades(asOf: $asOf) {\n          id\n          area {\n            id\n          }\n          grade\n          basis\n        }\n      }\n    }\n    gradeChanges(force: $force, from: $from, to: $to) @include(if: $withChanges) {\n      fromArea {\n        id\n        name\n      }\n      toArea {\n        id\n        name\n      }\n      fromGrade\n      toGrade\n      direction\n      comparable\n      reason\n    }\n  }\n": typeof types.ForceHistoryDocument,
};
const documents: Documents = {
    "\n  query HeatMap($programme: ID!, $asOf: Date) {\n    programmes {\n      id\n      name\n      scale\n      grades\n      areas {\n        id\n        slug\n        name\n        theme\n      }\n    }\n    compareForces(programme: $programme, asOf: $asOf) {\n      programme {\n        id\n      }\n      asOf\n      areas {\n        id\n        slug\n        name\n      }\n      rows {\n        force {\n          id\n          name\n          shortName\n          region\n          inspection(programme: $programme) {\n            id\n            reportUrl\n          }\n        }\n        cells {\n          area {\n            id\n          }\n          grade\n          status\n          record {\n            id\n            grade\n            basis\n            sourceUrl\n            note\n            publishedOn\n            amendments {\n              from\n              to\n              amendedOn\n              sourceUrl\n              note\n            }\n          }\n        }\n      }\n    }\n    rankForces(programme: $programme, asOf: $asOf) {\n      force {\n        id\n      }\n      meanScore\n      knownAreas\n      complete\n    }\n  }\n": types.HeatMapDocument,
    "\n  query ForceHistory($force: ID!, $asOf: Date, $from: ID!, $to: ID!, $withChanges: Boolean!) {\n    force(id: $force) {\n      id\n      name\n      shortName\n      inspections {\n        id\n        reportUrl\n        programme {\n          id\n        }\n        grades(asOf: $asOf) {\n          id\n          area {\n            id\n          }\n          grade\n          basis\n        }\n      }\n    }\n    gradeChanges(force: $force, from: $from, to: $to) @include(if: $withChanges) {\n      fromArea {\n        id\n        name\n      }\n      toArea {\n        id\n        name\n      }\n      fromGrade\n      toGrade\n      direction\n      comparable\n      reason\n    }\n  }\n": types.ForceHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeatMap($programme: ID!, $asOf: Date) {\n    programmes {\n      id\n      name\n      scale\n      grades\n      areas {\n        id\n        slug\n        name\n        theme\n      }\n    }\n    compareForces(programme: $programme, asOf: $asOf) {\n      programme {\n        id\n      }\n      asOf\n      areas {\n        id\n        slug\n        name\n      }\n      rows {\n        force {\n          id\n          name\n          shortName\n          region\n          inspection(programme: $programme) {\n            id\n            reportUrl\n          }\n        }\n        cells {\n          area {\n            id\n          }\n          grade\n          status\n          record {\n            id\n            grade\n            basis\n            sourceUrl\n            note\n            publishedOn\n            amendments {\n              from\n              to\n              amendedOn\n              sourceUrl\n              note\n            }\n          }\n        }\n      }\n    }\n    rankForces(programme: $programme, asOf: $asOf) {\n      force {\n        id\n      }\n      meanScore\n      knownAreas\n      complete\n    }\n  }\n"): (typeof documents)["\n  query HeatMap($programme: ID!, $asOf: Date) {\n    programmes {\n      id\n      name\n      scale\n      grades\n      areas {\n        id\n        slug\n        name\n        theme\n      }\n    }\n    compareForces(programme: $programme, asOf: $asOf) {\n      programme {\n        id\n      }\n      asOf\n      areas {\n        id\n        slug\n        name\n      }\n      rows {\n        force {\n          id\n          name\n          shortName\n          region\n          inspection(programme: $programme) {\n            id\n            reportUrl\n          }\n        }\n        cells {\n          area {\n            id\n          }\n          grade\n          status\n          record {\n            id\n            grade\n            basis\n            sourceUrl\n            note\n            publishedOn\n            amendments {\n              from\n              to\n              amendedOn\n              sourceUrl\n              note\n            }\n          }\n        }\n      }\n    }\n    rankForces(programme: $programme, asOf: $asOf) {\n      force {\n        id\n      }\n      meanScore\n      knownAreas\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForceHistory($force: ID!, $asOf: Date, $from: ID!, $to: ID!, $withChanges: Boolean!) {\n    force(id: $force) {\n      id\n      name\n      shortName\n      inspections {\n        id\n        reportUrl\n        programme {\n          id\n        }\n        grades(asOf: $asOf) {\n          id\n          area {\n            id\n          }\n          grade\n          basis\n        }\n      }\n    }\n    gradeChanges(force: $force, from: $from, to: $to) @include(if: $withChanges) {\n      fromArea {\n        id\n        name\n      }\n      toArea {\n        id\n        name\n      }\n      fromGrade\n      toGrade\n      direction\n      comparable\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ForceHistory($force: ID!, $asOf: Date, $from: ID!, $to: ID!, $withChanges: Boolean!) {\n    force(id: $force) {\n      id\n      name\n      shortName\n      inspections {\n        id\n        reportUrl\n        programme {\n          id\n        }\n        grades(asOf: $asOf) {\n          id\n          area {\n            id\n          }\n          grade\n          basis\n        }\n      }\n    }\n    gradeChanges(force: $force, from: $from, to: $to) @include(if: $withChanges) {\n      fromArea {\n        id\n        name\n      }\n      toArea {\n        id\n        name\n      }\n      fromGrade\n      toGrade\n      direction\n      comparable\n      reason\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;