import { readFileSync } from 'node:fs';

/** The schema-first contract: schema.graphql at the repository root. */
export const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
