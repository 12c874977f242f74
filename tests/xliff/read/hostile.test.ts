import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../src/xliff/read/index.js';
import { fixture, nestedXliff12, rejection, utf8, xliff12 } from './helpers.js';

/** tests/fixtures/xliff/hostile/: each file is rejected with E_XLIFF at this line, for this reason. */
const hostileFixtures: readonly { readonly name: string; readonly line: number; readonly reason: string }[] = [
  { name: 'billion-laughs.xlf', line: 2, reason: "DTD internal subsets are not processed: remove the DOCTYPE's [ … ]" },
  { name: 'external-entity.xlf', line: 2, reason: 'DTD internal subsets are not processed' },
  { name: 'doctype-internal-subset.xlf', line: 3, reason: 'DTD internal subsets are not processed' },
  { name: 'undefined-entity.xlf', line: 7, reason: 'undefined entity &nbsp;' },
  { name: 'truncated.xlf', line: 11, reason: 'the file ends inside <target>: it is truncated' },
  { name: 'mismatched-tags.xlf', line: 6, reason: 'not well-formed XML: </source> where </g> was expected' },
  { name: 'latin1-declared.xlf', line: 1, reason: 'the XML declaration says encoding="ISO-8859-1": XLIFF is read as UTF-8 only' },
  { name: 'invalid-utf8.xlf', line: 7, reason: 'not UTF-8' },
  { name: 'utf16-bom.xlf', line: 1, reason: 'UTF-16 file: save it as UTF-8' },
  { name: 'not-xliff.xlf', line: 3, reason: 'the root element is <tmx>, not <xliff>' },
  { name: 'unknown-version.xlf', line: 2, reason: 'unknown XLIFF version "3.0"' },
  {
    name: 'namespace-mismatch.xlf',
    line: 2,
    reason: '<xliff version="2.1"> is in the namespace urn:oasis:names:tc:xliff:document:1.2',
  },
  { name: 'two-files.xlf', line: 11, reason: '<xliff> has 2 <file> elements' },
  { name: 'no-target-language.xlf', line: 3, reason: 'no target language' },
  { name: 'no-target-language-21.xlf', line: 2, reason: 'no target language' },
  { name: 'bad-language-tag.xlf', line: 3, reason: 'target-language="fr_FR" on <file> is not a language tag' },
  { name: 'unit-without-id.xlf', line: 5, reason: '<trans-unit> has no id' },
  { name: 'segment-without-source.xlf', line: 9, reason: '<segment> in <unit id="p1.s1"> has no <source>' },
  { name: 'duplicate-ids.xlf', line: 12, reason: 'duplicate unit id "p1.s1": on lines 6 and 12' },
  { name: 'invalid-state-12.xlf', line: 11, reason: 'invalid state "done"' },
  { name: 'invalid-state-21.xlf', line: 11, reason: 'invalid state "approved"' },
  { name: 'invalid-approved.xlf', line: 5, reason: 'approved="true" on <trans-unit id="p1.s1">: approved is yes or no' },
  { name: 'bad-story-version.xlf', line: 7, reason: 'story version "v2" (mda:meta type="version") is not a positive integer' },
  { name: 'dangling-data-ref.xlf', line: 10, reason: '<ph> dataRef="d9" names no <data>' },
  { name: 'code-without-id.xlf', line: 8, reason: '<ph> has no id' },
  { name: 'unknown-inline-element.xlf', line: 7, reason: '<source> is not allowed inside <target>' },
];

