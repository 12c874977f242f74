/**
 * Markup codes (links, emphasis, line breaks) as XLIFF inline codes: what each version writes for
 * the source and for a target placed by `Unit.targetMarkup`, a target with broken markup written
 * without the broken codes, and the tag order (markup-ends.ts) that nests by construction.
 */
import { describe, expect, it } from 'vitest';
import { xliff12ToJs, xliff2js } from 'xliff';
import { OutputError } from '../../src/errors.js';
import type { MarkupCode, Unit } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { markupEnds } from '../../src/xliff/markup-ends.js';
import { readXliff } from '../../src/xliff/read/index.js';
import { glossary, localized, markedUnits, markupCode, placement, segment, unit } from './fixtures.js';

/** The unit's own `<source>` and `<target>` lines as written (content stays on its element's line), not a match's. */
function contentLines(xml: string, unitId: string): { source: string; target: string } {
  const unitStart = xml.search(new RegExp(`<(?:trans-unit|unit) id="${unitId.replace('.', '\\.')}"`));
  const segmentStart = xml.indexOf('<segment', unitStart);
  const start = segmentStart >= 0 && segmentStart < xml.indexOf('</unit>', unitStart) ? segmentStart : unitStart;
  const lines = xml.slice(start).split('\n');
  const line = (name: string) => lines.find((text) => text.trimStart().startsWith(`<${name}`))!.trim();
  return { source: line('source'), target: line('target') };
}

const write = (units: readonly Unit[], version: '1.2' | '2.1') => writeXliff(localized(units), { version, glossary });

describe('markup codes in XLIFF 1.2', () => {
  const xml = write(markedUnits(), '1.2');

  it('writes a link as <g ctype="link">, its target where the placement says', () => {
    expect(contentLines(xml, 'p1.s1')).toEqual({
      source: '<source>Read the <g id="m1" ctype="link">full report</g> on the agency’s site.</source>',
      target: '<target state="translated">Lisez le <g id="m1" ctype="link">rapport complet</g> sur le site de l’agence.</target>',
    });
  });

  it('writes emphasis around a number span as <g ctype="italic"> enclosing the span’s <ph>', () => {
    const ph = '<ph id="1" ctype="x-number" equiv-text="2\u202f500">2,500</ph>';
    expect(contentLines(xml, 'p1.s2')).toEqual({
      source: `<source>Some <g id="m1" ctype="italic">${ph}</g> troops remain.</source>`,
      target: `<target state="needs-review-translation" state-qualifier="mt-suggestion">Quelque <g id="m1" ctype="italic">${ph}</g> soldats restent.</target>`,
    });
  });

  it('writes a line break as <x ctype="lb"/>', () => {
    expect(contentLines(xml, 'p2.s1')).toEqual({
      source: '<source>Talks resume in Doha,<x id="m2" ctype="lb"/> officials said.</source>',
      target: '<target state="signed-off">Les pourparlers reprennent à Doha,<x id="m2" ctype="lb"/> selon des responsables.</target>',
    });
  });

  it('writes each piece of a pair a sentence boundary cut as a whole <g> in its own unit; an untranslated copy keeps the source’s codes', () => {
    expect(contentLines(xml, 'p3.s1').source).toBe('<source><g id="m1" ctype="bold">Markets fell.</g></source>');
    expect(contentLines(xml, 'p3.s2')).toEqual({
      source: '<source><g id="m1" ctype="bold">Oil rose</g> on Monday.</source>',
      target: '<target state="needs-translation"><g id="m1" ctype="bold">Oil rose</g> on Monday.</target>',
    });
  });

  it('names other elements x-html-<element>', () => {
    const source = 'See the note here.';
    const codes = [markupCode(source, 'm1', 'span', 'the note', '<span class="n">'), markupCode(source, 'm2', 'wbr', 'note', '<wbr>')];
    const standalone = { ...codes[1]!, kind: 'standalone' as const, end: codes[1]!.start + 4, start: codes[1]!.start + 4 };
    const lines = contentLines(write([unit({ ...segment('p1.s1', source), markup: [codes[0]!, standalone] })], '1.2'), 'p1.s1');
    expect(lines.source).toBe('<source>See <g id="m1" ctype="x-html-span">the note</g><x id="m2" ctype="x-html-wbr"/> here.</source>');
  });
});

