/**
 * The review pages in real headless Chromium (Debian's, through playwright-core): what a desk
 * sees, read from the rendered DOM. Pages are served from a loopback server started here, so every
 * request the page makes is seen (and any request that is not the page itself is counted and
 * refused).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { renderReviewIndex, renderReviewPage, type ReviewPageInput } from '../../src/review/index.js';
import { hasChromium, launchChromium } from '../../scripts/chromium.js';
import { announceSkip, skipReason } from '../helpers/external-tools.js';
import { finding, storyInput } from './fixtures.js';

/** The browser globals the functions evaluated in the page use (the project's TypeScript lib has no DOM). */
declare const getComputedStyle: (element: unknown) => { direction: string; display: string; backgroundColor: string };
declare const document: { activeElement: { matches(selector: string): boolean; getAttribute(name: string): string | null } | null };
declare const window: { evil?: number };

const reason = skipReason({ 'Chromium at /usr/bin/chromium (apt-get install chromium)': hasChromium() });
announceSkip('the review pages in Chromium', reason);

/** The stories of the test: the hand-made one, and one whose every text is hostile. */
function stories(): ReviewPageInput[] {
  const evil = `<script>window.evil=1</script><img src="http://example.invalid/x.png"> & 'q' "d"`;
  return [
    storyInput(),
    storyInput({
      article: { id: 'hostile-2024-11-23', findings: [finding('ingest/odd', 'x', 'en', { reason: evil, line: 1 })] },
      sources: { 'p1.s2': evil },
      fr: { 'p1.s2': { target: evil, findings: [finding('qa/x', 'p1.s2', 'fr', { reason: evil, place: { side: 'target', start: 0, end: 8 } })] } },
      ar: { 'p1.s2': { target: `${evil} عربي`, findings: [finding('qa/y', 'p1.s2', 'ar', { place: { side: 'target', start: 3, end: 3 } })] } },
    }),
  ];
}

describe.skipIf(reason !== undefined)('the review pages in Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wire-l10n-review-browser-'));
  const inputs = stories();
  const outside: string[] = [];
  let server: Server;
  let origin: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    for (const input of inputs) writeFileSync(join(folder, `${input.article.id}.html`), renderReviewPage(input));
    writeFileSync(join(folder, 'index.html'), renderReviewIndex(inputs.map((input) => input.report), ['fr', 'ar']));
    server = createServer((request, response) => {
      const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
      readFile(join(folder, name.replace(/[/\\]/gu, '_')), 'utf8').then(
        (content) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(content),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium(join(folder, 'profile'));
    // Anything but a page we navigate to is a request that left the page: counted, refused.
    await browser.route('**', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url().startsWith(`${origin}/`)) return route.continue();
      outside.push(request.url());
      return route.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    console.log(`review page screenshots in ${folder}`);
  });

  /** Opens a page and collects its console errors and uncaught exceptions. */
  async function open(name: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, errors };
  }

  it.each(inputs.map((input) => [input.article.id, input] as const))('%s: rows, directions, highlights; no request, no error', async (id, input) => {
    const { page, errors } = await open(`${id}.html`);
    expect(await page.locator('tr.unit').count()).toBe(input.segments.length);

    const arabic = page.locator('td[lang="ar"]');
    expect(await arabic.count()).toBe(input.segments.length);
    expect(await arabic.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).direction))).toEqual(input.segments.map(() => 'rtl'));
    expect(await page.locator('td[lang="fr"]').first().evaluate((cell) => getComputedStyle(cell).direction)).toBe('ltr');

    const findings: Finding[] = [...(input.article.findings ?? []), ...input.localized.flatMap((localized) => localized.units.flatMap((unit) => unit.findings))];
    const listed = await page.locator('li.finding').evaluateAll((items) => items.map((item) => ({ anchor: item.id, id: item.getAttribute('data-finding-id') })));
    expect(listed.map((item) => item.id).sort()).toEqual(findings.map((item) => item.id).sort());
    for (const { anchor, id: findingId } of listed) {
      const highlights = page.locator(`mark.finding[data-findings~="${anchor}"]`);
      expect(await highlights.count(), `highlight of ${findingId}`).toBeGreaterThan(0);
      const first = highlights.first();
      expect(await first.isVisible(), `visible highlight of ${findingId}`).toBe(true);
      expect(await first.evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await first.getAttribute('title')).toContain(findings.find((item) => item.id === findingId)!.ruleId);
    }

    // Nothing hostile ran: the page's own text stayed text.
    expect(await page.evaluate(() => window.evil)).toBeUndefined();
    expect(await page.locator('img, script').count()).toBe(0);

    await page.screenshot({ path: join(folder, `${id}.png`), fullPage: true });
    await page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);

  it('reaches the highlights with the keyboard', async () => {
    const { page } = await open(`${inputs[0]!.article.id}.html`);
    const focusables = await page.locator('a, input, [tabindex="0"]').count();
    let reached = '';
    for (let i = 0; i < focusables && reached === ''; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.matches('mark.finding') ? document.activeElement.getAttribute('title') ?? '' : ''));
    }
    expect(reached).toMatch(/^(error|warning|info) · /u);
    await page.close();
  }, 60_000);

  it('filters without a script: only rows with findings, only one language', async () => {
    const { page } = await open(`${inputs[0]!.article.id}.html`);
    const shownRows = () => page.locator('tr.unit').evaluateAll((rows) => rows.filter((row) => getComputedStyle(row).display !== 'none').map((row) => row.id));
    expect(await shownRows()).toHaveLength(4);
    await page.getByLabel('only rows with findings').check();
    expect(await shownRows()).toEqual(['u-headline.s1', 'u-p2.s1']);
    await page.getByLabel('only French (fr)').check();
    expect(await shownRows()).toEqual(['u-p2.s1']);
    expect(await page.locator('#u-p2\\.s1 td[lang="ar"]').isVisible()).toBe(false);
    expect(await page.locator('#u-p2\\.s1 td[lang="fr"]').isVisible()).toBe(true);
    expect(await page.locator('#u-p2\\.s1 td[lang="en"]').isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('the index links every story, and its links open the pages', async () => {
    const { page, errors } = await open('index.html');
    const links = page.locator('a');
    expect(await links.count()).toBe(inputs.length);
    await page.screenshot({ path: join(folder, 'index.png'), fullPage: true });
    await links.nth(1).click();
    await page.waitForURL(`${origin}/${inputs[1]!.article.id}.html`);
    expect(await page.locator('tr.unit').count()).toBe(inputs[1]!.segments.length);
    await page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
