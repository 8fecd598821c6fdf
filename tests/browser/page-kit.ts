import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  type AmendmentCsv,
  type GradeCsv,
  gradesCsv,
  programmeId,
  readBundled,
  slugOf,
} from '../testkit/bundled-csv.js';

export { slugOf };

/** The `data-cell` of a heat-map cell: `<force>/<programme>/<area slug>`. */
export const cellOf = (force: string, programme: string, area: string) =>
  `${force}/${programmeId(programme)}/${slugOf(area)}`;

export const LATEST = 'PEEL 2023–25';

/** How long a check waits for the page: answers computed afresh on a busy 2-core machine take a while. */
export const SLOW = { timeout: 15_000 };

export function gradeRow(force: string, programme: string, area: string): GradeCsv {
  const row = gradesCsv().find((g) => g.force_id === force && g.programme === programme && g.area === area);
  if (!row) throw new Error(`No grade for ${force}, ${programme}, ${area} in grades.csv`);
  return row;
}

export const amendmentsCsv = () => readBundled<AmendmentCsv>('amendments.csv');

/** What went wrong in a page: console errors and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Waits until the heat map shows all its rows. */
export async function heatMapRows(page: Page, count: number): Promise<void> {
  await page
    .locator('table.heat-map tbody tr[data-force]')
    .nth(count - 1)
    .waitFor();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page as it is now. axe is injected as an
 * inline script, which the page's own Content-Security-Policy forbids: the page must be opened in a
 * context made with `bypassCSP: true` (see axeContext).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  if (results.passes.length === 0) throw new Error('axe-core checked nothing: was it injected?');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const axeContext = (browser: Browser): Promise<BrowserContext> => browser.newContext({ bypassCSP: true });
