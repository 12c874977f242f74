import { describe, expect, it } from 'vitest';
import { OutputError, UsageError } from '../../src/errors.js';
import type { LocalizedArticle } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import type { XliffVersion } from '../../src/xliff/index.js';
import { baghdad, glossary, hit, localized, segment, unit } from './fixtures.js';

const text = 'Talks in Baghdad.';
const plain = localized([unit(segment('p1.s1', text))]);

function write(doc: LocalizedArticle): () => string {
  return () => writeXliff(doc, { version: '2.1', glossary });
}

describe('refusing what would make a broken or invalid file', () => {
  it('rejects an unknown version with a UsageError listing the known ones', () => {
    const version = '2.0' as XliffVersion;
    expect(() => writeXliff(plain, { version, glossary })).toThrow(UsageError);
    expect(() => writeXliff(plain, { version, glossary })).toThrow(
      'Expected `version` to be one of 1.2, 2.1, got `2.0`',
    );
  });

  it('rejects a unit past "untranslated" without a target', () => {
    const doc = localized([unit(segment('p1.s1', text), { state: 'needs-review', origin: 'mt' })]);
    expect(write(doc)).toThrow(OutputError);
    expect(write(doc)).toThrow('unit p1.s1 is "needs-review" but has no target');
  });

  it('rejects a term hit on an entry the glossary lacks, naming both', () => {
    const stray = { ...hit(text, 'Baghdad', baghdad), entryId: 'gone' };
    const doc = localized([unit(segment('p1.s1', text, [stray]))]);
    expect(write(doc)).toThrow('unit p1.s1 has a term hit ("Baghdad") on glossary entry "gone"');
  });

  it('rejects duplicate unit ids', () => {
    const doc = localized([unit(segment('p1.s1', text)), unit(segment('p1.s1', 'Again.'))]);
    expect(write(doc)).toThrow('unit id "p1.s1" occurs twice');
  });

  it('rejects a unit id that is not an XML name token', () => {
    const doc = localized([unit(segment('p1 s1', text))]);
    expect(write(doc)).toThrow('unit id "p1 s1" is not an XML name token');
  });

  it('rejects a unit in another language than the file', () => {
    const doc: LocalizedArticle = { ...plain, units: plain.units.map((u) => ({ ...u, targetLang: 'ar' })) };
    expect(write(doc)).toThrow('unit p1.s1 is in "ar" but the article is being written for "fr"');
  });

  it('rejects a unit of a block the article does not have', () => {
    const doc: LocalizedArticle = { ...plain, article: { ...plain.article, blocks: [] } };
    expect(write(doc)).toThrow('unit p1.s1 belongs to block "p1", which the article does not have');
  });

  it('rejects a language tag XLIFF does not accept', () => {
    expect(write({ ...plain, targetLang: 'fr FR' })).toThrow('the target language "fr FR" is not a language tag');
  });

  it('rejects an article without units', () => {
    expect(write({ ...plain, units: [] })).toThrow('article baghdad-attack-2024-11-23 has no units to translate');
  });

  it('points at the story file in every refusal', () => {
    const doc = localized([unit(segment('p1.s1', text), { state: 'final' })], { path: 'in/story.txt' });
    expect(write(doc)).toThrow(expect.objectContaining({ location: { file: 'in/story.txt' } }));
  });
});
