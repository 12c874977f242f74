import { describe, expect, it } from 'vitest';
import { readStory, sniffFormat, storyExtension } from '../../src/formats/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const story = 'Two dead in Baghdad blast\n\nBaghdad – Two people were killed on Monday.\n';

describe('readStory', () => {
  it('reads plain wire copy as text, by content and when --format says text', () => {
    expect(sniffFormat(bytes(story))).toBe('text');
    const article = readStory(bytes(story), 'story.txt');
    expect(article.source).toEqual({ path: 'story.txt', format: 'text' });
    expect(readStory(bytes(story), 'story.txt', { format: 'text' }).blocks).toEqual(article.blocks);
  });

  it('names the localized plain-text story .txt', () => {
    expect(storyExtension('text')).toBe('.txt');
  });
});
