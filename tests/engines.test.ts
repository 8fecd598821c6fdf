import { readFileSync } from 'node:fs';

import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const read = <T>(file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8')) as T;

/**
 * Packages whose `engines` ask for a newer Node than they need. @whatwg-node's helpers (under
 * graphql-armor's @envelop/core and GraphQL Code Generator) and sync-fetch (under the code
 * generator) declare Node 22, yet the server, the tests and `npm run codegen:check` run on Node 20
 * in CI every time; the README says so.
 */
const DECLARED_NEWER_THAN_NEEDED = [/\/@whatwg-node\//, /\/sync-fetch$/];

describe('the Node.js version package.json promises', () => {
  const { engines } = read<{ engines: { node: string } }>('package.json');
  const lowest = semver.minVersion(engines.node);

  it('is the Node.js running the tests', () => {
    expect(semver.satisfies(process.version, engines.node)).toBe(true);
  });

  it("is enough for every locked package's own engines, at its lowest version", () => {
    const lock = read<{ packages: Record<string, { engines?: { node?: string } }> }>('package-lock.json');
    const unmet = Object.entries(lock.packages).filter(
      ([path, entry]) =>
        entry.engines?.node !== undefined &&
        !DECLARED_NEWER_THAN_NEEDED.some((pattern) => pattern.test(path)) &&
        lowest !== null &&
        !semver.satisfies(lowest, entry.engines.node),
    );
    expect(unmet.map(([path, entry]) => `${path}: ${entry.engines?.node}`)).toEqual([]);
  });
});
