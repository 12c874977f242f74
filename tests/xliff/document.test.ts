import { describe, expect, it } from 'vitest';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import { glossary, localized, pseudoUnits, storyUnits } from './fixtures.js';
import {
  descendants,
  firstDescendant,
  parseXliff,
  unitElement,
  xliff12Namespace,
  xliff2Namespace,
} from './read-xliff.js';

describe('every XLIFF file', () => {
  it('offers exactly 1.2 and 2.1', () => {
    expect(xliffVersions).toEqual(['1.2', '2.1']);
  });

  it.each(xliffVersions)('is UTF-8 XML, indented by two spaces, LF only, ending with one newline (%s)', (version) => {
    const xml = writeXliff(localized(storyUnits()), { version, glossary });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff ')).toBe(true);
    expect(xml.endsWith('</xliff>\n')).toBe(true);
    expect(xml).not.toMatch(/\r|\t|\n\n/);
    for (const line of xml.split('\n').slice(1, -1)) expect(line).toMatch(/^( {2})*<\S/);
  });

  it.each(xliffVersions)('is byte-identical when written twice from equal input (%s)', (version) => {
    const first = writeXliff(localized(storyUnits()), { version, glossary });
    const second = writeXliff(localized(storyUnits()), { version, glossary: { ...glossary } });
    expect(second).toBe(first);
  });

  it.each(xliffVersions)('holds one group per block and one unit per segment, in reading order (%s)', (version) => {
    const root = parseXliff(writeXliff(localized(storyUnits()), { version, glossary }));
    const [namespace, unitName] = version === '1.2' ? [xliff12Namespace, 'trans-unit'] : [xliff2Namespace, 'unit'];
    const groups = descendants(root, namespace, 'group').map((group) => ({
      id: group.getAttribute('id'),
      units: descendants(group, namespace, unitName).map((element) => element.getAttribute('id')),
    }));
    expect(groups).toEqual([
      { id: 'headline', units: ['headline.s1'] },
      { id: 'p1', units: ['p1.s1', 'p1.s2'] },
      { id: 'p2', units: ['p2.s1', 'p2.s2'] },
    ]);
  });

  it.each(xliffVersions)('names the article’s source path as `original` unless told otherwise (%s)', (version) => {
    const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
    const byDefault = parseXliff(writeXliff(localized(storyUnits()), { version, glossary }));
    expect(firstDescendant(byDefault, namespace, 'file').getAttribute('original')).toBe('samples/baghdad.txt');
    const given = parseXliff(writeXliff(localized(storyUnits()), { version, glossary, original: 'in/story.txt' }));
    expect(firstDescendant(given, namespace, 'file').getAttribute('original')).toBe('in/story.txt');
  });
});

describe('XLIFF 1.2 file', () => {
  const root = parseXliff(writeXliff(localized(storyUnits()), { version: '1.2', glossary }));

  it('declares version 1.2 in the 1.2 namespace', () => {
    expect(root.namespaceURI).toBe(xliff12Namespace);
    expect(root.getAttribute('version')).toBe('1.2');
  });

  it('describes the file: languages, plain text, wire-l10n as the tool', () => {
    const file = firstDescendant(root, xliff12Namespace, 'file');
    expect(file.getAttribute('source-language')).toBe('en');
    expect(file.getAttribute('target-language')).toBe('fr');
    expect(file.getAttribute('datatype')).toBe('plaintext');
    expect(file.getAttribute('tool-id')).toBe('wire-l10n');
    const tool = firstDescendant(root, xliff12Namespace, 'tool');
    expect([tool.getAttribute('tool-id'), tool.getAttribute('tool-name')]).toEqual(['wire-l10n', 'wire-l10n']);
  });

  it('gives each group the block kind and each trans-unit its id as resname', () => {
    const [headline] = descendants(root, xliff12Namespace, 'group');
    expect(headline?.getAttribute('restype')).toBe('x-headline');
    expect(unitElement(root, 'p1.s2').getAttribute('resname')).toBe('p1.s2');
  });
});

describe('XLIFF 2.1 file', () => {
  const root = parseXliff(writeXliff(localized(storyUnits()), { version: '2.1', glossary }));

  it('declares version 2.1 in the 2.0 namespace with its languages', () => {
    expect(root.namespaceURI).toBe(xliff2Namespace);
    expect([root.getAttribute('version'), root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual([
      '2.1',
      'en',
      'fr',
    ]);
  });

  it('has one file with id f1 and a prefixed type per group', () => {
    expect(firstDescendant(root, xliff2Namespace, 'file').getAttribute('id')).toBe('f1');
    expect(descendants(root, xliff2Namespace, 'group').map((group) => group.getAttribute('type'))).toEqual([
      'wire-l10n:headline',
      'wire-l10n:paragraph',
      'wire-l10n:paragraph',
    ]);
  });

  it('gives each segment the unit’s id', () => {
    expect(firstDescendant(unitElement(root, 'p1.s2'), xliff2Namespace, 'segment').getAttribute('id')).toBe('p1.s2');
  });

  it('leaves text direction at its default for a left-to-right target', () => {
    const file = firstDescendant(root, xliff2Namespace, 'file');
    expect([file.getAttribute('srcDir'), file.getAttribute('trgDir')]).toEqual([null, null]);
  });

  it('leaves text direction at its default for a language Intl cannot place', () => {
    const xml = writeXliff(localized(storyUnits(), { targetLang: 'x-wire' }), { version: '2.1', glossary });
    expect(firstDescendant(parseXliff(xml), xliff2Namespace, 'file').getAttribute('trgDir')).toBeNull();
  });
});

describe('Arabic target', () => {
  const arabic = localized(pseudoUnits('ar'), { targetLang: 'ar' });
  const arabicTarget = 'أعلن تنظيم الدولة الإسلامية مسؤوليته عن هجوم في بغداد';

  it('marks the 2.1 file’s targets right to left', () => {
    const root = parseXliff(writeXliff(arabic, { version: '2.1', glossary }));
    expect(root.getAttribute('trgLang')).toBe('ar');
    expect(firstDescendant(root, xliff2Namespace, 'file').getAttribute('trgDir')).toBe('rtl');
  });

  it('names Arabic as the 1.2 target language (1.2 has no direction attribute)', () => {
    const root = parseXliff(writeXliff(arabic, { version: '1.2', glossary }));
    expect(firstDescendant(root, xliff12Namespace, 'file').getAttribute('target-language')).toBe('ar');
  });

  it.each(xliffVersions)('keeps Arabic target text as written (%s)', (version) => {
    const [first, ...rest] = pseudoUnits('ar');
    if (!first) throw new Error('fixture has no units');
    const doc = localized([{ ...first, state: 'translated', origin: 'human', target: arabicTarget }, ...rest], {
      targetLang: 'ar',
    });
    const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
    const unitNode = unitElement(parseXliff(writeXliff(doc, { version, glossary })), 'headline.s1');
    expect(firstDescendant(unitNode, namespace, 'target').textContent).toBe(arabicTarget);
  });
});
