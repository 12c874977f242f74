import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article, Block, MarkupCode } from '../../src/model.js';
import { segmentArticle } from '../../src/segment/index.js';
import { hashText } from '../../src/util/hash.js';
import { brCode, codeAround } from '../helpers/builders.js';

function articleWith(...blocks: Block[]): Article {
  return { id: 'marked-2024-11-23', version: 1, lang: 'en', dateline: { place: 'Baghdad', date: '2024-11-23' }, blocks, source: { path: 'marked.html', format: 'html' } };
}

function paragraph(id: string, text: string, markup: MarkupCode[] = []): Block {
  return { id, kind: 'paragraph', text, line: 1, ...(markup.length === 0 ? {} : { markup }) };
}

const pieces = (codes: readonly MarkupCode[] | undefined) => (codes ?? []).map((c) => [c.id, c.start, c.end, c.continuedFrom ?? false, c.continuesAfter ?? false]);

describe('segmentation carries a block’s markup into its sentences', () => {
  it('gives each sentence the codes inside it, offsets into its source; a sentence without codes has no markup', () => {
    const text = 'The army sent 2,500 troops. Officials confirmed it.';
    const segments = segmentArticle(articleWith(paragraph('p1', text, [codeAround(text, '2,500', 'm1')])));
    expect(segments.map((s) => s.source)).toEqual(['The army sent 2,500 troops.', 'Officials confirmed it.']);
    expect(pieces(segments[0]!.markup)).toEqual([['m1', 14, 19, false, false]]);
    expect(segments[0]!.source.slice(14, 19)).toBe('2,500');
    expect(segments[1]).not.toHaveProperty('markup');
  });

  it('cuts a link that runs across a sentence boundary into continued pieces, each around its own words', () => {
    const text = 'Read the report here. It was published on Monday.';
    const link = codeAround(text, 'report here. It was published', 'm1', 'a', '<a href="https://x.test/r">');
    const [first, second] = segmentArticle(articleWith(paragraph('p1', text, [link])));
    expect(pieces(first!.markup)).toEqual([['m1', 9, 21, false, true]]);
    expect(first!.source.slice(9, 21)).toBe('report here.');
    expect(pieces(second!.markup)).toEqual([['m1', 0, 16, true, false]]);
    expect(second!.source.slice(0, 16)).toBe('It was published');
    expect(first!.markup![0]!.open).toBe('<a href="https://x.test/r">');
  });

  it('keeps a close at a sentence end with the sentence before it, an open before a sentence with the one after it', () => {
    const text = 'He said no. She said yes.';
    const segments = segmentArticle(articleWith(paragraph('p1', text, [codeAround(text, 'He said no.', 'm1'), { ...codeAround(text, 'She said', 'm2'), start: 11 }])));
    expect(pieces(segments[0]!.markup)).toEqual([['m1', 0, 11, false, false]]);
    expect(pieces(segments[1]!.markup)).toEqual([['m2', 0, 8, false, false]]);
  });

  it('reads a br code on a space as a line break: the line rules cut a list there, and the br ends the line before', () => {
    const text = 'What we know: - At least 40 people were killed. - The fire started in the kitchen';
    const at = [text.indexOf(' - At'), text.indexOf(' - The')];
    const segments = segmentArticle(articleWith(paragraph('p1', text, [brCode('m1', at[0]!), brCode('m2', at[1]!)])));
    expect(segments.map((s) => s.source)).toEqual(['What we know:', '- At least 40 people were killed.', '- The fire started in the kitchen']);
    expect(segments.map((s) => [s.startsLine ?? false, pieces(s.markup)])).toEqual([
      [false, [['m1', 13, 13, false, false]]],
      [true, [['m2', 33, 33, false, false]]],
      [true, []],
    ]);
  });

  it('reads a br code just after a space (or with no space at all) the same way, or not at all', () => {
    const text = 'What we know: - At least 40 people were killed.';
    const afterSpace = segmentArticle(articleWith(paragraph('p1', text, [brCode('m1', text.indexOf('- At'))])));
    expect(afterSpace.map((s) => s.source)).toEqual(['What we know:', '- At least 40 people were killed.']);
    const glued = 'What we know:- At least 40 people were killed.';
    const noSpace = segmentArticle(articleWith(paragraph('p1', glued, [brCode('m1', glued.indexOf('- At'))])));
    expect(noSpace.map((s) => s.source)).toEqual([glued]);
  });

  it('does not make a br a boundary the line rules refuse (a hard-wrapped line reads on)', () => {
    const text = 'The city council voted on Monday to add twelve kilometres of lanes.';
    const segments = segmentArticle(articleWith(paragraph('p1', text, [brCode('m1', text.indexOf(' twelve'))])));
    expect(segments.map((s) => s.source)).toEqual([text]);
    expect(pieces(segments[0]!.markup)).toEqual([['m1', text.indexOf(' twelve'), text.indexOf(' twelve'), false, false]]);
  });
});

describe('a marked-up sentence is its own unit: the hash includes its markup', () => {
  const text = 'The army sent 2,500 troops.';

  it('leaves the hash of a sentence without markup as it always was', () => {
    const [plain] = segmentArticle(articleWith(paragraph('p1', text)));
    expect(plain!.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16));
  });

  it('hashes the same words with markup apart from them without, and apart by element, tags and place', () => {
    const hashOf = (markup: MarkupCode[]) => segmentArticle(articleWith(paragraph('p1', text, markup)))[0]!.hash;
    const emphasis = hashOf([codeAround(text, '2,500', 'm1')]);
    const all = [
      hashText(text),
      emphasis,
      hashOf([codeAround(text, '2,500', 'm1', 'strong')]),
      hashOf([codeAround(text, '2,500 troops', 'm1')]),
      hashOf([codeAround(text, 'army', 'm1', 'a', '<a href="https://x.test/1">')]),
      hashOf([codeAround(text, 'army', 'm1', 'a', '<a href="https://x.test/2">')]),
      hashOf([{ ...codeAround(text, '2,500', 'm1'), continuesAfter: true }]),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('does not depend on the codes’ ids: the same marked sentence in another block is the same unit', () => {
    const other = 'First words here. The army sent 2,500 troops.';
    const [, inSecondBlock] = segmentArticle(articleWith(paragraph('p2', other, [codeAround(other, 'First', 'm1'), codeAround(other, '2,500', 'm2')])));
    const [alone] = segmentArticle(articleWith(paragraph('p1', text, [codeAround(text, '2,500', 'm1')])));
    expect(inSecondBlock!.source).toBe(text);
    expect(inSecondBlock!.markup![0]!.id).toBe('m2');
    expect(inSecondBlock!.hash).toBe(alone!.hash);
  });
});
