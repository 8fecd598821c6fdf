// `npm run build`, last step: builds the comparison page (web/) with Vite into dist/web/, unless
// nothing it is built from has changed since the last build.
//
// Why a stamp: Vite takes a second or more and `npm start` builds every time; a second start with
// nothing changed must not rebuild. The stamp is a hash of every file under web/, the schema the
// operations are typed from, and the lock file (the exact versions of Vite, Preact and urql).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'web');
const stampFile = join(outDir, '.build-stamp');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

const inputs = [...filesUnder(join(root, 'web')), join(root, 'schema.graphql'), join(root, 'package-lock.json')];
const hash = createHash('sha256');
for (const file of inputs.map((path) => relative(root, path)).sort()) {
  hash
    .update(file)
    .update('\0')
    .update(readFileSync(join(root, file)))
    .update('\0');
}
const stamp = hash.digest('hex');

const built = existsSync(join(outDir, 'index.html')) && existsSync(stampFile);
if (built && readFileSync(stampFile, 'utf8').trim() === stamp) process.exit(0);

const { build } = await import('vite');
await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
writeFileSync(stampFile, `${stamp}\n`);
