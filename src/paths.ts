import { fileURLToPath } from 'node:url';

/**
 * A file of the repository (the schema, the bundled dataset, the migrations), by its path from the
 * repository's root. Resolved from this module's own location, which is one folder below the root
 * wherever the server runs from: src/paths.ts (tsx, tests), dist/paths.js, or the one-file server
 * dist/server.js that `npm start` runs, into which this module is bundled.
 */
export function repositoryPath(pathFromRoot: string): string {
  return fileURLToPath(new URL(`../${pathFromRoot}`, import.meta.url));
}
