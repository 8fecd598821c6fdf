/**
 * Ceiling (b): a bare Apollo Server with the same schema, answering each operation from an
 * in-memory fixture (the real server's answer), with no database, DataLoaders or plugins. What it
 * achieves is what graphql-js execution of that result shape costs on this machine.
 *
 * Usage: tsx scripts/bench/ceiling-server.ts PORT FIXTURES.json  (fixtures: operation name → data)
 */
import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { type DocumentNode, type GraphQLFieldResolver, getOperationAST } from 'graphql';

const [portText, fixturesPath] = process.argv.slice(2);
const fixtures = JSON.parse(readFileSync(fixturesPath ?? '', 'utf8')) as Record<string, Record<string, unknown>>;
const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

// Every field reads its response key (alias or name) from the fixture object it is part of.
const fromFixture: GraphQLFieldResolver<Record<string, unknown> | null, unknown> = (source, _args, _ctx, info) =>
  source?.[info.path.key as string];

const server = new ApolloServer({
  typeDefs,
  fieldResolver: fromFixture,
  rootValue: (document: DocumentNode) => fixtures[getOperationAST(document)?.name?.value ?? ''] ?? {},
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(portText), host: '127.0.0.1' } });
console.log(`ready ${url}`);
