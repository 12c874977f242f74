import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { UsageError } from '../../src/errors.js';
import { ingest, inputErrorFrom, story } from './helpers.js';

describe('stories that cannot be read', () => {
  it('rejects an empty file at line 1', () => {
    const error = inputErrorFrom(() => ingestText(new Uint8Array(), 'empty.txt'));
    expect(error.message).toBe('file is empty');
    expect(error.location).toEqual({ file: 'empty.txt', line: 1 });
    expect(error.code).toBe('E_INPUT');
  });

  it('rejects a file holding only whitespace and a byte order mark at line 1', () => {
    const error = inputErrorFrom(() => ingest('\uFEFF \n\t\n\u00a0\r\n'));
    expect(error.message).toBe('file is empty');
    expect(error.location?.line).toBe(1);
  });

  it('rejects a headline with no paragraph, at the headline', () => {
    const error = inputErrorFrom(() => ingest(story('', 'Harbour reopens after storm', '')));
    expect(error.message).toBe('no body paragraphs after the headline');
    expect(error.location).toEqual({ file: 'story.txt', line: 2 });
    expect(error.hint).toContain('blank line');
  });

  it('rejects an agency story whose only block after the headline repeats it', () => {
    const error = inputErrorFrom(() => ingest(story('2024-11-23', '', 'Baghdad', '', 'Harbour reopens', '', ' Harbour  reopens ')));
    expect(error.message).toBe('no body paragraphs after the headline');
    expect(error.location?.line).toBe(5);
  });

  it('rejects a date line with nothing after it', () => {
    const error = inputErrorFrom(() => ingest(story('', 'Saturday, November 23, 2024', '')));
    expect(error.message).toBe('no headline after the date line');
    expect(error.location?.line).toBe(2);
  });

  it('takes a lone block after the date line for the headline, and then misses the body', () => {
    const error = inputErrorFrom(() => ingest(story('', 'Saturday, November 23, 2024', '', 'Baghdad')));
    expect(error.message).toBe('no body paragraphs after the headline');
    expect(error.location?.line).toBe(4);
  });

  it.each(['February 30, 2024', 'Friday, 29 February 2025', '2024-13-01', 'April 31, 2024'])(
    'rejects the impossible date line "%s" at its line',
    (dateLine) => {
      const error = inputErrorFrom(() => ingest(story('', '', dateLine, '', 'Baghdad', '', 'Headline', '', 'Baghdad – Body.')));
      expect(error.message).toBe(`the date line says "${dateLine}", which is not a real date`);
      expect(error.location).toEqual({ file: 'story.txt', line: 3 });
    },
  );

  it('rejects a lang option that is not a language tag', () => {
    expect(() => ingest(story('Headline', '', 'Body.'), { lang: 'English' })).toThrow(UsageError);
  });
});
