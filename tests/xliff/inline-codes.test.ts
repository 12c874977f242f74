import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import type { ProtectedSpan, Unit } from '../../src/model.js';
import { runsToText } from '../../src/xliff/inline.js';
import { sourceRuns, spanCodes, targetRuns } from '../../src/xliff/inline-write.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffVersion } from '../../src/xliff/index.js';
import { codedUnits, glossary, localized, segment, span, spannedSegment, unit } from './fixtures.js';
import { spanOf } from '../helpers/builders.js';
import {
  contentRuns,
  descendants,
  firstDescendant,
  parseXliff,
  runsText,
  unitElement,
  xliff2Namespace,
} from './read-xliff.js';
import type { ReadCode, XmlElement } from './read-xliff.js';

/** The code ids and texts among runs read back. */
function codesOf(runs: ReadonlyArray<string | ReadCode>): ReadCode[] {
  return runs.filter((run): run is ReadCode => typeof run !== 'string');
}

/** The unit's own source or target (not a match's), read back as runs. */
function readSide(root: XmlElement, version: XliffVersion, unitId: string, side: 'source' | 'target') {
  const unitNode = unitElement(root, unitId);
  const holder = version === '1.2' ? unitNode : firstDescendant(unitNode, xliff2Namespace, 'segment');
  const element = Array.from(holder.childNodes).find((node) => node.nodeType === 1 && node.localName === side);
  if (!element) throw new Error(`unit ${unitId} has no ${side}`);
  return contentRuns(element, unitNode);
}

describe('protected spans as runs (inline-write.ts)', () => {
  const source = 'Of the 12 victims, 9 were men; see https://afp.com.';
  const spans: ProtectedSpan[] = [
    span(source, 'https://afp.com', 'url'),
    span(source, '12', 'value'),
    span(source, '9', 'value'),
  ];

  it('makes each span a standalone code, numbered from 1 in source order, and keeps the text', () => {
    const runs = sourceRuns(source, spans);
    expect(runs).toEqual([
      'Of the ',
      { kind: 'standalone', id: '1', text: '12', display: '12', spanKind: 'number', line: 0 },
      ' victims, ',
      { kind: 'standalone', id: '2', text: '9', display: '9', spanKind: 'number', line: 0 },
      ' were men; see ',
      { kind: 'standalone', id: '3', text: 'https://afp.com', display: 'https://afp.com', spanKind: 'url', line: 0 },
      '.',
    ]);
    expect(runsToText(runs)).toBe(source);
  });

  it('puts the source’s codes where the target has their texts, in the target’s order', () => {
    const target = 'Voir https://afp.com : sur les 12 victimes, 9 étaient des hommes.';
    const runs = targetRuns(target, sourceRuns(source, spans));
    expect(spanCodes(runs).map((code) => code.id)).toEqual(['3', '1', '2']);
    expect(runsToText(runs)).toBe(target);
  });

  it('leaves out a code whose text the target lacks, keeping the target text as it is', () => {
    const target = 'Sur les douze victimes, 9 étaient des hommes.';
    const runs = targetRuns(target, sourceRuns(source, spans));
    expect(spanCodes(runs).map((code) => [code.id, code.text])).toEqual([['2', '9']]);
    expect(runsToText(runs)).toBe(target);
  });

  it('gives each code the first free occurrence, left to right: a text twice in the target is coded once', () => {
    const twice = 'Sur les 12 victimes, 9 hommes ; 12 au total, https://afp.com.';
    const runs = targetRuns(twice, sourceRuns(source, spans));
    expect(runs).toEqual([
      'Sur les ',
      expect.objectContaining({ id: '1', text: '12' }),
      ' victimes, ',
      expect.objectContaining({ id: '2', text: '9' }),
      ' hommes ; 12 au total, ',
      expect.objectContaining({ id: '3', text: 'https://afp.com' }),
      '.',
    ]);
  });

  it('gives two codes with the same text the occurrences in order', () => {
    const text = '12 of 12 died.';
    const codes = sourceRuns(text, [span(text, '12', 'value'), span(text, '12', 'value', 2)]);
    const runs = targetRuns('12 sur 12 sont morts.', codes);
    expect(spanCodes(runs).map((code) => code.id)).toEqual(['1', '2']);
  });

  it('does not find a number inside a longer one ("2" in "12" or in "2,500")', () => {
    const text = '2 dead, 12 hurt, 2,500 fled.';
    const codes = sourceRuns(text, [span(text, '2', 'value'), span(text, '12', 'value'), span(text, '2,500', 'value')]);
    const runs = targetRuns('12 blessés, 2,500 fuyards et 2 morts.', codes);
    expect(runs).toEqual([
      expect.objectContaining({ id: '2', text: '12' }),
      ' blessés, ',
      expect.objectContaining({ id: '3', text: '2,500' }),
      ' fuyards et ',
      expect.objectContaining({ id: '1', text: '2' }),
      ' morts.',
    ]);
  });

  it('finds a number an Arabic prefix is written onto (الـ12)', () => {
    const text = 'Of the 12 victims.';
    const runs = targetRuns('من بين الضحايا الـ12.', sourceRuns(text, [span(text, '12', 'value')]));
    expect(runs).toEqual(['من بين الضحايا الـ', expect.objectContaining({ id: '1', text: '12' }), '.']);
  });

  it('displays each value as the target language writes it, and finds that rendering in the target', () => {
    const text = 'About 2,500 troops and 900 advisers, see https://afp.com.';
    const display = (value: ProtectedSpan) => (value.text === '2,500' ? '2\u202F500' : value.text);
    const codes = sourceRuns(text, [span(text, '2,500', 'value'), span(text, '900', 'value'), span(text, 'https://afp.com', 'url')], display);
    expect(spanCodes(codes).map((code) => [code.text, code.display])).toEqual([
      ['2,500', '2\u202F500'],
      ['900', '900'],
      ['https://afp.com', 'https://afp.com'],
    ]);
    const runs = targetRuns('Environ 2\u202F500 soldats et 900 conseillers, voir https://afp.com.', codes);
    expect(spanCodes(runs).map((code) => code.id)).toEqual(['1', '2', '3']);
    expect(runs.slice(0, 3)).toEqual(['Environ ', expect.objectContaining({ id: '1', display: '2\u202F500' }), ' soldats et ']);
  });

  it('falls back to the source text for a target written before values were localized', () => {
    const text = 'About 2,500 troops.';
    const codes = sourceRuns(text, [span(text, '2,500', 'value')], () => '2\u202F500');
    const runs = targetRuns('Environ 2,500 soldats.', codes);
    expect(runs).toEqual(['Environ ', expect.objectContaining({ id: '1', text: '2,500' }), ' soldats.']);
  });

  it('gives plain text for a segment without spans, and an empty run list never', () => {
    expect(sourceRuns('No numbers here.', [])).toEqual(['No numbers here.']);
    expect(targetRuns('Pas de chiffres.', ['No numbers here.'])).toEqual(['Pas de chiffres.']);
  });
});

