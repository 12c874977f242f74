/**
 * The `xliff` npm package (xliff12ToJs, xliff2js) as an independent reader: it must find every
 * unit of our files with the same id, source and target.
 */
import { describe, expect, it } from 'vitest';
import { xliff12ToJs, xliff2js } from 'xliff';
import type { XliffJs, XliffJsUnit } from 'xliff';
import type { LocalizedArticle } from '../../src/model.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffVersion } from '../../src/xliff/index.js';
import { glossary, localized, pseudoUnits, storyUnits, withSuggestions } from './fixtures.js';

interface ReadUnit {
  readonly id: string;
  readonly source: XliffJsUnit['source'];
  readonly target: XliffJsUnit['target'];
}

async function readBack(doc: LocalizedArticle, version: XliffVersion): Promise<XliffJs> {
  const xml = writeXliff(doc, { version, glossary });
  return version === '1.2' ? xliff12ToJs(xml) : xliff2js(xml);
}

/** Units in document order, groups flattened. */
function unitsOf(read: XliffJs): ReadUnit[] {
  const flatten = (entries: Readonly<Record<string, XliffJsUnit>>): ReadUnit[] =>
    Object.entries(entries).flatMap(([id, entry]) =>
      entry.groupUnits ? flatten(entry.groupUnits) : [{ id, source: entry.source, target: entry.target }],
    );
  return Object.values(read.resources).flatMap(flatten);
}

function expectedUnits(doc: LocalizedArticle): ReadUnit[] {
  return doc.units.map((u) => ({
    id: u.id,
    source: u.segment.source,
    target: u.state === 'untranslated' ? u.segment.source : u.target,
  }));
}

describe.each(xliffVersions)('the xliff package reading our XLIFF %s', (version) => {
  it('finds every unit with its id, source and target', async () => {
    const doc = localized(storyUnits());
    expect(unitsOf(await readBack(doc, version))).toEqual(expectedUnits(doc));
  });

  it('finds every unit’s own source and target, not a suggestion’s, when units carry suggestions', async () => {
    const doc = localized(withSuggestions(storyUnits()));
    expect(unitsOf(await readBack(doc, version))).toEqual(expectedUnits(doc));
  });

  it('reads an Arabic file with its languages', async () => {
    const doc = localized(pseudoUnits('ar'), { targetLang: 'ar' });
    const read = await readBack(doc, version);
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['en', 'ar']);
    expect(unitsOf(read)).toEqual(expectedUnits(doc));
  });
});

describe('the xliff package reading suggestions', () => {
  it.each([
    ['1.2', ['alt-trans', 'alt-trans']],
    ['2.1', ['mda:metadata', 'gls:glossary', 'mtc:matches']],
  ] as const)('keeps them as additional elements of the unit (%s)', async (version, names) => {
    const read = await readBack(localized(withSuggestions(storyUnits())), version);
    const [file] = Object.values(read.resources);
    const unitJs = file?.['p1']?.groupUnits?.['p1.s1'];
    expect(unitJs?.additionalElements?.map((element) => element.name)).toEqual(names);
  });
});

describe('the xliff package reading the file headers', () => {
  it('keys 1.2 units by the `original` path and 2.1 units by the file id', async () => {
    const doc = localized(storyUnits());
    expect(Object.keys((await readBack(doc, '1.2')).resources)).toEqual(['samples/baghdad.txt']);
    expect(Object.keys((await readBack(doc, '2.1')).resources)).toEqual(['f1']);
  });

  it('sees version 2.1', async () => {
    expect((await readBack(localized(storyUnits()), '2.1')).xliffVersion).toBe('2.1');
  });
});
