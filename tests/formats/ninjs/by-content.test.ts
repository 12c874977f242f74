import { describe, expect, it } from 'vitest';
import { readStory, sniffFormat, storyExtension } from '../../../src/formats/index.js';
import { fixtureText } from './helpers.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ninjs among the formats', () => {
  it('is read by content, and when --format names it', () => {
    const item = bytes(fixtureText('item-2.2.json'));
    expect(sniffFormat(item)).toBe('ninjs');
    expect(readStory(item, 'item.json').source).toEqual({ path: 'item.json', format: 'ninjs' });
    expect(readStory(item, 'item.json', { format: 'ninjs' }).blocks[0]!.text).toBe('Record rainfall floods roads in Nairobi');
  });

  it('leaves plain text that mentions JSON keys to the text reader', () => {
    expect(sniffFormat(bytes('Parser rejects "uri": fields\n\nA paragraph.\n'))).toBe('text');
  });

  it('names the localized item .json', () => {
    expect(storyExtension('ninjs')).toBe('.json');
  });
});