describe.each(xliffVersions)('inline codes in XLIFF %s', (version) => {
  const xml = writeXliff(localized(codedUnits()), { version, glossary });
  const root = parseXliff(xml);

  it('writes each protected span in the source as its code, the text unchanged', () => {
    const runs = readSide(root, version, 'p1.s1', 'source');
    expect(runs).toEqual([
      'Details at ',
      { id: '1', text: 'https://afp.com/iraq' },
      ' or ',
      { id: '2', text: 'desk@afp.com' },
      '.',
    ]);
  });

  it('writes the codes exactly in the agreed form', () => {
    if (version === '1.2') {
      expect(xml).toContain(
        '<source><ph id="1" ctype="x-number" equiv-text="12">12</ph> killed in Baghdad attack, ' +
          '<ph id="2" ctype="x-dnt" equiv-text="AFP">AFP</ph> says</source>',
      );
      expect(xml).toContain('<ph id="1" ctype="x-url" equiv-text="https://afp.com/iraq">https://afp.com/iraq</ph>');
      expect(xml).toContain('<ph id="2" ctype="x-email" equiv-text="desk@afp.com">desk@afp.com</ph>');
    } else {
      expect(xml).toContain(
        '<source><ph id="1" dataRef="d1" equiv="12" disp="12" canCopy="no" canDelete="no" type="other" ' +
          'subType="wire-l10n:number"/> killed in Baghdad attack, <ph id="2" dataRef="d2" equiv="AFP" disp="AFP" ' +
          'canCopy="no" canDelete="no" type="other" subType="wire-l10n:dnt"/> says</source>',
      );
      expect(xml).toContain('<data id="d1">https://afp.com/iraq</data>');
      expect(xml).toContain('<data id="d2">desk@afp.com</data>');
    }
  });

  it('puts the codes in a machine-translated target where it holds their texts', () => {
    const runs = readSide(root, version, 'headline.s1', 'target');
    expect(runs).toEqual([
      { id: '1', text: '12' },
      " morts dans un attentat à Bagdad, selon l'",
      { id: '2', text: 'AFP' },
    ]);
  });

  it('gives a source copy (untranslated unit) the source’s codes', () => {
    expect(readSide(root, version, 'p1.s1', 'target')).toEqual(readSide(root, version, 'p1.s1', 'source'));
  });

  it('leaves a target without a span’s text without that code, its text as written', () => {
    expect(readSide(root, version, 'p1.s2', 'target')).toEqual(['La police a compté 2 500 personnes.']);
    expect(codesOf(readSide(root, version, 'p1.s2', 'source'))).toEqual([{ id: '1', text: '2,500' }]);
  });

  it('codes a text the target repeats once, at its first occurrence', () => {
    const runs = readSide(root, version, 'p2.s1', 'target');
    expect(codesOf(runs)).toEqual([
      { id: '1', text: '12' },
      { id: '2', text: '9' },
    ]);
    expect(runsText(runs)).toBe('Sur les 12 victimes, 9 étaient des hommes, 12 au total.');
  });

  it('keeps every source and target text byte for byte: no indentation inside content with codes', () => {
    for (const original of codedUnits()) {
      expect(runsText(readSide(root, version, original.id, 'source'))).toBe(original.segment.source);
      expect(runsText(readSide(root, version, original.id, 'target'))).toBe(original.target ?? original.segment.source);
    }
    expect(xml).not.toMatch(/wire-l10n-inline-/);
  });

  it('writes a unit without spans as plain text, as before', () => {
    const plain = writeXliff(localized([unit(segment('p1.s1', 'No numbers here.'))]), { version, glossary });
    expect(plain).not.toMatch(/<ph |originalData/);
    expect(plain).toContain('<source>No numbers here.</source>');
  });

  it('is byte-identical when written twice', () => {
    expect(writeXliff(localized(codedUnits()), { version, glossary })).toBe(xml);
  });
});

