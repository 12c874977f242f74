import { describe, expect, it } from 'vitest';
import { xliff12ToJs, xliff2js } from 'xliff';
import type { XliffJsUnit, XmlJsNode } from 'xliff';
import { OutputError } from '../../src/errors.js';
import type { GlossaryEntry } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { readXliff } from '../../src/xliff/read/index.js';
import { glossary, hit, localized, segment, suggestion, unit } from './fixtures.js';
import {
  hostileDocument,
  hostileEntry,
  hostileGlossary,
  hostilePath,
  hostileSuggestionTarget,
  hostileText,
} from './hostile-fixtures.js';
import { descendants, firstDescendant, parseXliff, unitElement, xliff12Namespace, xliff2Namespace } from './read-xliff.js';

describe.each(['1.2', '2.1'] as const)('escaping in XLIFF %s', (version) => {
  const xml = writeXliff(hostileDocument(), { version, glossary: hostileGlossary });

  it('reads back hostile source, target and notes unchanged (xliff package reader)', async () => {
    const unitJs = await readUnit(xml, version);
    expect(unitJs.source).toBe(hostileText);
    expect(unitJs.target).toBe(`${hostileText} (fr)`);
    expect(unitJs.note).toEqual([
      'Glossary: Tom & Jerry → Tom & Jerry <"show"> &#38;',
      'Machine translation (engine deepl & <co> &#x26;).',
    ]);
  });

  it('escapes & < > " in attributes and & < > in text, so no markup leaks', () => {
    expect(xml).toContain(`original="wire/a&amp;b&lt;c&gt;&quot;d&quot;'e'&amp;amp;&amp;nbsp;&amp;#65;.txt"`);
    expect(xml).toContain(
      `Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; "double" 'single' ]]&gt; AT&amp;amp;T caf&amp;eacute;&amp;nbsp;&amp;#0; ` +
        '&amp;#x41; &lt;![CDATA[x]]&gt; &lt;!-- c --&gt;',
    );
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).not.toContain('<!--');
  });

  it('writes every & as &amp;, even where the text looks like a reference (&amp; &nbsp; &#0;)', () => {
    expect(xml.match(/&(?!amp;|lt;|gt;|quot;)/g)).toBeNull();
  });
});

describe('escaping in attributes, read back', () => {
  it('keeps a hostile `original` path unchanged (xliff package reader, 1.2)', async () => {
    const read = await xliff12ToJs(writeXliff(hostileDocument(), { version: '1.2', glossary: hostileGlossary }));
    expect(Object.keys(read.resources)).toEqual([hostilePath]);
  });

  it('keeps hostile glossary term, origin, translation and definition unchanged (xliff package reader, 2.1)', async () => {
    const unitJs = await readUnit(writeXliff(hostileDocument(), { version: '2.1', glossary: hostileGlossary }), '2.1');
    const entry = child(child(unitJs.additionalElements ?? [], 'gls:glossary').elements ?? [], 'gls:glossEntry');
    const term = child(entry.elements ?? [], 'gls:term');
    expect(term.attributes?.['source']).toBe('glossary/a&b<"c">&#38;.csv:7');
    expect(textOf(term)).toBe('Tom & Jerry');
    expect(textOf(child(entry.elements ?? [], 'gls:translation'))).toBe('Tom & Jerry <"show"> &#38;');
    expect(textOf(child(entry.elements ?? [], 'gls:definition'))).toBe('Use "quotes" & <angle> brackets ]]> &lt;');
  });
});

describe.each(['1.2', '2.1'] as const)('escaping in XLIFF %s suggestions', (version) => {
  const xml = writeXliff(hostileDocument(), { version, glossary: hostileGlossary });

  it('escapes the suggestion’s text like any other text', () => {
    expect(xml).toContain('AT&amp;amp;T &lt;b&gt; &amp; "Tom" ]]&gt; &amp;#0;');
  });

  /** The unit's matches in document order: the machine translation's, then the memory's. */
  async function readMatches(): Promise<XmlJsNode[]> {
    const unitJs = await readUnit(xml, version);
    const elements = unitJs.additionalElements ?? [];
    return version === '1.2'
      ? elements.filter((node) => node.name === 'alt-trans')
      : (child(elements, 'mtc:matches').elements ?? []).filter((node) => node.name === 'mtc:match');
  }

  it('reads back a hostile suggestion source and target unchanged (xliff package reader)', async () => {
    const [, memory] = await readMatches();
    expect(memory?.attributes?.['origin']).toBe('wire-l10n-tm');
    expect(textOf(child(memory?.elements ?? [], 'source'))).toBe(`${hostileText} (old)`);
    expect(textOf(child(memory?.elements ?? [], 'target'))).toBe(hostileSuggestionTarget);
  });

  it('reads back the machine translation match and its hostile engine name unchanged (xliff package reader)', async () => {
    const [machine] = await readMatches();
    expect(machine?.attributes?.['origin']).toBe('deepl & <co> &#x26;');
    expect(textOf(child(machine?.elements ?? [], 'source'))).toBe(hostileText);
    expect(textOf(child(machine?.elements ?? [], 'target'))).toBe(`${hostileText} (fr)`);
  });
});

