import { readFileSync } from 'node:fs';

import { makeExecutableSchema } from '@graphql-tools/schema';
import { isScalarType } from 'graphql';

import { repositoryPath } from '../../paths.js';
import { resolvers } from './resolvers.js';

/** The schema-first contract: schema.graphql at the repository root. */
export const typeDefs = readFileSync(repositoryPath('schema.graphql'), 'utf8');

/**
 * The contract with its resolvers: what Apollo serves, and what the CSV export validates its
 * parameters with, so both accept and refuse the same values.
 */
export const executableSchema = makeExecutableSchema({ typeDefs, resolvers });

// A custom scalar's resolver (a GraphQLScalarType without a description) replaces the SDL's
// description with none; the schema is the API's manual, so put schema.graphql's text back.
for (const type of Object.values(executableSchema.getTypeMap())) {
  if (isScalarType(type) && !type.description && type.astNode?.description) {
    type.description = type.astNode.description.value;
  }
}