describe.each(xliffVersions)('values shown as the target language writes them (%s)', (version) => {
  const source = 'About 2,500 troops left in 2014.';
  const written = (targetLang: 'fr' | 'ar', target: string, valueStyle?: { digits: 'latn' | 'arab'; months: 'paired' }) => {
    const segment = spannedSegment('p1.s1', source, [['2,500', 'value'], ['2014', 'value']]);
    const units = [unit(segment, { targetLang, target, state: 'needs-review', origin: 'mt' })];
    return writeXliff(localized(units, { targetLang }), { version, glossary, ...(valueStyle ? { valueStyle } : {}) });
  };

  it('displays the French rendering and keeps the source text as the code’s data', () => {
    const xml = written('fr', 'Environ 2\u202F500 soldats sont partis en 2014.');
    if (version === '1.2') {
      expect(xml).toContain('<ph id="1" ctype="x-number" equiv-text="2\u202F500">2,500</ph>');
    } else {
      expect(xml).toContain('equiv="2\u202F500" disp="2\u202F500"');
      expect(xml).toContain('<data id="d1">2,500</data>');
    }
    // The target holds the rendering, so the code stands in the target too: both codes, once each.
    expect(readSide(parseXliff(xml), version, 'p1.s1', 'target').filter((run) => typeof run !== 'string')).toHaveLength(2);
  });

  it('displays Arabic-Indic digits when the house style says so', () => {
    const xml = written('ar', 'غادر نحو ٢٬٥٠٠ جندي في ٢٠١٤.', { digits: 'arab', months: 'paired' });
    expect(xml).toContain(version === '1.2' ? 'equiv-text="٢٬٥٠٠">2,500</ph>' : 'disp="٢٬٥٠٠"');
    expect(readSide(parseXliff(xml), version, 'p1.s1', 'target').filter((run) => typeof run !== 'string')).toHaveLength(2);
  });
});

