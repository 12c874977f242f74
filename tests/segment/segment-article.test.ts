import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Article, Block } from '../../src/model.js';
import { segmentArticle, type SegmentOptions } from '../../src/segment/index.js';
import { hashText } from '../../src/util/hash.js';

function block(id: string, kind: Block['kind'], text: string): Block {
  return { id, kind, text, line: 1 };
}

function article(lang: string, blocks: readonly Block[]): Article {
  return {
    id: 'floods-2024-05-02',
    version: 1,
    lang,
    dateline: { place: 'Nairobi', date: '2024-05-02', agency: 'AFP' },
    blocks,
    source: { path: 'samples/floods.txt', format: 'text' },
  };
}

const story = article('en', [
  block('headline', 'headline', 'Floods kill dozens in Kenya as dam bursts'),
  block('standfirst', 'standfirst', 'Rescuers search for survivors. Dr. Wanjiru Kamau says hospitals are full.'),
  block('caption', 'caption', 'Residents wade through water in Mai Mahiu on May 1.'),
  block('p1', 'paragraph', 'A dam burst before dawn on Monday. Water swept away houses and cars.'),
  block('p2', 'paragraph', '“We lost everything,” said Grace Otieno, 52.'),
]);

describe('segmentArticle', () => {
  it('gives one segment per sentence per block, in reading order, with block-scoped ids', () => {
    const segments = segmentArticle(story);
    expect(segments.map((s) => [s.id, s.blockId, s.index, s.source])).toEqual([
      ['headline.s1', 'headline', 1, 'Floods kill dozens in Kenya as dam bursts'],
      ['standfirst.s1', 'standfirst', 1, 'Rescuers search for survivors.'],
      ['standfirst.s2', 'standfirst', 2, 'Dr. Wanjiru Kamau says hospitals are full.'],
      ['caption.s1', 'caption', 1, 'Residents wade through water in Mai Mahiu on May 1.'],
      ['p1.s1', 'p1', 1, 'A dam burst before dawn on Monday.'],
      ['p1.s2', 'p1', 2, 'Water swept away houses and cars.'],
      ['p2.s1', 'p2', 1, '“We lost everything,” said Grace Otieno, 52.'],
    ]);
  });

  it('hashes each source with hashText and leaves spans and terms to later stages', () => {
    for (const segment of segmentArticle(story)) {
      expect(segment.hash).toBe(hashText(segment.source));
      expect(segment.protectedSpans).toEqual([]);
      expect(segment.terms).toEqual([]);
    }
  });

  it('gives identical segments on every run', () => {
    expect(segmentArticle(story)).toEqual(segmentArticle(story));
  });

  it('yields no segment for a blank block', () => {
    expect(segmentArticle(article('en', [block('p1', 'paragraph', '  \n ')]))).toEqual([]);
  });

  it('uses the article language by default', () => {
    const arabic = article('ar', [block('p1', 'paragraph', 'قال د. أحمد إن الوضع خطير. ولم يعلق الجيش.')]);
    expect(segmentArticle(arabic).map((s) => s.source)).toEqual(['قال د. أحمد إن الوضع خطير.', 'ولم يعلق الجيش.']);
  });

  it('uses the lang option over the article language', () => {
    const mislabelled = article('en', [block('p1', 'paragraph', 'قال د. أحمد إن الوضع خطير.')]);
    expect(segmentArticle(mislabelled)).toHaveLength(2);
    expect(segmentArticle(mislabelled, { lang: 'ar' })).toHaveLength(1);
  });
});

describe('segmentArticle options', () => {
  it('rejects an unknown option, naming the known ones', () => {
    const options = { language: 'fr' } as unknown as SegmentOptions;
    expect(() => segmentArticle(story, options)).toThrow(new UsageError('Unknown segment option `language`; known options: lang.'));
  });

  it('rejects an empty language tag', () => {
    expect(() => segmentArticle(story, { lang: ' ' })).toThrow(UsageError);
  });

  it('rejects a language without rules before segmenting anything', () => {
    expect(() => segmentArticle(article('de', story.blocks))).toThrow(/known languages: ar, en, fr/);
  });
});
