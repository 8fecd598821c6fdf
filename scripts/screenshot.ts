/**
 * `npm run screenshot [-- --origin http://127.0.0.1:4000]`: the README's pictures of the comparison
 * page, docs/screenshot.png (desktop) and docs/screenshot-phone.png (375 px wide), taken in Debian's
 * Chromium. Without --origin it builds the server and starts it on a new embedded database.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { hasChromium, launchChromium } from './browser/chromium.js';
import { type PageServer, startPageServer } from './browser/server-process.js';

const { values } = parseArgs({ options: { origin: { type: 'string' } } });
if (!hasChromium()) {
  console.error('No Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}
const root = new URL('../', import.meta.url).pathname;
let server: PageServer | undefined;
if (!values.origin) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  server = await startPageServer();
}
const origin = values.origin ?? server!.origin;
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });

const browser = await launchChromium();
try {
  // On a phone the heat map starts below the controls: that picture starts at its title.
  const shots = [
    { file: 'docs/screenshot.png', width: 1280, height: 900, atTable: false },
    { file: 'docs/screenshot-phone.png', width: 375, height: 760, atTable: true },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
    await page.goto(`${origin}/?programme=peel-2023-25`);
    await page.locator('table.heat-map tbody tr[data-force]').nth(42).waitFor();
    if (shot.atTable)
      await page
        .locator('.table-title')
        .first()
        .evaluate((title) => title.scrollIntoView());
    await page.screenshot({ path: `${root}${shot.file}` });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}