describe('markup codes in XLIFF 2.1', () => {
  const xml = write(markedUnits(), '2.1');
  const locked = 'canCopy="no" canDelete="no"';

  it('writes a link as <pc type="link"> with its tags in <originalData>, escaped', () => {
    const pc = `<pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" ${locked} canOverlap="no" type="link">`;
    expect(contentLines(xml, 'p1.s1')).toEqual({
      source: `<source>Read the ${pc}full report</pc> on the agency’s site.</source>`,
      target: `<target>Lisez le ${pc}rapport complet</pc> sur le site de l’agence.</target>`,
    });
    expect(xml).toContain('<data id="dm1-open">&lt;a href="https://example.org/report?id=7&amp;amp;lang=en" title="the &amp;quot;full&amp;quot; one"&gt;</data>');
    expect(xml).toContain('<data id="dm1-close">&lt;/a&gt;</data>');
  });

  it('writes emphasis as fmt/xlf:i around the span’s <ph>, and a line break as <ph type="fmt" subType="xlf:lb">', () => {
    expect(contentLines(xml, 'p1.s2').source).toBe(
      `<source>Some <pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" ${locked} canOverlap="no" type="fmt" subType="xlf:i"><ph id="1" dataRef="d1" equiv="2\u202f500" disp="2\u202f500" ${locked} type="other" subType="wire-l10n:number"/></pc> troops remain.</source>`,
    );
    expect(contentLines(xml, 'p2.s1').target).toBe(
      `<target>Les pourparlers reprennent à Doha,<ph id="m2" dataRef="dm2" ${locked} type="fmt" subType="xlf:lb"/> selon des responsables.</target>`,
    );
    expect(xml).toContain('<data id="dm2">&lt;br/&gt;</data>');
  });

  it('writes a split piece as a whole <pc type="fmt" subType="xlf:b">', () => {
    expect(contentLines(xml, 'p3.s1').target).toBe(
      `<target><pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" ${locked} canOverlap="no" type="fmt" subType="xlf:b">Les marchés ont reculé.</pc></target>`,
    );
  });

  it('gives elements without a 2.1 subType fmt and wire-l10n:<element>, and q the quote type', () => {
    const source = 'He said yes at the meeting.';
    const codes = [markupCode(source, 'm1', 'q', 'yes'), markupCode(source, 'm2', 'span', 'the meeting', '<span lang="en">')];
    const lines = contentLines(write([unit({ ...segment('p1.s1', source), markup: codes })], '2.1'), 'p1.s1');
    expect(lines.source).toContain(`<pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" ${locked} canOverlap="no" type="quote">yes</pc>`);
    expect(lines.source).toContain('type="fmt" subType="wire-l10n:span">the meeting</pc>');
  });
});

describe('a target with broken markup', () => {
  const source = 'Read the full report on the site.';
  const target = 'Lisez le rapport complet sur le site.';
  const codes: MarkupCode[] = [markupCode(source, 'm1', 'a', 'full report', '<a href="https://x.test/">'), markupCode(source, 'm2', 'em', 'site')];
  const withPlacements = (targetMarkup: Unit['targetMarkup']) =>
    unit({ ...segment('p1.s1', source), markup: codes }, { state: 'needs-review', origin: 'mt', engine: 'deepl', target, ...(targetMarkup ? { targetMarkup } : {}) });

  it.each([
    ['crossing pairs: both left out', [{ id: 'm1', start: 9, end: 20 }, { id: 'm2', start: 15, end: 36 }], []],
    ['a doubled code: left out, the other kept', [placement(target, 'm1', 'rapport'), placement(target, 'm1', 'complet'), placement(target, 'm2', 'site')], ['m2']],
    ['a code outside the target: left out', [placement(target, 'm1', 'rapport complet'), { id: 'm2', start: 30, end: 99 }], ['m1']],
    ['an unknown id: left out', [placement(target, 'm1', 'rapport complet'), placement(target, 'm9', 'site')], ['m1']],
    ['no placements at all (a target from before markup)', undefined, []],
  ] as const)('%s', (_name, targetMarkup, kept) => {
    for (const version of ['1.2', '2.1'] as const) {
      const xml = write([withPlacements(targetMarkup)], version);
      const targetLine = contentLines(xml, 'p1.s1').target;
      expect([...targetLine.matchAll(/ id="(m\d)"/g)].map((match) => match[1])).toEqual(kept);
      // Still well formed and the same text: the strict reader reads it back.
      const read = readXliff(new TextEncoder().encode(xml), 'broken.xlf').units[0]!;
      expect(read.target!.filter((run) => typeof run === 'string').join('')).toBe(target);
    }
  });

  it('refuses source markup that does not fit the source, naming the unit', () => {
    const bad = unit({ ...segment('p1.s1', source), markup: [{ ...codes[0]!, end: 99 }] });
    expect(() => write([bad], '1.2')).toThrow(OutputError);
    expect(() => write([bad], '2.1')).toThrow(/unit p1\.s1: its markup does not fit its source: <a href="https:\/\/x\.test\/"> \(m1\) lies outside/);
  });
});

