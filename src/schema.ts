import { readFileSync } from 'node:fs';

import { makeExecutableSchema } from '@graphql-tools/schema';

import { resolvers } from './resolvers.js';

/** The schema-first contract: schema.graphql at the repository root. */
export const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The contract with its resolvers; also used outside GraphQL to validate inputs the same way. */
export const executableSchema = makeExecutableSchema({ typeDefs, resolvers });
