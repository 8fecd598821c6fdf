/**
 * The comparison page's speed, measured in Debian's Chromium against a running server: each run is a
 * cold page load (a new browser context, so nothing in the HTTP cache) of `/`, timed from the start
 * of navigation to the heat map showing every force's row. A benchmark, not a test.
 */
import type { Browser } from 'playwright-core';

import { launchChromium } from '../browser/chromium.js';

export interface PageRun {
  /** Navigation start → the heat map's table holds every force's row (ms). */
  readonly firstRenderMs: number;
  /** The JavaScript the page loaded: bytes as sent (gzipped when the server gzips) and unpacked. */
  readonly jsBytes: { readonly transferred: number; readonly decoded: number; readonly files: number };
  /** The GraphQL requests of the first render (the page makes one). */
  readonly graphqlRequests: number;
  /** The first GraphQL request: its answer's bytes as sent and unpacked, and its time (ms). */
  readonly graphql: {
    readonly transferred: number;
    readonly decoded: number;
    readonly ms: number;
    readonly gzip: boolean;
    /** The cost the API reported (`extensions.cost.requested`), against MAX_COST. */
    readonly cost: number | undefined;
  };
}

export interface PageMeasurement {
  readonly origin: string;
  readonly rows: number;
  readonly runs: readonly PageRun[];
}

declare global {
  interface Window {
    __heatMapShownAt?: number;
  }
}

async function oneRun(browser: Browser, origin: string, rows: number): Promise<PageRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const graphqlAnswers: Promise<{ gzip: boolean; cost: number | undefined }>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== '/graphql') return;
    const gzip = response.headers()['content-encoding'] === 'gzip';
    graphqlAnswers.push(
      response
        .json()
        .then((body: { extensions?: { cost?: { requested?: number } } }) => ({
          gzip,
          cost: body.extensions?.cost?.requested,
        })),
    );
  });
  // Watches the table from before the page's own code runs, and notes when the last row appears.
  await page.addInitScript((count: number) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('table.heat-map tbody tr[data-force]').length >= count) {
        window.__heatMapShownAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, rows);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__heatMapShownAt !== undefined, undefined, { timeout: 60_000 });
  const run = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const scripts = resources.filter((r) => new URL(r.name).pathname.endsWith('.js'));
    const graphql = resources.filter((r) => new URL(r.name).pathname === '/graphql');
    const first = graphql[0];
    return {
      firstRenderMs: window.__heatMapShownAt ?? NaN,
      jsBytes: {
        transferred: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
        decoded: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0),
        files: scripts.length,
      },
      graphqlRequests: graphql.length,
      graphql: {
        transferred: first?.encodedBodySize ?? 0,
        decoded: first?.decodedBodySize ?? 0,
        ms: first ? first.responseEnd - first.startTime : NaN,
      },
    };
  });
  const first = await graphqlAnswers[0];
  await context.close();
  return { ...run, graphql: { ...run.graphql, gzip: first?.gzip ?? false, cost: first?.cost } };
}

/**
 * `runs` cold page loads, one after another. The first may find the server's response cache empty
 * (the answer computed, and sent unzipped); later ones are answered from it (gzipped).
 */
export async function measurePage(origin: string, options: { runs?: number; rows?: number } = {}): Promise<PageMeasurement> {
  const rows = options.rows ?? 43;
  const browser = await launchChromium();
  try {
    const runs: PageRun[] = [];
    for (let i = 0; i < (options.runs ?? 5); i += 1) runs.push(await oneRun(browser, origin, rows));
    return { origin, rows, runs };
  } finally {
    await browser.close();
  }
}