describe('readXliff rejects hostile and broken files', () => {
  it.each(hostileFixtures)('$name: line $line, "$reason"', ({ name, line, reason }) => {
    const error = rejection(fixture('hostile', name), name);
    expect(error.code).toBe('E_XLIFF');
    expect(error.location).toMatchObject({ file: name, line });
    expect(error.message).toContain(reason);
    expect(error.hint).toContain('nothing');
  });

  it('never expands entities: the billion-laughs file is refused before its entities are seen', () => {
    const error = rejection(fixture('hostile', 'billion-laughs.xlf'));
    expect(error.message).not.toContain('lol');
  });

  it('passes over a DOCTYPE with only an external id (never fetched), even with a [ inside its quotes', () => {
    const body = xliff12('<trans-unit id="1"><source>a</source></trans-unit>');
    const declaration = body.slice(0, body.indexOf('\n') + 1);
    const doctype = '<!DOCTYPE xliff SYSTEM "file:///etc/passwd?x=[1]">\n';
    const file = readXliff(utf8(declaration + doctype + body.slice(declaration.length)), 'system.xlf');
    expect(file.units.map((unit) => unit.source)).toEqual([['a']]);
  });

  it('rejects nesting deeper than maxDepth at the first element too deep, and takes the file at exactly maxDepth', () => {
    const deep = nestedXliff12(65);
    const error = rejection(deep.text, 'too-deep.xlf');
    expect(error.code).toBe('E_XLIFF');
    expect(error.location).toEqual({ file: 'too-deep.xlf', line: deep.sourceLine });
    expect(error.message).toBe('elements are nested more than 64 deep');
    expect(rejection(nestedXliff12(11).text, 'x.xlf', { maxDepth: 10 }).message).toBe('elements are nested more than 10 deep');
  });

  it('rejects a file nested a million deep without exhausting the stack', () => {
    const error = rejection('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' + '<group>'.repeat(1_000_000));
    expect(error.message).toBe('elements are nested more than 64 deep');
  });

  it('rejects UTF-32 and byte-order-mark-less UTF-16 on line 1', () => {
    const text = xliff12('<trans-unit id="1"><source>a</source></trans-unit>');
    const utf32 = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x3c, 0x00, 0x00, 0x00]);
    expect(rejection(utf32)).toMatchObject({ code: 'E_XLIFF', location: { line: 1 } });
    expect(rejection(utf32).message).toContain('UTF-32 file: save it as UTF-8');
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(rejection(utf16).message).toContain('UTF-16 file: save it as UTF-8');
    const utf16be = new Uint8Array([0xfe, 0xff, 0x00, 0x3c]);
    expect(rejection(utf16be).message).toContain('big-endian');
  });

  it('reports the line of the first byte that is not UTF-8, with CRLF line ends too', () => {
    const bytes = utf8(xliff12('<trans-unit id="1">\r\n<source>caf\u00e9</source>\r\n<target>X</target></trans-unit>'));
    const index = bytes.indexOf(0x58); // "X"
    bytes[index] = 0xc3; // a lead byte followed by "<": not UTF-8
    expect(rejection(bytes).location).toEqual({ file: 'story.fr.xlf', line: 7 });
  });

  it('rejects any encoding declared other than UTF-8, in any quoting, before looking at the bytes', () => {
    for (const declaration of [`<?xml version='1.0' encoding='windows-1252'?>`, '<?xml version="1.0"\n encoding="UTF-16"?>']) {
      const error = rejection(declaration + xliff12('').slice(xliff12('').indexOf('\n')));
      expect(error.location).toEqual({ file: 'story.fr.xlf', line: 1 });
      expect(error.message).toContain('XLIFF is read as UTF-8 only');
    }
  });

  it('rejects an empty file and text after the root', () => {
    expect(rejection('').message).toContain('not well-formed XML: document must contain a root element');
    expect(rejection(xliff12('') + 'trailing').message).toContain('not well-formed XML');
  });

  it('rejects references to undefined entities in attributes too, naming them', () => {
    const error = rejection(xliff12('<trans-unit id="&amp;&unit;"><source>a</source></trans-unit>'));
    expect(error.location?.line).toBe(5);
    expect(error.message).toContain('undefined entity &unit;');
  });

  it('rejects an unbound namespace prefix (not namespace-well-formed)', () => {
    const error = rejection(xliff12('<trans-unit id="1" sdl:x="1"><source>a</source></trans-unit>'));
    expect(error.message).toContain('not well-formed XML: unbound namespace prefix');
    expect(error.location?.line).toBe(5);
  });

  it('returns nothing partial: an error in the last unit rejects the whole file', () => {
    const units = Array.from({ length: 50 }, (_, index) => `<trans-unit id="u${index}"><source>Unit ${index}.</source></trans-unit>`);
    units.push('<trans-unit id="last"><source>Last.</source><target state="finished">Fini.</target></trans-unit>');
    expect(rejection(xliff12(units.join('\n'))).location?.line).toBe(55);
  });
});
