/**
 * Markup codes through DeepL: sent as `<g>`/`<ph>` elements beside the span placeholders, their
 * placements read back from the answer, and every way the answer can break them reported on the
 * unit (`mt/markup-*`) with no placement for the broken code. Against the fake server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingOnUnit, type MarkupCode, type ProtectedSpan, type Segment } from '../../src/model.js';
import type { EngineBatch, EngineBatchResult } from '../../src/mt/engine.js';
import { createDeepLEngine } from '../../src/mt/engines/deepl.js';
import { decodeTranslation, encodeSegment } from '../../src/mt/engines/deepl/placeholders.js';
import { tokenizeXml } from '../../src/mt/engines/deepl/xml.js';
import { glossaryOf, segmentOf, spanOf } from '../helpers/builders.js';
import { startFakeDeepL, type FakeDeepL } from '../helpers/fake-deepl/index.js';

const authKey = 'wire-l10n-test-key:fx';
const glossary = glossaryOf();

let fake: FakeDeepL;
beforeEach(async () => {
  fake = await startFakeDeepL({ authKey });
});
afterEach(async () => {
  await fake.stop();
});

const engine = () => createDeepLEngine({ authKey, serverUrl: fake.url, timeoutMs: 2000 });
const batchOf = (segments: Segment[]): EngineBatch => ({ sourceLang: 'en', targetLang: 'fr', segments });

const pair = (id: string, element: string, start: number, end: number, open = `<${element}>`): MarkupCode => ({
  id, kind: 'paired', element, open, close: `</${element}>`, start, end,
});
const br = (id: string, at: number): MarkupCode => ({ id, kind: 'standalone', element: 'br', open: '<br/>', start: at, end: at });

/** A segment with its codes and with spans at the first occurrence of each given text. */
function markedSegment(id: string, source: string, markup: MarkupCode[], spans: ReadonlyArray<[string, ProtectedSpan['kind']]> = []): Segment {
  const protectedSpans = spans.map(([text, kind]) => spanOf(text, source.indexOf(text), kind)).sort((a, b) => a.start - b.start);
  return { ...segmentOf(source, { id }), protectedSpans, markup };
}

/**
 * A number in bold where the number starts, a line break, a link with an emphasised
 * do-not-translate name inside it (the emphasis over exactly the span's text).
 */
const link = '<a href="https://afp.test/r">';
const nested = () =>
  markedSegment(
    'p3.s1',
    'Police said 12 people died, the AFP reported.',
    [pair('m1', 'strong', 12, 21), br('m2', 27), pair('m3', 'a', 28, 44, link), pair('m4', 'em', 32, 35)],
    [['12', 'value'], ['AFP', 'dnt']],
  );

/** A link around an emphasis, and a line break at the end. */
const linked = () => markedSegment('p2.s1', 'Read the full report here.', [pair('m1', 'a', 0, 20, link), pair('m2', 'em', 9, 13), br('m3', 26)]);
/** Its clean target: `FR: READ THE FULL REPORT HERE.` */
const linkedPlacements = { m1: { id: 'm1', start: 4, end: 24 }, m2: { id: 'm2', start: 13, end: 17 }, m3: { id: 'm3', start: 30, end: 30 } };

/** Target `index`'s findings as they read on its unit. */
const findingsOf = (result: EngineBatchResult, segments: readonly Segment[], index: number) =>
  (result.findings?.[index] ?? []).map((finding) => findingOnUnit(finding, { id: segments[index]!.id, targetLang: 'fr' }));

describe('DeepL engine: markup codes sent as XML', () => {
  it('prints codes and span placeholders well nested: a code over a span encloses it, touching ones stay apart', () => {
    expect(encodeSegment(nested()).xml).toBe(
      'Police said <g id="m1"><x id="n1"/> people</g> died,<ph id="m2"/> <g id="m3">the <g id="m4"><dnt id="d1">AFP</dnt></g> reported</g>.',
    );
  });

  it('puts a link around exactly a URL outside its placeholder, and escapes the text between tags', () => {
    const segment = markedSegment('p1.s1', 'See https://afp.test/r?a=1&b=2 & more', [pair('m1', 'a', 4, 30, link)], [['https://afp.test/r?a=1&b=2', 'url']]);
    expect(encodeSegment(segment).xml).toBe('See <g id="m1"><x id="u1"/></g> &amp; more');
  });

  it('sends a span with a tag inside its text as plain text, so the tag keeps its words', () => {
    const source = 'Follow https://afp.test/live and call 555';
    const segment = markedSegment('p1.s1', source, [pair('m1', 'em', 15, 23)], [['https://afp.test/live', 'url'], ['555', 'value']]);
    const encoded = encodeSegment(segment);
    expect(encoded.xml).toBe('Follow https://<g id="m1">afp.test</g>/live and call <x id="n1"/>');
    expect(encoded.placeholders.map((placeholder) => placeholder.id)).toEqual(['n1']);
  });

  it('asks DeepL not to split at any tag nor guess the outline', async () => {
    await engine().translateBatch(batchOf([nested()]), { glossary });
    expect(fake.log[0]!.params).toMatchObject({ tag_handling: 'xml', ignore_tags: 'dnt', non_splitting_tags: 'g,ph', outline_detection: '0' });
    expect(fake.log[0]!.params).not.toHaveProperty('splitting_tags');
  });
});

