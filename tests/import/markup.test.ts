/**
 * Markup codes back from XLIFF: written, read by our reader, decided by the import — the target's
 * codes become `targetMarkup` at exact offsets of the plain target; a target that lost, doubled,
 * invented, misnested or half-closed a code is refused for that unit only.
 */
import { describe, expect, it } from 'vitest';
import { decideUnit } from '../../src/import/decide.js';
import { planFileImport } from '../../src/import/index.js';
import { prepareArticle, type PreparedArticle } from '../../src/job/prepare.js';
import type { MarkupCode, Segment, Unit } from '../../src/model.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { InlineRun } from '../../src/xliff/inline.js';
import { readXliff } from '../../src/xliff/read/index.js';
import type { ReadUnit } from '../../src/xliff/read/types.js';
import { glossary, localized, markedUnits, markupCode, placement, segment, unit } from '../xliff/fixtures.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { code, readFile, readUnit } from './helpers.js';

/** The marked-up story with every unit translated by a human, so each one is applied on import. */
function translatedUnits(): Unit[] {
  const target = 'Le pétrole a progressé lundi.';
  return markedUnits().map((u) =>
    u.target === undefined
      ? { ...u, state: 'translated' as const, origin: 'human' as const, target, targetMarkup: [placement(target, 'm1', 'Le pétrole a progressé')] }
      : { ...u, state: 'reviewed' as const, origin: 'human' as const },
  );
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Writes the units, lets `edit` change the file as a tool would, reads it back with our reader. */
function roundTrip(units: readonly Unit[], version: '1.2' | '2.1', edit: (xml: string) => string = (xml) => xml): ReadUnit[] {
  const xml = edit(writeXliff(localized(units), { version, glossary }));
  return [...readXliff(encode(xml), `story.fr.${version}.xlf`).units];
}

function decideAll(units: readonly Unit[], read: readonly ReadUnit[]) {
  return read.map((readBack, index) => decideUnit(readBack, units[index]!.segment, undefined, {}));
}

describe.each(xliffVersions)('write → read → import of markup codes, XLIFF %s', (version) => {
  it('restores every target’s markup placements exactly', () => {
    const units = translatedUnits();
    expect(decideAll(units, roundTrip(units, version))).toEqual(
      units.map((u) => ({ kind: 'apply', target: u.target, targetMarkup: u.targetMarkup, state: 'reviewed' === u.state ? 'reviewed' : 'translated' })),
    );
  });

  it('takes codes a translator moved and reordered, in the segment’s order of codes', () => {
    const source = 'Read the report, then call.';
    const codes: MarkupCode[] = [markupCode(source, 'm1', 'a', 'the report', '<a href="https://x.test/">'), markupCode(source, 'm2', 'br', 'report,', '<br/>')];
    const target = 'Appelez, puis lisez le rapport.';
    // The exported target had the codes in the source's order; the translator put the line break first.
    const units = [unit({ ...segment('p1.s1', source), markup: codes }, { state: 'translated', origin: 'human', target, targetMarkup: [placement(target, 'm2', 'Appelez,', true), placement(target, 'm1', 'le rapport')] })];
    const [decision] = decideAll(units, roundTrip(units, version));
    expect(decision).toEqual({ kind: 'apply', target, targetMarkup: [placement(target, 'm1', 'le rapport'), placement(target, 'm2', 'Appelez,', true)], state: 'translated' });
  });
});

describe('pairs a tool wrote in other forms', () => {
  const units = translatedUnits().slice(0, 1);
  const expected = { kind: 'apply', target: units[0]!.target, targetMarkup: units[0]!.targetMarkup, state: 'reviewed' };

  it('reads a 2.1 target whose pair came back as <sc>/<ec>', () => {
    const read = roundTrip(units, '2.1', (xml) =>
      xml.replace(/<target><pc id="m1"[^>]*>rapport complet<\/pc>/u, '<target><sc id="m1" dataRef="dm1-open"/>rapport complet<ec startRef="m1" dataRef="dm1-close"/>'),
    );
    expect(read[0]!.target!.some((run) => typeof run !== 'string' && run.kind === 'open')).toBe(true);
    expect(decideAll(units, read)).toEqual([expected]);
  });

  it('reads a 1.2 target whose pair came back as <bx>/<ex>', () => {
    const read = roundTrip(units, '1.2', (xml) =>
      xml.replace(/(<target[^>]*>Lisez le )<g id="m1" ctype="link">rapport complet<\/g>/u, '$1<bx id="b1" rid="m1" ctype="link"/>rapport complet<ex id="e1" rid="m1"/>'),
    );
    expect(decideAll(units, read)).toEqual([expected]);
  });

  it('refuses a 2.1 target whose <sc>/<ec> pairs cross, naming both codes', () => {
    const source = 'Read the full report now.';
    const codes = [markupCode(source, 'm1', 'a', 'the full', '<a href="https://x.test/">'), markupCode(source, 'm2', 'em', 'report')];
    const target = 'Lisez le rapport complet maintenant.';
    const crossed = [unit({ ...segment('p1.s1', source), markup: codes }, { state: 'translated', origin: 'human', target, targetMarkup: [placement(target, 'm1', 'le rapport'), placement(target, 'm2', 'complet')] })];
    const read = roundTrip(crossed, '2.1', (xml) =>
      xml.replace(/<target>.*<\/target>/u, '<target>Lisez <sc id="m1" dataRef="dm1-open"/>le <sc id="m2" dataRef="dm2-open"/>rapport<ec startRef="m1" dataRef="dm1-close"/> complet<ec startRef="m2" dataRef="dm2-close"/> maintenant.</target>'),
    );
    const [decision] = decideAll(crossed, read);
    expect(decision).toEqual({ kind: 'reject', reason: expect.stringMatching(/crossed the markup <em> \(m2\) with <a href="https:\/\/x\.test\/"> \(m1\)|crossed the markup <a href="https:\/\/x\.test\/"> \(m1\) with <em> \(m2\)/) });
  });
});

describe('targets refused for their markup', () => {
  const source = 'Read the full report, then call.';
  const codes: MarkupCode[] = [markupCode(source, 'm1', 'a', 'full report', '<a href="https://x.test/">'), markupCode(source, 'm2', 'br', 'report,', '<br/>')];
  const marked: Segment = { ...segment('p1.s1', source), markup: codes };
  const sourceRuns: InlineRun[] = ['Read the ', code('m1', undefined, 'open'), 'full report', code('m1', undefined, 'close'), ',', code('m2'), ' then call.'];
  const decide = (target: InlineRun[]) => decideUnit(readUnit('p1.s1', sourceRuns, target, 'translated'), marked, undefined, {});
  const open = code('m1', undefined, 'open');
  const close = code('m1', undefined, 'close');

  it('applies the clean target (the case the others break)', () => {
    expect(decide(['Lisez le ', open, 'rapport', close, ',', code('m2'), ' puis appelez.'])).toEqual({
      kind: 'apply',
      target: 'Lisez le rapport, puis appelez.',
      targetMarkup: [{ id: 'm1', start: 9, end: 16 }, { id: 'm2', start: 17, end: 17 }],
      state: 'translated',
    });
  });

  it.each([
    ['a lost pair', ['Lisez le rapport,', code('m2'), ' puis appelez.'], /lost the markup <a href="https:\/\/x\.test\/"> \(m1\)/],
    ['a lost line break', ['Lisez le ', open, 'rapport', close, ', puis appelez.'], /lost the markup <br\/> \(m2\)/],
    ['a doubled pair', ['Lisez ', open, 'le', close, ' ', open, 'rapport', close, ',', code('m2'), ' puis appelez.'], /repeated the markup <a href="https:\/\/x\.test\/"> \(m1\): it appears 2 times/],
    ['a doubled line break', ['Lisez le ', open, 'rapport', close, ',', code('m2'), code('m2'), ' puis appelez.'], /repeated the markup <br\/> \(m2\)/],
    ['an invented pair', ['Lisez le ', open, 'rapport', close, ',', code('m2'), ' ', code('m9', undefined, 'open'), 'puis', code('m9', undefined, 'close'), ' appelez.'], /paired inline code m9 .*source does not have/],
    ['an invented standalone code', ['Lisez le ', open, 'rapport', close, ',', code('m2'), code('x3'), ' puis appelez.'], /inline code x3 .*source does not have/],
    ['a pair never closed', ['Lisez le ', open, 'rapport,', code('m2'), ' puis appelez.'], /opens the markup <a href="https:\/\/x\.test\/"> \(m1\) but never closes it/],
    ['a pair closed before it opens', ['Lisez le ', close, 'rapport', open, ',', code('m2'), ' puis appelez.'], /closes the markup <a href="https:\/\/x\.test\/"> \(m1\) before opening it/],
    ['a line break written as a pair', ['Lisez le ', open, 'rapport', close, ',', code('m2', undefined, 'open'), code('m2', undefined, 'close'), ' puis appelez.'], /markup <br\/> \(m2\) as one end of a pair/],
    ['a pair written as a standalone code', ['Lisez le ', code('m1'), 'rapport,', code('m2'), ' puis appelez.'], /markup <a href="https:\/\/x\.test\/"> \(m1\) as a standalone code/],
  ])('refuses %s, naming the code', (_name, target, reason) => {
    const decision = decide(target as InlineRun[]);
    expect(decision).toEqual({ kind: 'reject', reason: expect.stringMatching(reason) });
  });

  it('refuses a returned source that lost or changed a markup code as edited', () => {
    const lost = decideUnit(readUnit('p1.s1', ['Read the full report,', code('m2'), ' then call.'], ['x'], 'translated'), marked, undefined, {});
    expect(lost).toEqual({ kind: 'reject', reason: expect.stringMatching(/source has 1 inline code\(s\) but the story's segment has 0 protected span\(s\) and 2 markup code\(s\), 3 inline code\(s\) in all/) });
    const swapped = ['Read the ', code('m2'), 'full report', code('m2'), ',', code('m1'), ' then call.'];
    expect(decideUnit(readUnit('p1.s1', swapped, ['x'], 'translated'), marked, undefined, {})).toEqual({
      kind: 'reject',
      reason: expect.stringMatching(/source inline code m2 .* is not the open of a pair the export wrote there: the source was edited/),
    });
  });

  it('reads codes a tool renumbered on both sides by the returned source’s ids', () => {
    const renumbered: InlineRun[] = ['Read the ', code('7', undefined, 'open'), 'full report', code('7', undefined, 'close'), ',', code('8'), ' then call.'];
    const target: InlineRun[] = [code('8'), 'Lisez le ', code('7', undefined, 'open'), 'rapport', code('7', undefined, 'close'), ', puis appelez.'];
    expect(decideUnit(readUnit('p1.s1', renumbered, target, 'translated'), marked, undefined, {})).toMatchObject({
      kind: 'apply',
      targetMarkup: [{ id: 'm1', start: 9, end: 16 }, { id: 'm2', start: 0, end: 0 }],
    });
  });
});

describe('planFileImport with markup', () => {
  it('refuses the unit whose markup is broken and applies the others of the file, their placements on the ledger entries', () => {
    const units = translatedUnits();
    const article = localized(units).article;
    const prepared: PreparedArticle = { article, segments: units.map((u) => u.segment), units };
    const read = roundTrip(units, '2.1', (xml) => xml.replace(/(<target>Lisez le )<pc id="m1"[^>]*>(rapport complet)<\/pc>/u, '$1$2'));
    const plan = planFileImport(readFile(read, { articleId: article.id, original: article.source.path }), prepared, [], { targetLang: 'fr' });
    expect(plan.outcomes.map((outcome) => [outcome.unitId, outcome.outcome])).toEqual([
      ['p1.s1', 'rejected'],
      ['p1.s2', 'applied'],
      ['p2.s1', 'applied'],
      ['p3.s1', 'applied'],
      ['p3.s2', 'applied'],
    ]);
    expect(plan.outcomes[0]!.reason).toMatch(/lost the markup <a href="https:\/\/example\.org\/report\?id=7&amp;lang=en" title="the &quot;full&quot; one"> \(m1\)/);
    expect(plan.ledger.map((entry) => [entry.unitId, entry.targetMarkup])).toEqual(units.slice(1).map((u) => [u.id, u.targetMarkup]));
    // The memory gets the marked-up work tagged, as leverage looks it up.
    expect(plan.tm.map((entry) => [entry.source, entry.target])).toEqual([
      ['Some <c1>2,500</c1> troops remain.', 'Quelque <c1>2\u202f500</c1> soldats restent.'], // the value's code as French writes it
      ['Talks resume in Doha,<c1/> officials said.', 'Les pourparlers reprennent à Doha,<c1/> selon des responsables.'],
      ['<c1>Markets fell.</c1>', '<c1>Les marchés ont reculé.</c1>'],
      ['<c1>Oil rose</c1> on Monday.', '<c1>Le pétrole a progressé</c1> lundi.'],
    ]);
  });
});

describe('a story segmented and protected by the job, through XLIFF and back', () => {
  // `<strong>` runs across the sentence boundary (two pieces); `<em>` encloses a number the protect stage makes a span.
  const text = 'Markets fell sharply. Some 2,500 traders left on Monday.';
  const base = articleOf([['paragraph', text]]);
  const article = {
    ...base,
    blocks: base.blocks.map((block) => ({ ...block, markup: [markupCode(text, 'm1', 'strong', 'Markets fell sharply. Some'), markupCode(text, 'm2', 'em', '2,500')] })),
  };
  const prepared = prepareArticle(article, glossaryOf(), ['fr']);
  // The values as French writes them, as the import gives their codes back.
  const targets = ['Les marchés ont fortement reculé.', 'Quelque 2\u202f500 opérateurs sont partis lundi.'];
  const targetMarkup = [
    [{ id: 'm1', start: 0, end: targets[0]!.length }],
    [placement(targets[1]!, 'm1', 'Quelque'), placement(targets[1]!, 'm2', '2\u202f500')],
  ];
  const units = prepared.units.map((u, index) => ({ ...u, state: 'translated' as const, origin: 'human' as const, target: targets[index]!, targetMarkup: targetMarkup[index]! }));

  it.each(xliffVersions)('applies each unit with its markup placements and the segment’s hash (%s)', (version) => {
    expect(prepared.segments.map((seg) => [seg.markup?.map((c) => c.id), seg.protectedSpans.map((span) => span.text)])).toEqual([
      [['m1'], []],
      [['m1', 'm2'], ['2,500', 'Monday']],
    ]);
    const xml = writeXliff({ article, targetLang: 'fr', units }, { version, glossary: glossaryOf() });
    const file = readXliff(encode(xml), 'story.fr.xlf');
    const plan = planFileImport(file, prepared, [], { targetLang: 'fr' });
    expect(plan.outcomes.map((outcome) => outcome.outcome)).toEqual(['applied', 'applied']);
    expect(plan.ledger.map(({ sourceHash, target, targetMarkup: markup }) => ({ sourceHash, target, markup }))).toEqual(
      prepared.segments.map((seg, index) => ({ sourceHash: seg.hash, target: targets[index], markup: targetMarkup[index] })),
    );
  });
});
