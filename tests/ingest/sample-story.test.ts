import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { blockOf } from './helpers.js';

const samplePath = 'samples/baghdad-2024-11-23-islamic-resistance.txt';
const bytes = readFileSync(new URL(`../../${samplePath}`, import.meta.url));
const article = ingestText(bytes, samplePath);

describe('the repository sample (agency layout)', () => {
  it('gets an id from the headline slug and the date line', () => {
    expect(article.id).toBe('islamic-resistance-in-iraq-vows-to-strike-2024-11-23');
  });

  it('reads the defaults for version and language and records the source path', () => {
    expect(article.version).toBe(1);
    expect(article.lang).toBe('en');
    expect(article.urgency).toBeUndefined();
    expect(article.source).toEqual({ path: samplePath, format: 'text' });
  });

  it('reads the dateline place from the copy and the date from the date line', () => {
    expect(article.dateline).toEqual({ place: 'Baghdad', date: '2024-11-23' });
  });

  it('drops the standfirst that only repeats the headline, with its leading space', () => {
    expect(blockOf(article, 'headline')).toEqual({
      id: 'headline',
      kind: 'headline',
      text: 'Islamic Resistance in Iraq vows to strike more at US-led coalition forces',
      line: 5,
    });
    expect(blockOf(article, 'standfirst')).toBeUndefined();
  });

  it('takes the block right above the first paragraph as the photo caption', () => {
    const caption = blockOf(article, 'caption');
    expect(caption?.kind).toBe('caption');
    expect(caption?.text.startsWith('Iraqi mourners in Baghdad carry the coffin')).toBe(true);
    expect(caption?.line).toBe(9);
  });

  it('removes the dateline from the first paragraph and keeps the text as written', () => {
    const first = blockOf(article, 'p1');
    // The sample has a no-break space after "Iran-allied"; ingest does not rewrite the copy.
    expect(first?.text.startsWith('Iran-allied\u00a0armed groups vowed Friday')).toBe(true);
    expect(first?.line).toBe(11);
  });

  it('reads 11 paragraphs, in order, each on its source line', () => {
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs.map((block) => block.id)).toEqual(Array.from({ length: 11 }, (_, index) => `p${index + 1}`));
    expect(paragraphs.map((block) => block.line)).toEqual([11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31]);
    expect(paragraphs.at(-1)?.text.endsWith('overran around a third of Iraq.')).toBe(true);
  });

  it('puts the headline first, then the caption, then the paragraphs', () => {
    expect(article.blocks.slice(0, 3).map((block) => block.kind)).toEqual(['headline', 'caption', 'paragraph']);
  });
});
