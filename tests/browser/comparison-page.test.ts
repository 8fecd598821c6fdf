import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM, hasChromium, launchChromium } from '../../scripts/browser/chromium.js';
import {
  type AreaCsv,
  expectedCounts,
  forcesCsv,
  gradesCsv,
  programmeId,
  readBundled,
} from '../testkit/bundled-csv.js';
import { startTestServer, type TestServer } from '../testkit/server.js';
import {
  amendmentsCsv,
  axeContext,
  cellOf,
  collectErrors,
  gradeRow,
  heatMapRows,
  LATEST,
  seriousViolations,
  slugOf,
  SLOW,
} from './page-kit.js';

if (!hasChromium()) {
  console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
}

const FORCES = forcesCsv().length;

describe.skipIf(!hasChromium())('the comparison page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (query = '', options: { context?: BrowserContext } = {}) => {
    context = options.context ?? (await browser.newContext());
    page = await context.newPage();
    errors = collectErrors(page);
    await page.goto(`${server.origin}/${query}`);
    await heatMapRows(page, FORCES);
    return page;
  };
  const cell = (key: string) => page.locator(`td[data-cell="${key}"]`);

  afterEach(async () => {
    expect(errors, 'console errors').toEqual([]);
    await context?.close();
  });

  it('renders the whole heat map with one GraphQL request and no request to any other origin', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = collectErrors(page);
    const requests: { method: string; url: string }[] = [];
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
    await page.goto(`${server.origin}/`);
    await heatMapRows(page, FORCES);
    await page.waitForLoadState('networkidle');

    expect(await page.locator('table.heat-map tbody tr[data-force]').count()).toBe(FORCES);
    const api = requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(api).toEqual([{ method: 'POST', url: `${server.origin}/graphql` }]);
    expect(requests.filter((r) => new URL(r.url).origin !== server.origin)).toEqual([]);
  });

  it("shows Cambridgeshire's police powers grade as the CSV states it", async () => {
    await open();
    const area = 'Police powers and public treatment';
    const expected = gradeRow('cambridgeshire', LATEST, area).grade;
    expect(expected).toBe('Outstanding');
    await expect.poll(() => cell(cellOf('cambridgeshire', LATEST, area)).innerText(), SLOW).toBe(expected);
  });

  it('says "Not known" in every cell of a force with no known grade, and never a grade', async () => {
    // The newest programme whose files leave some force with no grade at all.
    const programmes = [...new Set(gradesCsv().map((g) => g.programme))].reverse();
    const found = programmes.flatMap((programme) => {
      const graded = new Set(
        gradesCsv()
          .filter((g) => g.programme === programme)
          .map((g) => g.force_id),
      );
      const force = forcesCsv().find((f) => !graded.has(f.id));
      return force ? [{ programme, force }] : [];
    })[0];
    expect(found, 'a programme in which some force has no grade in the files').toBeDefined();
    await open(`?programme=${programmeId(found!.programme)}`);
    const cells = page.locator(`tr[data-force="${found!.force.id}"] td[data-cell]`);
    await expect.poll(async () => new Set(await cells.allInnerTexts()), SLOW).toEqual(new Set(['Not known']));
    // Grey and hatched: unlike every grade's colour.
    const look = await cells.first().evaluate((td) => getComputedStyle(td).backgroundImage);
    expect(look).toContain('repeating-linear-gradient');
  });

  it("flips Northamptonshire's responding cell when the as-of date crosses the amendment", async () => {
    const amendment = amendmentsCsv().find((a) => a.force_id === 'northamptonshire');
    expect(amendment).toBeDefined();
    const { programme, area, from_grade, to_grade, amended_on } = amendment!;
    const published = gradeRow('northamptonshire', programme, area).published;
    const dayBefore = new Date(Date.parse(amended_on) - 86_400_000).toISOString().slice(0, 10);
    expect(published.length === 10 && published <= dayBefore).toBe(true);

    await open();
    const target = cell(cellOf('northamptonshire', programme, area));
    await expect.poll(() => target.innerText(), SLOW).toBe(to_grade);
    await page.getByLabel('As of', { exact: true }).fill(dayBefore);
    await expect.poll(() => target.innerText(), SLOW).toBe(from_grade);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(dayBefore);
    await page.getByLabel('As of', { exact: true }).fill(amended_on);
    await expect.poll(() => target.innerText(), SLOW).toBe(to_grade);
    // Back to the day before: the address keeps every choice, and the back button returns to it.
    await page.goBack();
    await expect.poll(() => target.innerText(), SLOW).toBe(from_grade);
  });

  it('switches programme and order, keeping both in the address', async () => {
    await open();
    const programme = 'PEEL 2017';
    const areas = readBundled<AreaCsv>('areas.csv')
      .filter((a) => a.programme === programme)
      .map((a) => a.area);
    await page.getByLabel('Programme', { exact: true }).selectOption(programmeId(programme));
    await expect.poll(() => page.locator('table.heat-map thead th[data-area]').allInnerTexts(), SLOW).toEqual(areas);
    await page.getByLabel('Sort by', { exact: true }).selectOption('mean');
    expect(new URL(page.url()).search).toBe(`?programme=${programmeId(programme)}&sort=mean`);
    // In the API's ranking: forces with every area known first, best mean first; then forces
    // missing some areas, whose mean says over how many ("2.00 (2 of 3)"); no known grade last.
    const texts = await page.locator('table.heat-map td.mean-score').allInnerTexts();
    expect(texts).toHaveLength(FORCES);
    const kind = (text: string) => (text === '–' ? 2 : text.includes(' of ') ? 1 : 0);
    const kinds = texts.map(kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    for (const group of [0, 1]) {
      const means = texts.filter((t) => kind(t) === group).map((t) => Number.parseFloat(t));
      expect(means).toEqual([...means].sort((a, b) => b - a));
    }
    await page.goBack();
    await page.goBack();
    await expect
      .poll(() => page.locator('table.heat-map thead th[data-area]').count(), SLOW)
      .toBe(readBundled<AreaCsv>('areas.csv').filter((a) => a.programme === LATEST).length);
  });

  it('says over how many areas a mean score was taken when some are not known', async () => {
    await open();
    const areas = readBundled<AreaCsv>('areas.csv').filter((a) => a.programme === LATEST).length;
    const known = new Map<string, number>();
    for (const g of gradesCsv().filter((g) => g.programme === LATEST))
      known.set(g.force_id, (known.get(g.force_id) ?? 0) + 1);
    const [force, count] = [...known].find(([, n]) => n < areas) ?? [];
    expect(force, 'a force with some PEEL 2023–25 areas not known').toBeDefined();
    const mean = page.locator(`tr[data-force="${force}"] td.mean-score`);
    await expect.poll(() => mean.innerText(), SLOW).toMatch(new RegExp(`^\\d\\.\\d\\d \\(${count} of ${areas}\\)$`));
  });

  it("opens a cell's details and its source link with the keyboard alone", async () => {
    await open();
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => route.fulfill({ contentType: 'text/html', body: '<title>source</title>' }),
    );
    const area = 'Police powers and public treatment';
    const expected = gradeRow('cambridgeshire', LATEST, area);
    await cell(cellOf('cambridgeshire', LATEST, area))
      .getByRole('button')
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), SLOW).toBe(true);
    expect(await dialog.innerText()).toContain(expected.grade);

    let onLink = false;
    for (let step = 0; step < 10 && !onLink; step += 1) {
      await page.keyboard.press('Tab');
      onLink = await page.evaluate(
        (url) => (document.activeElement as HTMLAnchorElement | null)?.href === url,
        expected.source_url,
      );
    }
    expect(onLink, 'the source link is reached with Tab').toBe(true);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(expected.source_url);
    await popup.close();

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), SLOW).toBe(0);
  });

  it("counts each area's grades in the distribution as the CSV files do, not known apart", async () => {
    await open();
    const areas = readBundled<AreaCsv>('areas.csv').filter((a) => a.programme === LATEST);
    for (const { area } of areas) {
      const { counts, known } = expectedCounts(LATEST, area);
      const row = page.locator(`table.distribution tr[data-area="${programmeId(LATEST)}/${slugOf(area)}"]`);
      for (const [grade, count] of Object.entries(counts)) {
        expect(await row.locator(`td[data-grade="${grade}"]`).innerText(), `${area} ${grade}`).toBe(String(count));
      }
      expect(await row.locator('td[data-grade="NOT_KNOWN"]').innerText()).toBe(String(FORCES - known));
    }
  });

  it("puts two forces head-to-head across programmes, with gradeChanges' caution", async () => {
    await open();
    await page.getByLabel('Force 1', { exact: true }).selectOption('cambridgeshire');
    await page.getByLabel('Force 2', { exact: true }).selectOption('norfolk');
    await page.locator('table.head-to-head').first().waitFor();
    expect(new URL(page.url()).searchParams.get('forces')).toBe('cambridgeshire,norfolk');
    const latest = page.locator('table.head-to-head').first();
    expect(await latest.locator('caption').innerText()).toBe(LATEST);
    const area = 'Police powers and public treatment';
    const row = latest.locator('tr', { has: page.getByRole('rowheader', { name: area, exact: true }) });
    expect(await row.locator('td').allInnerTexts()).toEqual(
      ['cambridgeshire', 'norfolk'].map((force) => gradeRow(force, LATEST, area).grade),
    );
    expect(await page.locator('.caution').innerText()).toContain('cannot be compared directly');
  });

  it('has no serious or critical axe-core violations, with a head-to-head and with a cell open', async () => {
    const area = 'Police powers and public treatment';
    await open('?forces=cambridgeshire,norfolk', { context: await axeContext(browser) });
    await page.locator('table.head-to-head').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await cell(cellOf('cambridgeshire', LATEST, area))
      .getByRole('button')
      .click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a 375 px phone: the page does not scroll sideways, the table scrolls in its box with names in view', async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    errors = collectErrors(page);
    await page.goto(`${server.origin}/?forces=cambridgeshire,norfolk,kent`);
    await heatMapRows(page, FORCES);
    await page.locator('table.head-to-head').first().waitFor();
    // Every view open, the developers' panels (long queries, curl lines) too.
    for (const summary of await page.locator('details summary').all()) await summary.click();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = page.locator('.table-scroll:has(table.heat-map)');
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);

    await box.evaluate((el) => (el.scrollLeft = 400));
    const name = page.locator('tr[data-force="cambridgeshire"] th');
    const [boxLeft, nameLeft] = await Promise.all([
      box.evaluate((el) => el.getBoundingClientRect().left),
      name.evaluate((el) => el.getBoundingClientRect().left),
    ]);
    expect(Math.abs(nameLeft - boxLeft)).toBeLessThanOrEqual(1);
    expect(await name.isVisible()).toBe(true);
  });
});
