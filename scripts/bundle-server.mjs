// `npm run build`, second step: bundles the compiled server (dist/main.js, from tsc) and the
// packages it imports into one file, dist/server.js, which `npm start` runs.
//
// Why: Node loads the server's 500-odd modules one by one (resolving, reading and compiling each),
// which was about a third of start-up; from one file it starts about a quarter sooner (README,
// Performance). Stack traces still name src/*.ts: `npm start` runs Node with --enable-source-maps.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/main.js'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // A map without the sources' text is a quarter the size, and Node reads it at every start.
  sourcesContent: false,
  // Less to read and parse; names are kept, for profiles and for stack traces without the map.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  external: [
    // Packages that find files of their own next to their code at run time, which a bundle would
    // move away from them: PGlite its WebAssembly and data files, Prisma its generated client and
    // query compiler, ioredis its package.json (through __dirname, which ES modules lack), pino its
    // worker threads.
    '@electric-sql/pglite',
    '@prisma/client',
    '.prisma',
    'ioredis',
    'pino',
    // Each database's driver is imported only when that database is used (src/platform/db/database.ts). In
    // the bundle their own imports would be hoisted to the top and load at every start; pg also
    // names an optional native module that is not installed.
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    // Apollo hashes every query with Node's crypto only when `module.require` exists, which in a
    // bundle it does not: bundled, it hashed with sha.js in JavaScript, several times slower.
    '@apollo/utils.createhash',
  ],
  // Bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
