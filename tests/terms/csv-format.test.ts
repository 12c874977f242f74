import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/terms/index.js';
import { entryNamed, glossaryErrorOf, glossaryOf } from './helpers.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const fromBytes = (content: Uint8Array) => parseGlossary([{ path: 'terms.csv', content }]);

describe('termbase CSV format', () => {
  it('reads a file with a UTF-8 byte order mark (as Excel saves "CSV UTF-8")', () => {
    const glossary = fromBytes(utf8('\uFEFFen,fr,ar,note\nBaghdad,Bagdad,بغداد,\n'));
    expect(entryNamed(glossary, 'Baghdad').targets['fr']).toBe('Bagdad');
  });

  it('reads CRLF line endings, counting lines the same', () => {
    const glossary = fromBytes(utf8('en,fr,ar,note\r\nBaghdad,Bagdad,بغداد,\r\n\r\nGaza,Gaza,غزة,\r\n'));
    expect(glossary.entries.map((entry) => [entry.source, entry.origin.line])).toEqual([
      ['Baghdad', 2],
      ['Gaza', 4],
    ]);
    expect(entryNamed(glossary, 'Gaza').note).toBe('');
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const glossary = glossaryOf(
      'en,fr,ar,note',
      '"Kataib Hezbollah","Brigades du Hezbollah",كتائب حزب الله,"not the Lebanese Hezbollah, ""Hezbollah""',
      'in short"',
      'Gaza,Gaza,غزة,',
    );
    expect(entryNamed(glossary, 'Kataib Hezbollah').note).toBe('not the Lebanese Hezbollah, "Hezbollah" in short');
    // A record spanning lines 2–3 starts on line 2; the next one is on line 4.
    expect(glossary.entries.map((entry) => entry.origin.line)).toEqual([2, 4]);
  });

  it('reports an unclosed quote on the line where the field opens', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note', 'Gaza,Gaza,غزة,', 'Hamas,Hamas,حماس,"h aspiré', 'Baghdad,Bagdad,بغداد,'));
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.message).toContain('unclosed quote');
    expect(error.hint).toContain('double quotes');
  });

  it('reports text after a closing quote on its line', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note', 'Gaza,Gaza,غزة,', '"Hamas" movement,Hamas,حماس,'));
    expect(error.location?.line).toBe(3);
    expect(error.message).toMatch(/^malformed CSV: /u);
  });

  it('rejects a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('en,fr,ar,note\nBaghdad,Bagdad,,\nair strike,frappe a'), 0xe9, ...utf8('rienne,,\n')]);
    const error = glossaryErrorOf(() => fromBytes(latin1));
    expect(error.location).toEqual({ file: 'terms.csv', line: 3 });
    expect(error.message).toContain('expected UTF-8 text');
    expect(error.hint).toContain('CSV UTF-8');
  });

  it('rejects a UTF-16 file', () => {
    const utf16 = new Uint8Array(Buffer.from('\uFEFFen,fr,ar,note\n', 'utf16le'));
    expect(glossaryErrorOf(() => fromBytes(utf16)).message).toContain('expected UTF-8 text');
  });

  it('reads an empty file and a header-only file as empty glossaries', () => {
    expect(glossaryOf('').entries).toEqual([]);
    const headerOnly = glossaryOf('en,fr,ar,note');
    expect(headerOnly.entries).toEqual([]);
    expect(headerOnly.targetLangs).toEqual(['ar', 'fr']);
  });
});
