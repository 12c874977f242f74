/**
 * `npm run screenshot:review`: the README's picture of the review page. After `npm run demo` has
 * run the sample stories (out/review/), opens the first story's page in Debian's chromium and
 * saves the top of it as docs/review-page.png.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, hasChromium, launchChromium } from './chromium.js';

const picture = resolve('docs/review-page.png');

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error(`no browser at ${chromiumPath}: apt-get install chromium`);
  const report = JSON.parse(await readFile('out/report.json', 'utf8')) as { articles: ReadonlyArray<{ id: string }> };
  const page = resolve('out/review', `${report.articles[0]!.id}.html`);
  const profile = await mkdtemp(join(tmpdir(), 'wire-l10n-screenshot-'));
  const browser = await launchChromium(profile);
  try {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 1400, height: 1100 });
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.screenshot({ path: picture });
    console.log(`wrote ${picture}`);
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
