import { describe, expect, it } from 'vitest';
import { hashText, normalizeText } from '../../src/util/hash.js';

describe('normalizeText', () => {
  it.each([
    ['The vote was delayed.', 'The vote was delayed.'],
    ['  two  spaces\tand a tab\n', 'two spaces and a tab'],
    ['no-break\u00A0space and line\u2028separator', 'no-break space and line separator'],
    ['Cafe\u0301 au lait', 'Café au lait'],
    ['Café\u00A0', 'Café'],
    ['', ''],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });

  it('hashes texts that differ only in whitespace or composition alike', () => {
    expect(hashText(' Cafe\u0301  au lait ')).toBe(hashText('Café au lait'));
  });
});