describe('DeepL engine: markup codes read back', () => {
  it('places every code of a clean answer exactly, nested link, emphasis, span and line break', async () => {
    const result = await engine().translateBatch(batchOf([nested()]), { glossary });
    expect(fake.log[0]!.texts).toEqual([encodeSegment(nested()).xml]);
    expect(result.targets).toEqual(['FR: POLICE SAID 12 PEOPLE DIED, THE AFP REPORTED.']);
    expect(result.markup).toEqual([
      [
        { id: 'm1', start: 16, end: 25 },
        { id: 'm2', start: 31, end: 31 },
        { id: 'm3', start: 32, end: 48 },
        { id: 'm4', start: 36, end: 39 },
      ],
    ]);
    expect(result.findings).toEqual([[]]);
    const target = result.targets[0]!;
    expect([target.slice(16, 25), target.slice(32, 48), target.slice(36, 39)]).toEqual(['12 PEOPLE', 'THE AFP REPORTED', 'AFP']);
  });

  it('reports a lost pair as mt/markup-missing, keeps its words and places the others', async () => {
    fake.faults.corruptTags(1, 'unwrap', { element: 'g' });
    const segments = [linked()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.targets).toEqual(['FR: READ THE FULL REPORT HERE.']);
    expect(result.markup).toEqual([[linkedPlacements.m2, linkedPlacements.m3]]);
    expect(findingsOf(result, segments, 0)).toEqual([
      {
        id: 'mt/markup-missing:fr:p2.s1:m1',
        ruleId: 'mt/markup-missing',
        source: 'mt',
        severity: 'error',
        reason: expect.stringContaining('DeepL lost the markup <a href="https://afp.test/r"> (m1)'),
        expected: [link],
        unitId: 'p2.s1',
      },
    ]);
  });

  it('reports a lost line break', async () => {
    fake.faults.corruptTags(1, 'unwrap', { element: 'ph' });
    const segments = [linked()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.markup).toEqual([[linkedPlacements.m1, linkedPlacements.m2]]);
    expect(findingsOf(result, segments, 0).map((finding) => finding.id)).toEqual(['mt/markup-missing:fr:p2.s1:m3']);
  });

  it('reports a duplicated pair, and the pair inside it, with no placement for either', async () => {
    fake.faults.corruptTags(1, 'duplicate', { element: 'g' });
    const segments = [linked()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.targets).toEqual(['FR: READ THE FULL REPORTREAD THE FULL REPORT HERE.']);
    expect(result.markup).toEqual([[{ id: 'm3', start: 50, end: 50 }]]);
    expect(findingsOf(result, segments, 0)).toMatchObject([
      { id: 'mt/markup-duplicated:fr:p2.s1:m1', ruleId: 'mt/markup-duplicated', severity: 'error', actual: '2 times' },
      { id: 'mt/markup-duplicated:fr:p2.s1:m2', ruleId: 'mt/markup-duplicated', severity: 'error', actual: '2 times' },
    ]);
  });

  it('reports two pairs DeepL crossed as mt/markup-misnested, with no placement for either', async () => {
    fake.faults.corruptTags(1, 'cross', { element: 'g' });
    const segments = [linked()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.targets).toEqual(['FR: READ THE FULL REPORT HERE.']);
    expect(result.markup).toEqual([[linkedPlacements.m3]]);
    expect(findingsOf(result, segments, 0)).toMatchObject([
      { id: 'mt/markup-misnested:fr:p2.s1:m1-m2', ruleId: 'mt/markup-misnested', severity: 'error', reason: expect.stringContaining('crossed') },
    ]);
  });

  it('reports an invented tag as mt/markup-unknown and still places every code', async () => {
    fake.faults.corruptTags(1, 'invent', { element: 'g' });
    const segments = [linked()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.targets).toEqual(['FR: READ THE FULL REPORT HERE.']);
    expect(result.markup).toEqual([[linkedPlacements.m1, linkedPlacements.m2, linkedPlacements.m3]]);
    expect(findingsOf(result, segments, 0)).toMatchObject([
      { id: 'mt/markup-unknown:fr:p2.s1:<g id="invented"/>', ruleId: 'mt/markup-unknown', severity: 'error', actual: '<g id="invented"/>' },
    ]);
  });

  it('gives findings to the faulted unit of a batch only', async () => {
    fake.faults.corruptTags(1, 'cross', { element: 'g', textIndex: 1 });
    const segments = [segmentOf('Nothing marked here.', { id: 'p1.s1' }), linked(), nested()];
    const result = await engine().translateBatch(batchOf(segments), { glossary });
    expect(result.findings?.[0]).toEqual([]);
    expect(findingsOf(result, segments, 1).map((finding) => finding.ruleId)).toEqual(['mt/markup-misnested']);
    expect(result.findings?.[2]).toEqual([]);
    expect(result.markup?.[0]).toBeUndefined();
    expect(result.markup?.[1]).toEqual([linkedPlacements.m3]);
    expect(result.markup?.[2]).toHaveLength(4);
  });
});

