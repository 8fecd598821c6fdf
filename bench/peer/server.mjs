// The benchmark's peer: PostGraphile 5 over peelgraph's PostgreSQL tables, as a user who wanted a
// GraphQL API over them might run it. `DATABASE_URL` (required) and `PORT` (default 4300) come
// from the environment; `npm run bench -- --peer` starts it (scripts/bench/peer.ts).
//
// - amber preset, CRUD mutations off (`defaultBehavior: "-insert -update -delete"`);
// - two plugins a user would add for the benchmark's questions, each said so in the results:
//   postgraphile-plugin-connection-filter (the ad hoc `grades` filter) and @graphile/pg-aggregates
//   (the `gradeStats` grouping); `PEER_PLUGINS=none` runs the amber preset alone;
// - production-like: Grafast in production mode, no GraphiQL (Ruru), no explain, no watch;
// - smart tags: the `grade` table is named `GradeRecord` (PostGraphile refuses a `Grade` table type
//   beside the `Grade` enum type, and peelgraph calls the row type `GradeRecord` too), and the tables
//   that are not PEEL data (API keys, audit log, data version, migrations) are left out.

// PostGraphile 5 wants Node 22 for `Promise.withResolvers`; on Node 20 it runs with this polyfill,
// which must be in place before PostGraphile's modules load (hence the dynamic imports below).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
// Grafast reads its mode once, when loaded: production unless told otherwise.
process.env.NODE_ENV ??= 'production';
process.env.GRAPHILE_ENV ??= process.env.NODE_ENV === 'production' ? 'production' : 'development';

const { createServer } = await import('node:http');
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { jsonPgSmartTags } = await import('postgraphile/utils');

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('peer: DATABASE_URL is required (a PostgreSQL database migrated and imported by peelgraph)');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4300);
const host = process.env.HOST ?? '127.0.0.1';
const withPlugins = (process.env.PEER_PLUGINS ?? 'filter,aggregates') !== 'none';

const plugins = [];
if (withPlugins) {
  const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');
  const { PgAggregatesPreset } = await import('@graphile/pg-aggregates');
  plugins.push(PostGraphileConnectionFilterPreset, PgAggregatesPreset);
}

const SmartTagsPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      grade: { tags: { name: 'grade_record' } },
      api_key: { tags: { behavior: '-*' } },
      audit_entry: { tags: { behavior: '-*' } },
      data_version: { tags: { behavior: '-*' } },
      _prisma_migrations: { tags: { behavior: '-*' } },
    },
  },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, ...plugins],
  plugins: [SmartTagsPlugin],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  schema: { defaultBehavior: '-insert -update -delete' },
  grafserv: { port, host, graphqlPath: '/graphql', graphiql: false, graphiqlOnGraphQLGET: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error('peer:', error);
  process.exit(1);
});
// Build the schema before listening, so that the first request is not the one that waits for it.
await pgl.getSchema();
await serv.addTo(server);
server.listen(port, host, () => {
  console.log(
    `peer: PostGraphile listening on http://${host}:${port}/graphql (${withPlugins ? 'amber + connection filter + aggregates' : 'amber'}, mutations off)`,
  );
});

const stop = async () => {
  server.close();
  // Releases the Grafserv instance too, and with it the database pool.
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
