import { describe, expect, it } from 'vitest';
import { ingest, story } from './helpers.js';

function idOf(headline: string, dateLine?: string): string {
  const lines = dateLine === undefined ? [headline, '', 'Body.'] : [dateLine, '', headline, '', 'Body.'];
  return ingest(story(...lines)).id;
}

describe('article ids', () => {
  it('joins the slug of the headline and the date', () => {
    expect(idOf('Rains return to farms', '2025-02-06')).toBe('rains-return-to-farms-2025-02-06');
  });

  it('is the slug alone when the story has no date', () => {
    expect(idOf('Rains return to farms')).toBe('rains-return-to-farms');
  });

  it('keeps at most seven words', () => {
    expect(idOf('One two three four five six seven eight nine')).toBe('one-two-three-four-five-six-seven');
  });

  it('cuts at a word boundary to stay within 48 characters', () => {
    expect(idOf('Extraordinarily complicated negotiations concerning infrastructure resume')).toBe(
      'extraordinarily-complicated-negotiations',
    );
  });

  it('cuts a single over-long word at 48 characters', () => {
    expect(idOf('x'.repeat(60))).toBe('x'.repeat(48));
  });

  it('writes accented letters as plain ASCII and keeps possessives whole', () => {
    expect(idOf('Élysée’s Café Owners Protest à Paris')).toBe('elysees-cafe-owners-protest-a-paris');
  });

  it('turns punctuation and symbols into single hyphens', () => {
    expect(idOf('“US-led” strikes: 2,500 troops — & counting!')).toBe('us-led-strikes-2-500-troops-counting');
  });

  it('falls back to a hash of the headline when it has no Latin letters or digits', () => {
    expect(idOf('المقاومة الإسلامية', '2024-11-23')).toMatch(/^story-[0-9a-f]{8}-2024-11-23$/);
  });

  it('is always a safe file name', () => {
    for (const headline of ['.hidden', '../../etc', 'CON', 'a/b\\c', '-dash-']) {
      expect(idOf(headline)).toMatch(/^[a-z0-9][a-z0-9._-]{0,127}$/);
    }
  });
});