describe('DeepL engine: reading markup from a malformed answer', () => {
  const encoded = encodeSegment(linked());
  const decode = (xml: string) => decodeTranslation(xml, encoded);
  const rules = (xml: string) => decode(xml).findings.map((finding) => `${finding.ruleId} ${finding.key}`);

  it('takes a close tag naming its id (even unquoted) for that element: crossing pairs are misnested, never a throw', () => {
    const answer = '<g id="m1">Lire le <g id="m2">rapport</g id=m1> complet</g> ici.<ph id=m3 />';
    expect(tokenizeXml(answer).filter((token) => token.kind === 'tag').map((token) => token.kind === 'tag' && token.id)).toEqual(['m1', 'm2', 'm1', undefined, 'm3']);
    const decoded = decode(answer);
    expect(decoded.target).toBe('Lire le rapport complet ici.');
    expect(decoded.markup).toEqual([{ id: 'm3', start: 28, end: 28 }]);
    expect(rules(answer)).toEqual(['mt/markup-misnested m1-m2']);
  });

  it('reports a stray close tag once and a pair never closed as lost, keeping all the words', () => {
    const answer = 'Lire </g>le <g id="m1">rapport <g id="m2">complet</g> ici.</g><ph id="m3"/>';
    expect(decode(answer)).toMatchObject({ target: 'Lire le rapport complet ici.', markup: [{ id: 'm1', start: 8, end: 28 }, { id: 'm2', start: 16, end: 23 }, { id: 'm3', start: 28, end: 28 }] });
    expect(rules(answer)).toEqual(['mt/markup-unknown </g>']);
    const unclosed = '<g id="m1">Lire le <g id="m2">rapport</g> complet ici.<ph id="m3"/>';
    expect(decode(unclosed).markup).toEqual([{ id: 'm2', start: 8, end: 15 }, { id: 'm3', start: 28, end: 28 }]);
    expect(rules(unclosed)).toEqual(['mt/markup-missing m1']);
  });

  it('reports words inside a line break as invalid, and a code under the wrong element as lost and unknown', () => {
    expect(rules('<g id="m1">Lire <g id="m2">tout</g></g> ici<ph id="m3">.</ph>')).toEqual(['mt/markup-invalid m3']);
    expect(rules('<ph id="m1"/>Lire <g id="m2">tout</g> ici.<ph id="m3"/>')).toEqual(['mt/markup-missing m1', 'mt/markup-unknown <ph id="m1"/>']);
  });

  it('keeps an empty pair DeepL wrote self-closed, where it stands', () => {
    expect(decode('Lire <g id="m1"/><g id="m2">tout</g> ici.<ph id="m3"/>')).toEqual({
      target: 'Lire tout ici.',
      markup: [{ id: 'm1', start: 5, end: 5 }, { id: 'm2', start: 5, end: 9 }, { id: 'm3', start: 14, end: 14 }],
      findings: [],
    });
  });

  it('reports markup invented for a segment without codes, keeps its words and returns no placements', () => {
    const plain = encodeSegment(segmentOf('Two dead', { id: 'p1.s1' }));
    const decoded = decodeTranslation('Deux <g id="m1">morts</g>', plain);
    expect(decoded).not.toHaveProperty('markup');
    expect(decoded.target).toBe('Deux morts');
    expect(decoded.findings.map((finding) => [finding.ruleId, finding.actual])).toEqual([['mt/markup-unknown', '<g id="m1">']]);
  });

  it('reads a long run of broken tags as text', () => {
    const hostile = '<g id='.repeat(20_000) + '<ph id=m3 ' .repeat(20_000);
    const decoded = decode(hostile);
    expect(decoded.target).toBe(hostile);
    expect(decoded.markup).toEqual([]);
  });
});
