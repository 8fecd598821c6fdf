/**
 * `npm run import -- [DIR]`: imports a dataset folder (default: the bundled copy) into the
 * configured database, applying migrations first; while the server holds the embedded database,
 * the server imports it (src/platform/cli/target.ts). Exits 1, having written nothing, on any problem.
 */
import { resolve } from 'node:path';

import { withAdmin } from '../platform/cli/target.js';
import { formatProblem } from './problems.js';
import { BUNDLED_DATASET_DIR } from './service.js';

const dir = process.argv[2] ? resolve(process.argv[2]) : BUNDLED_DATASET_DIR;
await withAdmin('npm run import', async (admin) => {
  const started = performance.now();
  const result = await admin.importDataset(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    console.error(`Import of ${dir} failed with ${result.problems.length} problem(s); nothing was written:`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Imported ${dir} in ${seconds}s${result.changed ? '' : ': nothing changed'}.`);
  for (const [entity, counts] of Object.entries(result.summary)) {
    console.log(
      `  ${entity.padEnd(12)} ${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged`,
    );
  }
});
