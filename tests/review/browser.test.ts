/**
 * The review pages in real headless Chromium (Debian's, through playwright-core): what a desk
 * sees, read from the rendered DOM. The pages: hand-made stories (one all hostile text), and those
 * the CLI writes for both samples after importing the newsroom memory. They are served from a
 * loopback server started here, so every request a page makes is seen (and any request that is
 * not a page we open is counted and refused).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import type { ProjectReport } from '../../src/report/index.js';
import { renderReviewIndex, renderReviewPage } from '../../src/review/index.js';
import { hasChromium, launchChromium } from '../../scripts/chromium.js';
import { announceSkip, skipReason } from '../helpers/external-tools.js';
import { hostileStoryInput, storyInput } from './fixtures.js';
import { samplePages } from './sample-pages.js';

/** The browser globals the functions evaluated in the page use (the project's TypeScript lib has no DOM). */
declare const getComputedStyle: (element: unknown) => { direction: string; display: string; backgroundColor: string; color: string };
declare const document: { activeElement: { matches(selector: string): boolean; getAttribute(name: string): string | null } | null };
declare const window: { evil?: number };

const reason = skipReason({ 'Chromium at /usr/bin/chromium (apt-get install chromium)': hasChromium() });
announceSkip('the review pages in Chromium', reason);

describe.skipIf(reason !== undefined)('the review pages in Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wire-l10n-review-browser-'));
  const inputs = [storyInput(), hostileStoryInput()];
  const outside: string[] = [];
  let sample: { folder: string; report: ProjectReport };
  let server: Server;
  let origin: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    mkdirSync(join(folder, 'made'));
    for (const input of inputs) writeFileSync(join(folder, 'made', `${input.article.id}.html`), renderReviewPage(input));
    writeFileSync(join(folder, 'made', 'index.html'), renderReviewIndex(inputs.map((input) => input.report), ['fr', 'ar']));
    sample = await samplePages();
    const roots: Readonly<Record<string, string>> = { made: join(folder, 'made'), sample: sample.folder };
    server = createServer((request, response) => {
      const [root = '', name = ''] = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).split('/').slice(1);
      readFile(join(roots[root] ?? folder, name.replace(/[/\\]/gu, '_')), 'utf8').then(
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
  async function open(name: string, root = 'made') {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${origin}/${root}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, errors };
  }

  it.each(inputs.map((input) => [input.article.id, input] as const))('%s: rows, directions, highlights; no request, no error', async (id, input) => {
    const { page, errors } = await open(`${id}.html`);
    expect(await page.locator('tr.unit').count()).toBe(input.segments.length);
    // The no-break spaces of French typography are in the page as characters.
    expect(await page.locator('#u-headline\\.s1 td[lang="fr"]').innerText()).toContain('étrangères\u00a0: 2\u202f500');

    const arabic = page.locator('tr.unit td[lang="ar"]');
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

  it('badges, highlights and terms have text at WCAG AA contrast (4.5:1) against their own fill', async () => {
    const { page } = await open(`${inputs[0]!.article.id}.html`);
    const pairs = await page.locator('.badge, mark.finding, li.finding .sev, .term').evaluateAll((elements) =>
      elements.map((element) => ({ text: (element as { textContent: string | null }).textContent ?? '', color: getComputedStyle(element).color, background: getComputedStyle(element).backgroundColor })),
    );
    expect(pairs.length).toBeGreaterThan(20);
    for (const pair of pairs) {
      // A transparent fill shows the white page below it.
      const background = pair.background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : pair.background;
      expect(contrast(pair.color, background), `${pair.text}: ${pair.color} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  }, 60_000);

  it('prints without the filters and with every badge, highlight and findings list', async () => {
    const { page } = await open(`${inputs[0]!.article.id}.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('fieldset.filters').isVisible()).toBe(false);
    for (const selector of ['.badge', 'mark.finding', 'li.finding', 'tr.unit']) {
      const visible = await page.locator(selector).evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display !== 'none'));
      expect(visible, selector).toBe(true);
    }
    expect((await page.pdf({ format: 'A4', landscape: true })).byteLength).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it('the index links every story, and its links open the pages', async () => {
    const { page, errors } = await open('index.html');
    const links = page.locator('a');
    expect(await links.count()).toBe(inputs.length);
    await page.screenshot({ path: join(folder, 'index.png'), fullPage: true });
    await links.nth(1).click();
    await page.waitForURL(`${origin}/made/${inputs[1]!.article.id}.html`);
    expect(await page.locator('tr.unit').count()).toBe(inputs[1]!.segments.length);
    await page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);

  it('the pages the CLI wrote for the samples: a row per unit, every finding of the report highlighted, Arabic right to left', async () => {
    expect(sample.report.articles).toHaveLength(2);
    for (const article of sample.report.articles) {
      const { page, errors } = await open(`${article.id}.html`, 'sample');
      expect(await page.locator('tr.unit').count()).toBe(article.segments);
      const arabic = page.locator('tr.unit td[lang="ar"]');
      expect(await arabic.count()).toBe(article.segments);
      expect(new Set(await arabic.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).direction)))).toEqual(new Set(['rtl']));
      for (const lang of ['fr', 'ar']) {
        const findings = Object.values(article.languages[lang]!.findings).reduce((sum, count) => sum + count, 0);
        const items = page.locator(`li.finding.lang-${lang}`);
        expect(await items.count(), `${article.id} ${lang}`).toBe(findings);
        for (const anchor of await items.evaluateAll((list) => list.map((item) => item.id))) {
          expect(await page.locator(`mark.finding[data-findings~="${anchor}"]`).count(), `${article.id} ${anchor}`).toBeGreaterThan(0);
        }
        for (const error of article.languages[lang]!.errors) expect(await page.locator(`li[data-finding-id="${error.id}"]`).count()).toBe(1);
      }
      await page.screenshot({ path: join(folder, `sample-${article.id}.png`), fullPage: true });
      await page.close();
      expect(errors).toEqual([]);
    }
    const { page, errors } = await open('index.html', 'sample');
    expect(await page.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(sample.report.articles.map((article) => `${article.id}.html`).sort());
    await page.screenshot({ path: join(folder, 'sample-index.png'), fullPage: true });
    await page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});

/** The WCAG contrast ratio of two `rgb(…)` colours as getComputedStyle gives them. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string): number => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
