import { describe, expect, it } from 'vitest';
import { hashText } from '../../../src/util/hash.js';
import { inlineCodes, runsToText } from '../../../src/xliff/inline.js';
import { writeXliff } from '../../../src/xliff/index.js';
import { readXliff } from '../../../src/xliff/read/index.js';
import { codedUnits, glossary, localized, pseudoUnits, storySuggestions, storyUnits } from '../fixtures.js';
import { utf8 } from './helpers.js';

describe('readXliff reads what writeXliff writes', () => {
  it.each(['1.2', '2.1'] as const)('XLIFF %s: every unit, its source, target and state; suggestions and notes are not content', (version) => {
    const units = storyUnits().map((unit) => ({ ...unit, suggestions: storySuggestions[unit.id] ?? [] }));
    const xml = writeXliff(localized(units), { version, glossary });
    const file = readXliff(utf8(xml), `baghdad.fr.${version}.xlf`);
    expect(file).toMatchObject({ version, original: 'samples/baghdad.txt', sourceLang: 'en', targetLang: 'fr' });
    expect(file.units.map(({ id, source, target, state }) => ({ id, source, target, state }))).toEqual([
      { id: 'headline.s1', source: ['Islamic State claims Baghdad attack'], target: ["L'EI revendique un attentat à Bagdad"], state: 'draft' },
      // Untranslated units carry a copy of the source.
      {
        id: 'p1.s1',
        source: ['An attack in Baghdad killed 12 people on Saturday, AFP reporters saw.'],
        target: ['An attack in Baghdad killed 12 people on Saturday, AFP reporters saw.'],
        state: 'untranslated',
      },
      { id: 'p1.s2', source: ['The Islamic State group claimed it.'], target: ["Le groupe État islamique (EI) l'a revendiqué."], state: 'translated' },
      { id: 'p2.s1', source: ['Police gave no further details.'], target: ["La police n'a pas donné d'autres détails."], state: 'reviewed' },
      { id: 'p2.s2', source: ['Nothing else.'], target: ['Rien d’autre.'], state: 'final' },
    ]);
  });

  it.each(['1.2', '2.1'] as const)('XLIFF %s: pseudo-translations read back as not translated', (version) => {
    const xml = writeXliff(localized(pseudoUnits('fr')), { version, glossary });
    const states = readXliff(utf8(xml), 'pseudo.xlf').units.map((unit) => unit.state);
    expect(new Set(states)).toEqual(new Set(['untranslated']));
  });

  it.each([
    ['1.2', 'fr'],
    ['2.1', 'fr'],
    ['2.1', 'ar'],
  ] as const)('XLIFF %s (%s): protected spans come back as standalone codes with their text, and the story id and version', (version, targetLang) => {
    const units = codedUnits(targetLang);
    const xml = writeXliff(localized(units, { targetLang }), { version, glossary });
    const file = readXliff(utf8(xml), 'coded.xlf');
    expect(file).toMatchObject({ targetLang, articleId: 'baghdad-attack-2024-11-23', articleVersion: 1 });
    expect(file.units.map((unit) => unit.id)).toEqual(units.map((unit) => unit.id));
    file.units.forEach((read, index) => {
      const written = units[index]!;
      expect(runsToText(read.source)).toBe(written.segment.source);
      expect(runsToText(read.target ?? [])).toBe(written.target ?? written.segment.source);
      expect(inlineCodes(read.source).map((code) => [code.kind, code.text])).toEqual(
        written.segment.protectedSpans.map((span) => ['standalone', span.text]),
      );
    });
  });

  it.each(['1.2', '2.1'] as const)('XLIFF %s: each unit carries the fingerprint of the target it was exported with', (version) => {
    const units = storyUnits();
    const file = readXliff(utf8(writeXliff(localized(units), { version, glossary })), 'base.xlf');
    expect(file.units.map((unit) => unit.baseTarget)).toEqual(units.map((unit) => hashText(unit.target ?? unit.segment.source)));
  });

  it('ignores an extradata some other tool wrote, and a base that is not a fingerprint', () => {
    const xml = writeXliff(localized(storyUnits()), { version: '1.2', glossary })
      .replace(/extradata="wire-l10n:base=[0-9a-f]{16}"/, 'extradata="sdl:segment-7"')
      .replace(/(<trans-unit id="p1\.s1"[^>]*)extradata="wire-l10n:base=[0-9a-f]{16}"/, '$1extradata="wire-l10n:base=not-a-hash"');
    const [first, second] = readXliff(utf8(xml), 'foreign.xlf').units;
    expect(first!.baseTarget).toBeUndefined();
    expect(second!.baseTarget).toBeUndefined();
  });
});
