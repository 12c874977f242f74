import { describe, expect, it } from 'vitest';
import type { TmEntry } from '../../src/store/store.js';
import { parseTmx, TmxError, writeTmx } from '../../src/tmx/index.js';

const entries: TmEntry[] = [
  { sourceLang: 'en', targetLang: 'fr', source: 'The troops left.', target: 'Les troupes sont parties.', origin: 'tmx' },
  {
    sourceLang: 'en',
    targetLang: 'ar',
    source: 'The troops left.',
    target: 'غادرت القوات.',
    previousSource: 'Fighting resumed.',
    nextSource: 'Officials confirmed it.',
    origin: 'tmx',
    createdBy: 'desk',
    note: 'Agency style: "القوات".',
  },
  { sourceLang: 'en', targetLang: 'fr', source: 'Tom & Jerry <said> "hi".', target: 'Tom & Jerry <ont dit> « salut ».', origin: 'tmx' },
];
const options = { sourceLang: 'en', creationToolVersion: '0.1.0' };

describe('writeTmx', () => {
  it('writes a TMX 1.4b header without timestamps', () => {
    const text = writeTmx(entries, options);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4">',
      '  <header creationtool="wire-l10n" creationtoolversion="0.1.0" segtype="sentence" o-tmf="wire-l10n" adminlang="en" srclang="en" datatype="plaintext"/>',
    ]);
    expect(text).not.toContain('creationdate');
    expect(writeTmx([], { ...options, creationDate: '20241123T101500Z' })).toContain('creationdate="20241123T101500Z"');
  });

  it('writes the same bytes whatever the order of the entries', () => {
    expect(writeTmx([...entries].reverse(), options)).toBe(writeTmx(entries, options));
  });

  it('keeps text that looks like an entity reference as the characters it is', () => {
    const literal: TmEntry[] = [
      { sourceLang: 'en', targetLang: 'fr', source: 'Type &amp; in HTML, &lt;p&gt; too.', target: 'Tapez &amp; en HTML, &#160; et &lt;p&gt; aussi.', note: '&copy; desk', origin: 'tmx' },
    ];
    const [entry] = parseTmx(writeTmx(literal, options), 'export.tmx').entries;
    expect(entry).toMatchObject({ source: literal[0]!.source, target: literal[0]!.target, note: '&copy; desk' });
  });

  it('reads back what it wrote', () => {
    const parsed = parseTmx(writeTmx(entries, options), 'export.tmx');
    expect(parsed.skipped).toEqual([]);
    const byText = (a: TmEntry, b: TmEntry): number => (a.source + a.target < b.source + b.target ? -1 : 1);
    expect(parsed.entries.sort(byText)).toEqual([...entries].sort(byText));
  });

  it('refuses entries of another source language and text that XML cannot carry', () => {
    expect(() => writeTmx([{ ...entries[0]!, sourceLang: 'fr' }], options)).toThrow('Expected entries translating from en');
    expect(() => writeTmx([{ ...entries[0]!, target: 'bell \u0007' }], options)).toThrow(TmxError);
    expect(() => writeTmx([{ ...entries[0]!, target: 'bell \u0007' }], options)).toThrow('U+0007');
  });
});
