import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { hasChromium, launchChromium } from '../../scripts/browser/chromium.js';
import { forcesCsv } from '../testkit/bundled-csv.js';
import { startTestServer, type TestServer } from '../testkit/server.js';
import { collectErrors, heatMapRows, SLOW } from './page-kit.js';

describe.skipIf(!hasChromium())('in production mode, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ env: { NODE_ENV: 'production' } }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the comparison page at /', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/`);
    await heatMapRows(page, forcesCsv().length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens Apollo Sandbox at /graphql, carrying the seed question', async () => {
    const context = await browser.newContext();
    // Sandbox's own code comes from Apollo's CDN, which this machine cannot reach: its requests are
    // refused here, so what is checked is the embed page the server sends (the seed operation in
    // Sandbox's settings, the script tag for the CDN) and its offline message, not Sandbox running.
    const refused: string[] = [];
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => {
        refused.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const html = await page.content();
    expect(html).toContain('query OutstandingInPolicePowers');
    expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
    expect(refused.some((url) => url.includes('embeddable-sandbox.cdn.apollographql.com'))).toBe(true);
    await expect.poll(() => page.getByText('Apollo Sandbox cannot be loaded').isVisible(), SLOW).toBe(true);
    await context.close();
  });
});