describe.each(['1.2', '2.1'] as const)('tab, line feed and carriage return in XLIFF %s', (version) => {
  it('writes them in attributes as character references, so a parser does not turn them into spaces (saxes reader)', () => {
    const path = 'wire/a\tb\nc\rd.txt';
    const xml = writeXliff(localized([unit(segment('p1.s1', 'Fine.'))]), { version, glossary, original: path });
    expect(xml).toContain('original="wire/a&#9;b&#10;c&#13;d.txt"');
    expect(readXliff(new TextEncoder().encode(xml), 'read-back.xlf').original).toBe(path);
  });

  it('writes a carriage return in text as a reference (a raw one would read back as a line feed) and leaves tab and line feed as they are', () => {
    const doc = localized([unit(segment('p1.s1', 'Fine.'), { state: 'needs-review', origin: 'mt', engine: 'x', target: 'Bien\r\n\tlà.' })]);
    const xml = writeXliff(doc, { version, glossary });
    expect(xml).toContain('Bien&#13;\n\tlà.');
    expect(xml).not.toContain('\r');
  });
});

describe('characters XML 1.0 cannot carry', () => {
  const invalid = [
    ['U+0000', '\u0000'],
    ['U+0001', '\u0001'],
    ['U+0008', '\u0008'],
    ['U+000B', '\u000B'],
    ['U+000C', '\u000C'],
    ['U+001F', '\u001F'],
    ['U+D800', '\uD800'],
    ['U+DC00', '\uDC00'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
  ] as const;

  it.each(invalid)('refuses %s in a source, naming the unit, the character and its offset', (codePoint, char) => {
    const doc = localized([unit(segment('p1.s1', `Bad${char}text`))]);
    for (const version of ['1.2', '2.1'] as const) {
      expect(() => writeXliff(doc, { version, glossary })).toThrow(
        `cannot write XLIFF: unit p1.s1 source contains ${codePoint} at offset 3`,
      );
    }
  });

  it('refuses them in a target as an OutputError pointing at the block’s line', () => {
    const doc = localized([
      unit(segment('p1.s1', 'Fine.'), { state: 'needs-review', origin: 'mt', engine: 'x', target: 'Bien\u0007.' }),
    ]);
    let thrown: unknown;
    try {
      writeXliff(doc, { version: '2.1', glossary });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutputError);
    expect((thrown as OutputError).location).toEqual({ file: 'samples/baghdad.txt', line: 1 });
    expect((thrown as OutputError).message).toContain('unit p1.s1 target contains U+0007 at offset 4');
  });

  it('refuses them in the `original` path and in glossary entries', () => {
    const doc = localized([unit(segment('p1.s1', 'Fine.'))]);
    expect(() => writeXliff(doc, { version: '1.2', glossary, original: 'a\u0001.txt' })).toThrow(
      'the `original` path contains U+0001',
    );
    const text = 'Talks in Baghdad.';
    const bad: GlossaryEntry = { ...hostileEntry, source: 'Bagh\u0002dad' };
    const withBadTerm = localized([unit(segment('p1.s1', text, [hit(text, 'Baghdad', bad)]))]);
    expect(() => writeXliff(withBadTerm, { version: '2.1', glossary: { ...glossary, entries: [bad] } })).toThrow(
      'glossary entry glossary/a&b<"c">&#38;.csv:7 (used in unit p1.s1) contains U+0002',
    );
  });

  it.each(['source', 'target'] as const)('refuses them in a suggestion %s, naming the suggestion', (side) => {
    const bad = { source: 'Fine.', target: 'Bien.', similarity: 80, origin: 'tm' as const, [side]: 'Bad\u0003' };
    const doc = localized([unit(segment('p1.s1', 'Fine.'), { suggestions: [suggestion('A.', 'B.', 90), bad] })]);
    for (const version of ['1.2', '2.1'] as const) {
      expect(() => writeXliff(doc, { version, glossary })).toThrow(
        `cannot write XLIFF: unit p1.s1 suggestion 2 ${side} contains U+0003 at offset 3`,
      );
    }
  });

  it('accepts tab, line feed, U+FFFD, isolates and characters beyond the BMP', () => {
    const text = 'Tab\there, line\nthere, \uFFFD, \u2067مرحبا\u2069, emoji 📰, 𝐛𝐨𝐥𝐝';
    const doc = localized([unit(segment('p1.s1', text))]);
    for (const version of ['1.2', '2.1'] as const) {
      const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
      const root = parseXliff(writeXliff(doc, { version, glossary }));
      expect(firstDescendant(unitElement(root, 'p1.s1'), namespace, 'source').textContent).toBe(text);
      expect(descendants(root, namespace, 'target')).toHaveLength(1);
    }
  });
});

async function readUnit(xml: string, version: '1.2' | '2.1'): Promise<XliffJsUnit> {
  const read = version === '1.2' ? await xliff12ToJs(xml) : await xliff2js(xml);
  const [file] = Object.values(read.resources);
  const unitJs = file?.['p1']?.groupUnits?.['p1.s1'];
  if (!unitJs) throw new Error('the xliff package found no unit p1.s1 in group p1');
  return unitJs;
}

function child(nodes: readonly XmlJsNode[], name: string): XmlJsNode {
  const found = nodes.find((node) => node.name === name);
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

function textOf(node: XmlJsNode): string {
  return (node.elements ?? []).map((textNode) => textNode.text ?? '').join('');
}