describe('markupEnds: the order tags are printed in', () => {
  const code = (id: string, start: number, end: number, kind: MarkupCode['kind'] = 'paired'): MarkupCode => ({
    id,
    kind,
    element: kind === 'paired' ? 'em' : 'br',
    open: '<x>',
    start,
    end,
  });
  const printed = (placed: ReadonlyArray<MarkupCode>, atoms: ReadonlyArray<{ start: number; end: number }> = []) =>
    markupEnds(placed.map((c) => ({ code: c, start: c.start, end: c.end })), atoms).map(({ at, end }) => `${end.kind === 'close' ? '/' : end.kind === 'standalone' ? '!' : ''}${end.id}@${at}`);

  it('nests two pairs over the same words, the first given outside', () => {
    expect(printed([code('m1', 2, 6), code('m2', 2, 6)])).toEqual(['m1@2', 'm2@2', '/m2@6', '/m1@6']);
  });

  it('closes what ends before opening what starts at one offset, standalone codes between', () => {
    expect(printed([code('m1', 0, 4), code('m2', 4, 4, 'standalone'), code('m3', 4, 9)])).toEqual(['m1@0', '/m1@4', '!m2@4', 'm3@4', '/m3@9']);
  });

  it('opens a longer pair starting at the same offset first', () => {
    expect(printed([code('m2', 3, 5), code('m1', 3, 9)])).toEqual(['m1@3', 'm2@3', '/m2@5', '/m1@9']);
  });

  it('moves a tag inside a span to the span’s end, keeping pairs nested', () => {
    // `<b>2</b>,500` with 2,500 a span (3–8): the pair ends up around the whole span.
    expect(printed([code('m1', 3, 4)], [{ start: 3, end: 8 }])).toEqual(['m1@3', '/m1@8']);
    expect(printed([code('m1', 0, 5), code('m2', 6, 10)], [{ start: 4, end: 7 }])).toEqual(['m1@0', '/m1@7', 'm2@7', '/m2@10']);
  });

  it('prints crossing pairs nested all the same (never malformed), offsets never going back', () => {
    expect(printed([code('m1', 0, 5), code('m2', 3, 8)])).toEqual(['m1@0', 'm2@3', '/m2@8', '/m1@8']);
  });
});

describe('an independent reader (the xliff package) reading marked-up files', () => {
  it.each(['1.2', '2.1'] as const)('finds every unit of %s with its plain text around the codes', async (version) => {
    const xml = write(markedUnits(), version);
    const read = version === '1.2' ? await xliff12ToJs(xml) : await xliff2js(xml);
    const units = Object.values(read.resources).flatMap((file) => Object.values(file).flatMap((group) => Object.entries(group.groupUnits ?? {})));
    expect(units.map(([id]) => id)).toEqual(markedUnits().map((u) => u.id));
    // The package reads a pair as `{ GenericSpan | Span: { contents } }`, a standalone code as an element without contents.
    const plain = (content: unknown): string => {
      if (typeof content === 'string') return content;
      if (Array.isArray(content)) return content.map(plain).join('');
      const element = content && typeof content === 'object' ? Object.values(content)[0] : undefined;
      return element && typeof element === 'object' && 'contents' in element ? plain(element.contents) : '';
    };
    expect(units.map(([, u]) => plain(u.source).replace('2,500', ''))).toEqual(markedUnits().map((u) => u.segment.source.replace('2,500', '')));
  });
});
