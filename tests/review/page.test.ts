import { describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../src/review/index.js';
import { finding, storyInput } from './fixtures.js';
import { htmlProblems } from './html-validate.js';
import { tagsWith } from './tags.js';

/** The HTML of the cell of `lang` in the row of `unitId`. */
function cellOf(html: string, unitId: string, lang: string): string {
  const row = new RegExp(`<tr class="unit[^"]*" id="u-${unitId.replace('.', '\\.')}">([\\s\\S]*?)</tr>`, 'u').exec(html)?.[1];
  if (row === undefined) throw new Error(`no row ${unitId}`);
  const cell = new RegExp(`<td lang="${lang}"[^>]*>([\\s\\S]*?)</td>`, 'u').exec(row)?.[1];
  if (cell === undefined) throw new Error(`no ${lang} cell in ${unitId}`);
  return cell;
}

describe('the review page of a story', () => {
  const input = storyInput();
  const html = renderReviewPage(input);

  it('is one valid HTML5 document with its stylesheet inline and nothing to fetch', async () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|\ssrc=|url\(|@import|https?:\/\//u);
  });

  it('has one row per unit, each showing its unit id as the XLIFF has it', () => {
    const rows = html.match(/<tr class="unit /gu) ?? [];
    expect(rows).toHaveLength(input.segments.length);
    for (const segment of input.segments) expect(html).toContain(`<code>${segment.id}</code>`);
  });

  it('puts lang on every cell of the text table, and dir="rtl" lang="ar" on the Arabic ones', () => {
    const table = /<table class="review">[\s\S]*<\/table>/u.exec(html)![0];
    const cells = table.match(/<t[dh][\s>][^>]*>?/gu) ?? [];
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect(cell).toMatch(/\slang="/u);
    const arabic = tagsWith(html, 'lang', 'ar').filter((tag) => tag.startsWith('<td'));
    expect(arabic).toHaveLength(input.segments.length);
    for (const cell of arabic) expect(cell).toContain('dir="rtl"');
  });

  it('isolates Latin runs and numbers in Arabic cells, not in French ones', () => {
    expect(cellOf(html, 'headline.s1', 'ar')).toContain('<bdi>Reuters</bdi>');
    expect(cellOf(html, 'p2.s1', 'ar')).toContain('<bdi>3</bdi>');
    expect(cellOf(html, 'p2.s1', 'fr')).not.toContain('<bdi>');
  });

  it('keeps French no-break spaces as characters', () => {
    const cell = cellOf(html, 'headline.s1', 'fr');
    expect(cell).toContain('étrangères\u00a0: 2\u202f500');
    expect(html).not.toContain('&nbsp;');
  });

  it('shows origin and state in words on each unit', () => {
    expect(cellOf(html, 'headline.s1', 'fr')).toContain('>reviewed · human<');
    expect(cellOf(html, 'p1.s1', 'fr')).toContain('>TM match<');
    expect(cellOf(html, 'p1.s2', 'fr')).toContain('>pseudo · not a translation<');
    expect(cellOf(html, 'p2.s1', 'fr')).toContain('>MT · unreviewed<');
    expect(cellOf(html, 'p1.s1', 'ar')).toContain('>untranslated<');
    expect(cellOf(html, 'p1.s2', 'ar')).toContain('>translated by a human<');
    expect(cellOf(html, 'p2.s1', 'ar')).toContain('>final · human<');
    // An error keeps the target from readers: the page says so.
    expect(cellOf(html, 'headline.s1', 'ar')).toContain('>withheld: not published<');
    expect(cellOf(html, 'p2.s1', 'fr')).toContain('>withheld: not published<');
    expect(cellOf(html, 'p1.s1', 'fr')).not.toContain('withheld');
  });

  it('highlights every finding at least once and lists each under its row with rule, severity and message', () => {
    // In page order: row by row, language by language.
    const findings = input.segments.flatMap((segment) => input.localized.flatMap((localized) => localized.units.find((unit) => unit.id === segment.id)!.findings));
    const items = [...html.matchAll(/<li id="(f\d+)" class="finding sev-(\w+)[^"]*" data-finding-id="([^"]+)">([\s\S]*?)<\/li>/gu)];
    expect(items.map((item) => item[3])).toEqual(findings.map((item) => item.id));
    for (const [, anchor, severity, id, text] of items) {
      const found = findings.find((item) => item.id === id)!;
      expect(severity).toBe(found.severity);
      expect(text).toContain(found.ruleId);
      expect(text).toContain(found.reason);
      const marks = tagsWith(html, 'data-findings').filter((tag) => tag.split('"').some((value) => value.split(' ').includes(anchor!)));
      expect(marks.length, `highlight of ${id}`).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(/tabindex="0"/u);
    }
  });

  it('cuts overlapping findings into well-nested pieces that each carry every finding over them', () => {
    const cell = cellOf(html, 'p2.s1', 'fr');
    // 'Les pourparlers commencent lundi à Bagdad.': a 4–20, b 12–30, c 14–18.
    const pieces = [...cell.matchAll(/<mark class="finding sev-(\w+)" data-findings="([^"]+)"[^>]*>([^<]*)<\/mark>/gu)].map((match) => [match[3], match[2], match[1]]);
    expect(pieces.map(([text]) => text)).toEqual(['pourparl', 'er', 's co', 'mm', 'encent lun']);
    expect(pieces.map(([, , severity]) => severity)).toEqual(['warning', 'error', 'error', 'error', 'error']);
    expect(pieces.map(([, anchors]) => anchors!.split(' ').length)).toEqual([1, 2, 3, 2, 1]);
  });

  it('flags a finding with no range in its cell, by rule', () => {
    expect(cellOf(html, 'p2.s1', 'fr')).toMatch(/<mark class="finding sev-warning flag"[^>]*title="warning · qa\/size-limit \(fr\): the block is over its limit"[^>]*>qa\/size-limit<\/mark>/u);
  });

  it('marks a source-side finding in the source cell', () => {
    expect(cellOf(html, 'headline.s1', 'en')).toMatch(/<mark class="finding sev-error"[^>]*title="error · qa\/span-missing \(ar\): the number 2,500 is missing"[^>]*>2,500<\/mark>/u);
  });

  it('marks glossary terms in the source with their required renderings, on hover and under the row', () => {
    const source = cellOf(html, 'p1.s1', 'en');
    expect(source).toContain('<span class="term" title="glossary: Foreign Ministry → fr: ministère des Affaires étrangères; ar: وزارة الخارجية">Foreign Ministry</span>');
    expect(html).toContain('fr: <bdi lang="fr">ministère des Affaires étrangères</bdi>');
    expect(html).toContain('ar: <bdi lang="ar">وزارة الخارجية</bdi>');
  });

  it('marks rows without findings as clean and gives them no list', () => {
    expect(html).toContain('<tr class="unit row clean" id="u-p1.s2">');
    expect(html).not.toContain('<tr class="notes row clean"><td colspan="4" lang="en"><ul class="findings">');
    expect(html).toContain('<tr class="unit row findings-fr" id="u-p2.s1">');
    expect(html).toContain('<tr class="unit row findings-ar" id="u-headline.s1">');
  });

  it('shows the report\'s counts per language', () => {
    const summary = /<table class="summary">([\s\S]*?)<\/table>/u.exec(html)![1]!;
    // fr: 4 units, 1 human, 1 TM, 1 MT, 1 pseudo, 0 untranslated; 1 error, 2 warnings, 1 info.
    expect(summary).toContain('<th scope="row">fr</th>' + [4, 1, 1, 1, 1, 0, 1, 2, 1].map((n) => `<td class="num">${n}</td>`).join(''));
    expect(summary).toContain('<th scope="row">ar</th>' + [4, 2, 0, 1, 0, 1, 1, 0, 0].map((n) => `<td class="num">${n}</td>`).join(''));
  });

  it('is the same bytes every time', () => {
    expect(renderReviewPage(storyInput())).toBe(html);
  });

  it('titles the page with its headline, cut at a word to fit a tab when long', () => {
    expect(html).toContain('<title>Review: Foreign Ministry says 2,500 troops stay</title>');
    const long = 'Donors pledge $7.5 billion to rebuild the port city after the floods of last winter';
    const title = /<title>([^<]*)<\/title>/u.exec(renderReviewPage(storyInput({ sources: { 'headline.s1': long } })))![1]!;
    expect(title).toBe('Review: Donors pledge $7.5 billion to rebuild the port city after the…');
    expect(title.length).toBeLessThanOrEqual(70);
    // Counted as written: an apostrophe is five characters in the page.
    const quoted = /<title>([^<]*)<\/title>/u.exec(renderReviewPage(storyInput({ sources: { 'headline.s1': "Donors pledge $7.5 billion to rebuild Iraq's war-torn north" } })))![1]!;
    expect(quoted).toBe('Review: Donors pledge $7.5 billion to rebuild Iraq&#39;s war-torn…');
    const unbroken = '𝐀'.repeat(40);
    const cutPair = /<title>([^<]*)<\/title>/u.exec(renderReviewPage(storyInput({ sources: { 'headline.s1': unbroken } })))![1]!;
    expect(cutPair).toBe(`Review: ${'𝐀'.repeat(30)}…`);
  });
});

describe('hostile text on the review page', () => {
  const evil = `<script>alert("x")</script> & 'quoted' "double" </td></tr>`;
  const input = storyInput({
    article: { id: 'evil-"id"', source: { path: 'desk/<evil>&"name".txt', format: 'text' }, findings: [finding('ingest/odd', 'x', 'en', { reason: evil, line: 3 })] },
    sources: { 'p1.s2': evil },
    fr: { 'p1.s2': { target: evil, findings: [finding('qa/x', 'p1.s2', 'fr', { reason: evil, actual: evil, expected: [evil], place: { side: 'target', start: 0, end: 8 } })] } },
    ar: { 'p1.s2': { target: `${evil} عربي` } },
  });
  const html = renderReviewPage(input);

  it('is escaped everywhere: text, titles, ids, paths, expected and actual', async () => {
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"double"');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('desk/&lt;evil&gt;&amp;&quot;name&quot;.txt');
    expect(html).toContain('evil-&quot;id&quot;');
  });

  it('still has one row per unit and highlights the finding on the hostile text', () => {
    expect(html.match(/<tr class="unit /gu)).toHaveLength(input.segments.length);
    expect(cellOf(html, 'p1.s2', 'fr')).toContain('>&lt;script&gt;</mark>');
  });
});

describe('findings a text cannot hold', () => {
  it('become flags: a range past the end of the target, a target-side finding on a unit without target', async () => {
    const html = renderReviewPage(
      storyInput({
        fr: { 'p1.s2': { findings: [finding('qa/far', 'p1.s2', 'fr', { place: { side: 'target', start: 5, end: 500 } })] } },
        ar: { 'p1.s1': { findings: [finding('mt/failed', 'p1.s1', 'ar', { severity: 'error', place: { side: 'target', start: 0, end: 3 } })] } },
      }),
    );
    expect(cellOf(html, 'p1.s2', 'fr')).toContain('>qa/far</mark>');
    expect(cellOf(html, 'p1.s1', 'ar')).toContain('>mt/failed</mark>');
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('an insertion point (empty range) is an empty highlight at its place', () => {
    const html = renderReviewPage(storyInput({ fr: { 'p1.s1': { findings: [finding('fr-typography/missing-space', 'p1.s1', 'fr', { place: { side: 'target', start: 2, end: 2 } })] } } }));
    expect(cellOf(html, 'p1.s1', 'fr')).toMatch(/Le<mark class="finding sev-warning point"[^>]*><\/mark> ministère/u);
  });
});
