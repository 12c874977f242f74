import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffSizeLimits } from '../../src/xliff/index.js';
import { glossary, localized, segment, storyUnits, unit } from './fixtures.js';
import { descendants, noteTexts, parseXliff, unitElement, xliff12Namespace, xliff2Namespace } from './read-xliff.js';

const sizeRestrictionNamespace = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';
const headlineNote =
  "Size limit: the headline's translation must fit in 90 characters (the whole headline, all its segments together).";

/** The story with a two-sentence headline, so the group-wide limit shows. */
function story() {
  return localized([
    unit(segment('headline.s1', 'Islamic State claims Baghdad attack.')),
    unit(segment('headline.s2', 'Twelve dead.')),
    ...storyUnits().slice(1),
  ]);
}

function write(version: '1.2' | '2.1', sizeLimits?: XliffSizeLimits): string {
  return writeXliff(story(), { version, glossary, ...(sizeLimits ? { sizeLimits } : {}) });
}

describe('size limits in XLIFF 1.2', () => {
  const root = parseXliff(write('1.2', { headline: 90 }));

  it('put maxwidth in characters on the limited block’s <group> only', () => {
    const groups = descendants(root, xliff12Namespace, 'group').map((group) => [
      group.getAttribute('id'),
      group.getAttribute('maxwidth'),
      group.getAttribute('size-unit'),
    ]);
    expect(groups).toEqual([
      ['headline', '90', 'char'],
      ['p1', null, null],
      ['p2', null, null],
    ]);
  });
});

describe('size limits in XLIFF 2.1', () => {
  const xml = write('2.1', { headline: 90, caption: 120 });
  const root = parseXliff(xml);

  it('put slr:sizeRestriction on the limited block’s <group> only', () => {
    const groups = descendants(root, xliff2Namespace, 'group').map((group) => [
      group.getAttribute('id'),
      group.getAttribute('slr:sizeRestriction'),
    ]);
    expect(groups).toEqual([
      ['headline', '90'],
      ['p1', null],
      ['p2', null],
    ]);
    expect(xml).toContain('<group id="headline" type="wire-l10n:headline" slr:sizeRestriction="90">');
  });

  it('name the code-point profile once, in <file> before the groups', () => {
    const profiles = descendants(root, sizeRestrictionNamespace, 'profiles');
    expect(profiles.map((element) => element.getAttribute('generalProfile'))).toEqual(['xliff:codepoints']);
    expect(xml).toMatch(/<\/mda:metadata>\n {4}<slr:profiles generalProfile="xliff:codepoints"\/>\n {4}<group id="headline"/);
    expect(xml).toMatch(/^<xliff [^>]*xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2\.0"/m);
  });
});

describe('size limit notes', () => {
  it.each(xliffVersions)('tell every unit of the limited block its limit, after warnings and before terms (%s)', (version) => {
    const root = parseXliff(write(version, { headline: 90 }));
    expect(noteTexts(unitElement(root, 'headline.s1'))).toEqual([
      'Not translated yet: the target is a copy of the source text. Replace it with the translation.',
      headlineNote,
    ]);
    expect(noteTexts(unitElement(root, 'headline.s2'))).toContain(headlineNote);
    expect(noteTexts(unitElement(root, 'p1.s1')).some((note) => note.startsWith('Size limit'))).toBe(false);
  });

  it('file the 2.1 note under category size-limit, about the target', () => {
    const root = parseXliff(write('2.1', { headline: 90 }));
    const note = descendants(unitElement(root, 'headline.s1'), xliff2Namespace, 'note').find(
      (element) => element.textContent === headlineNote,
    );
    expect([note?.getAttribute('category'), note?.getAttribute('appliesTo')]).toEqual(['size-limit', 'target']);
  });
});

describe('without size limits', () => {
  it.each(xliffVersions)('files are the same with no option as with an empty one, and say nothing of sizes (%s)', (version) => {
    const without = write(version);
    expect(write(version, {})).toBe(without);
    expect(without).not.toMatch(/maxwidth|slr:|Size limit/);
  });

  it.each(xliffVersions)('a limit for a block kind the article lacks changes nothing (%s)', (version) => {
    expect(write(version, { standfirst: 200 })).toBe(write(version));
  });
});

describe('size limits the writer refuses', () => {
  it.each([
    [{ headline: 0 }, '`sizeLimits.headline`: expected a whole number of characters, at least 1, got 0'],
    [{ headline: 12.5 }, '`sizeLimits.headline`: expected a whole number of characters, at least 1, got 12.5'],
    [{ headline: '90' }, '`sizeLimits.headline`: expected a whole number of characters, at least 1, got "90"'],
    [{ title: 90 }, 'Expected `sizeLimits` keys to be block kinds (headline, standfirst, caption, subhead, paragraph), got `title`'],
  ])('%j with a UsageError saying what is wrong', (sizeLimits, message) => {
    const call = () => writeXliff(story(), { version: '2.1', glossary, sizeLimits: sizeLimits as XliffSizeLimits });
    expect(call).toThrow(UsageError);
    expect(call).toThrow(message);
  });
});