describe('one article written in both versions and with other options (the view is built once per article)', () => {
  const source = 'About 2,500 troops left in 2014.';
  const segmentWithValues = spannedSegment('p1.s1', source, [['2,500', 'value'], ['2014', 'value']]);
  const arabic = () => localized([unit(segmentWithValues, { targetLang: 'ar', target: 'غادر نحو ٢٬٥٠٠ جندي في ٢٠١٤.', state: 'needs-review', origin: 'mt' })], { targetLang: 'ar' });
  const arabicDigits = { digits: 'arab', months: 'paired' } as const;

  it('writes each version of one article object as it writes a fresh copy of it', () => {
    const doc = arabic();
    for (const version of [...xliffVersions, ...xliffVersions]) {
      expect(writeXliff(doc, { version, glossary, valueStyle: arabicDigits })).toBe(writeXliff(arabic(), { version, glossary, valueStyle: arabicDigits }));
    }
  });

  it('follows the value style, the original and the size limits given for the same article object', () => {
    const doc = arabic();
    for (const version of xliffVersions) {
      const western = writeXliff(doc, { version, glossary });
      const eastern = writeXliff(doc, { version, glossary, valueStyle: arabicDigits });
      expect(western).toContain(version === '1.2' ? 'equiv-text="2,500">2,500</ph>' : 'disp="2,500"');
      expect(eastern).toContain(version === '1.2' ? 'equiv-text="٢٬٥٠٠">2,500</ph>' : 'disp="٢٬٥٠٠"');
      expect(writeXliff(doc, { version, glossary, original: 'elsewhere.txt' })).toContain('original="elsewhere.txt"');
      expect(writeXliff(doc, { version, glossary, sizeLimits: { paragraph: 200 } })).toContain(version === '1.2' ? 'maxwidth="200"' : '200');
      expect(writeXliff(doc, { version, glossary })).toBe(western);
    }
  });
});

describe('2.1 original data', () => {
  const root = parseXliff(writeXliff(localized(codedUnits()), { version: '2.1', glossary }));

  it('holds one <data> per source code, after the notes and before the segment', () => {
    const unitNode = unitElement(root, 'p2.s1');
    const children = Array.from(unitNode.childNodes)
      .filter((node) => node.nodeType === 1)
      .map((node) => node.localName);
    expect(children).toEqual(['metadata', 'notes', 'originalData', 'segment']);
    const data = descendants(unitNode, xliff2Namespace, 'data').map((item) => [item.getAttribute('id'), item.textContent]);
    expect(data).toEqual([
      ['d1', '12'],
      ['d2', '9'],
    ]);
  });

  it('keeps the data of a code the target lacks: the source still refers to it', () => {
    const data = descendants(unitElement(root, 'p1.s2'), xliff2Namespace, 'data').map((item) => item.textContent);
    expect(data).toEqual(['2,500']);
  });
});

describe.each(xliffVersions)('inline codes in Arabic targets (%s)', (version) => {
  const root = parseXliff(writeXliff(localized(codedUnits('ar'), { targetLang: 'ar' }), { version, glossary }));

  it('codes the numbers and names an Arabic target holds, keeping its text', () => {
    const headline = readSide(root, version, 'headline.s1', 'target');
    expect(headline).toEqual(['مقتل ', { id: '1', text: '12' }, ' في هجوم في بغداد بحسب ', { id: '2', text: 'AFP' }]);
    const victims = readSide(root, version, 'p2.s1', 'target');
    expect(victims).toEqual(['من بين الضحايا الـ', { id: '1', text: '12' }, '، كان ', { id: '2', text: '9' }, ' رجالا.']);
  });

  it('leaves 2500 (written without the separator) plain', () => {
    expect(readSide(root, version, 'p1.s2', 'target')).toEqual(['أحصت الشرطة 2500 شخص.']);
  });
});

describe.each(xliffVersions)('inline codes in pseudo-translations (%s)', (version) => {
  it('codes the spans the pseudo engine kept verbatim', () => {
    const seg = spannedSegment('p1.s1', 'Police counted 2,500 people at https://afp.com.', [
      ['2,500', 'value'],
      ['https://afp.com', 'url'],
    ]);
    const pseudo = unit(seg, {
      state: 'needs-review',
      origin: 'pseudo',
      engine: 'pseudo',
      target: '[Ƥöĺíçé çöüñţéď 2,500 þéöþĺé áţ https://afp.com. ~~~~~~~~~~~~~~]',
    });
    const root = parseXliff(writeXliff(localized([pseudo]), { version, glossary }));
    expect(codesOf(readSide(root, version, 'p1.s1', 'target'))).toEqual([
      { id: '1', text: '2,500' },
      { id: '2', text: 'https://afp.com' },
    ]);
  });
});

describe.each(xliffVersions)('hostile text inside protected spans (%s)', (version) => {
  const source = 'Shares of AT&T <b> rose, see https://x.com/?a=1&b=<2>&amp; now.';
  const seg = spannedSegment('p1.s1', source, [
    ['AT&T <b>', 'dnt'],
    ['https://x.com/?a=1&b=<2>&amp;', 'url'],
  ]);
  const hostile: Unit = unit(seg, {
    state: 'translated',
    origin: 'human',
    target: "L'action AT&T <b> a monté, voir https://x.com/?a=1&b=<2>&amp; maintenant.",
  });
  const xml = writeXliff(localized([hostile]), { version, glossary });

  it('escapes & and < in the code’s text, attributes and data; no markup leaks', () => {
    expect(xml).not.toContain('<b>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    if (version === '1.2') {
      expect(xml).toContain('<ph id="1" ctype="x-dnt" equiv-text="AT&amp;T &lt;b&gt;">AT&amp;T &lt;b&gt;</ph>');
      expect(xml).toContain('equiv-text="https://x.com/?a=1&amp;b=&lt;2&gt;&amp;amp;">https://x.com/?a=1&amp;b=&lt;2&gt;&amp;amp;</ph>');
    } else {
      expect(xml).toContain('equiv="AT&amp;T &lt;b&gt;" disp="AT&amp;T &lt;b&gt;"');
      expect(xml).toContain('<data id="d1">AT&amp;T &lt;b&gt;</data>');
      expect(xml).toContain('<data id="d2">https://x.com/?a=1&amp;b=&lt;2&gt;&amp;amp;</data>');
    }
  });

  it('reads back the span texts and both sides unchanged', () => {
    const root = parseXliff(xml);
    const sourceRead = readSide(root, version, 'p1.s1', 'source');
    const targetRead = readSide(root, version, 'p1.s1', 'target');
    expect(codesOf(sourceRead)).toEqual([
      { id: '1', text: 'AT&T <b>' },
      { id: '2', text: 'https://x.com/?a=1&b=<2>&amp;' },
    ]);
    expect(codesOf(targetRead)).toEqual(codesOf(sourceRead));
    expect(runsText(sourceRead)).toBe(source);
    expect(runsText(targetRead)).toBe(hostile.target);
  });
});

describe('protected spans the writer refuses', () => {
  const text = 'Police counted 2,500 people.';
  const cases: ReadonlyArray<readonly [string, ProtectedSpan[], string]> = [
    ['outside the source', [{ ...spanOf('1', 20, 'value'), end: 40, text: 'x' }], 'lies outside the source, which has 28 characters'],
    ['empty', [{ ...spanOf('1', 3, 'value'), end: 3, text: '' }], 'is empty'],
    ['overlapping', [span(text, '2,500', 'value'), spanOf('500', 17, 'value')], 'overlaps the span before it'],
    ['not the source text', [spanOf('9,999', 15, 'value')], 'does not match the source there ("2,500")'],
  ];

  it.each(cases)('refuses a span %s with an OutputError naming the unit', (_name, spans, message) => {
    const doc = localized([unit({ ...segment('p1.s1', text), protectedSpans: spans })]);
    for (const version of xliffVersions) {
      expect(() => writeXliff(doc, { version, glossary })).toThrow(OutputError);
      expect(() => writeXliff(doc, { version, glossary })).toThrow(`cannot write XLIFF: unit p1.s1: protected span`);
      expect(() => writeXliff(doc, { version, glossary })).toThrow(message);
    }
  });

  it('refuses a span that cuts a character beyond the BMP in half', () => {
    const emoji = 'News 📰 today.';
    const doc = localized([unit({ ...segment('p1.s1', emoji), protectedSpans: [{ start: 6, end: 7, kind: 'dnt', text: emoji.slice(6, 7) }] })]);
    expect(() => writeXliff(doc, { version: '2.1', glossary })).toThrow('cuts a character in half');
  });
});
