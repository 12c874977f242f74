import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import type { Suggestion } from '../../src/model.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffVersion } from '../../src/xliff/index.js';
import { glossary, localized, segment, storyUnits, suggestion, unit, withSuggestions } from './fixtures.js';
import {
  childNames,
  descendants,
  firstDescendant,
  matchesNamespace,
  parseXliff,
  unitElement,
  xliff12Namespace,
  xliff2Namespace,
} from './read-xliff.js';
import type { XmlElement } from './read-xliff.js';

const p1s1Source = 'An attack in Baghdad killed 12 people on Saturday, AFP reporters saw.';

function write(version: XliffVersion): XmlElement {
  return parseXliff(writeXliff(localized(withSuggestions(storyUnits())), { version, glossary }));
}

/** A one-unit file whose unit p1.s1 carries these suggestions. */
function writeWith(version: XliffVersion, suggestions: readonly Suggestion[] | undefined): string {
  const doc = localized([unit(segment('p1.s1', 'Police gave no details.'), suggestions ? { suggestions } : {})]);
  return writeXliff(doc, { version, glossary });
}

function textOf(parent: XmlElement, namespace: string, name: string): string | null {
  return firstDescendant(parent, namespace, name).textContent;
}

describe('XLIFF 1.2 suggestions', () => {
  const root = write('1.2');

  it('come as one <alt-trans> per suggestion, best first, after the target and the notes', () => {
    expect(childNames(unitElement(root, 'p1.s1'))).toEqual(['source', 'target', 'note', 'note', 'alt-trans', 'alt-trans']);
  });

  it('carry match-quality as a whole percent, origin, source and target in the file’s target language', () => {
    const altTrans = descendants(unitElement(root, 'p1.s1'), xliff12Namespace, 'alt-trans').map((element) => ({
      matchQuality: element.getAttribute('match-quality'),
      origin: element.getAttribute('origin'),
      type: element.getAttribute('alttranstype'),
      source: textOf(element, xliff12Namespace, 'source'),
      target: textOf(element, xliff12Namespace, 'target'),
      lang: firstDescendant(element, xliff12Namespace, 'target').getAttribute('xml:lang'),
    }));
    expect(altTrans).toEqual([
      {
        matchQuality: '85',
        origin: 'wire-l10n-tm',
        type: null,
        source: 'An attack in Baghdad killed 10 people on Friday, AFP reporters saw.',
        target: "Un attentat à Bagdad a tué 10 personnes vendredi, ont constaté des journalistes de l'AFP.",
        lang: 'fr',
      },
      {
        matchQuality: '76',
        origin: 'wire-l10n-tm',
        type: null,
        source: 'An attack in Mosul killed 12 people, AFP reporters saw.',
        target: "Un attentat à Mossoul a tué 12 personnes, ont constaté des journalistes de l'AFP.",
        lang: 'fr',
      },
    ]);
  });

  it('never go into the unit’s own target', () => {
    const [ownTarget] = descendants(unitElement(root, 'p1.s1'), xliff12Namespace, 'target');
    expect(ownTarget?.textContent).toBe(p1s1Source);
    expect(ownTarget?.getAttribute('state')).toBe('needs-translation');
  });
});

describe('XLIFF 2.1 suggestions', () => {
  const root = write('2.1');

  it('come as an <mtc:matches> after the glossary and before the notes and the segment', () => {
    // The unit's metadata (the exported target's fingerprint) comes first.
    expect(childNames(unitElement(root, 'p1.s1'))).toEqual(['mda:metadata', 'gls:glossary', 'mtc:matches', 'notes', 'segment']);
    expect(childNames(unitElement(root, 'headline.s1'))).toEqual(['mda:metadata', 'gls:glossary', 'mtc:matches', 'notes', 'segment']);
  });

  it('carry one <mtc:match> per suggestion, best first, with similarity, type, origin and core source/target', () => {
    const matches = descendants(unitElement(root, 'p1.s1'), matchesNamespace, 'match').map((element) => ({
      ref: element.getAttribute('ref'),
      type: element.getAttribute('type'),
      similarity: element.getAttribute('similarity'),
      origin: element.getAttribute('origin'),
      children: childNames(element),
      source: textOf(element, xliff2Namespace, 'source'),
      target: textOf(element, xliff2Namespace, 'target'),
    }));
    expect(matches).toEqual([
      {
        ref: '#p1.s1',
        type: 'tm',
        similarity: '85.7',
        origin: 'wire-l10n-tm',
        children: ['source', 'target'],
        source: 'An attack in Baghdad killed 10 people on Friday, AFP reporters saw.',
        target: "Un attentat à Bagdad a tué 10 personnes vendredi, ont constaté des journalistes de l'AFP.",
      },
      {
        ref: '#p1.s1',
        type: 'tm',
        similarity: '76.0',
        origin: 'wire-l10n-tm',
        children: ['source', 'target'],
        source: 'An attack in Mosul killed 12 people, AFP reporters saw.',
        target: "Un attentat à Mossoul a tué 12 personnes, ont constaté des journalistes de l'AFP.",
      },
    ]);
  });

  // The module's Schematron rule (mtc2), which xmllint cannot run: ref names text in the same unit.
  it('point each ref at a segment of the unit that holds the match', () => {
    const checked = descendants(root, xliff2Namespace, 'unit').flatMap((unitNode) => {
      const segmentIds = descendants(unitNode, xliff2Namespace, 'segment').map((s) => s.getAttribute('id'));
      return descendants(unitNode, matchesNamespace, 'match').map((match) => {
        const ref = match.getAttribute('ref') ?? '';
        return ref.startsWith('#') && segmentIds.includes(ref.slice(1));
      });
    });
    // headline.s1: its machine translation and one memory match; p1.s1: two memory matches.
    expect(checked).toEqual([true, true, true, true]);
  });

  it('never go into the unit’s own target', () => {
    const segmentNode = firstDescendant(unitElement(root, 'p1.s1'), xliff2Namespace, 'segment');
    expect(textOf(segmentNode, xliff2Namespace, 'target')).toBe(p1s1Source);
  });

  it('declare the matches namespace once, on the root, only when some unit has suggestions', () => {
    const xml = writeWith('2.1', [suggestion('Police gave no further details.', 'La police…', 80)]);
    expect(xml.match(/xmlns:mtc="urn:oasis:names:tc:xliff:matches:2\.0"/g)).toHaveLength(1);
    expect(xml).toMatch(/^<xliff [^>]*xmlns:mtc=/m);
    expect(writeWith('2.1', undefined)).not.toContain('mtc');
  });
});

describe('units without suggestions', () => {
  it.each(xliffVersions)('are written the same with no suggestions as with an empty list (%s)', (version) => {
    const without = writeWith(version, undefined);
    expect(writeWith(version, [])).toBe(without);
    expect(without).not.toMatch(/alt-trans|mtc:/);
  });

  it.each(xliffVersions)('stay as they were next to a unit with suggestions (%s)', (version) => {
    const root = write(version);
    const [namespace, name] = version === '1.2' ? [xliff12Namespace, 'alt-trans'] : [matchesNamespace, 'matches'];
    expect(descendants(unitElement(root, 'p2.s1'), namespace, name)).toEqual([]);
    // 1.2: one <alt-trans> per match (headline.s1: machine translation + memory; p1.s1: two); 2.1: one <mtc:matches> per unit.
    expect(descendants(root, namespace, name)).toHaveLength(version === '1.2' ? 4 : 2);
  });
});

describe('similarity', () => {
  const cases: ReadonlyArray<readonly [number, string, string]> = [
    [100, '100', '100.0'],
    [87, '87', '87.0'],
    [87.3, '87', '87.3'],
    [600 / 7, '85', '85.7'],
    [99.96, '99', '99.9'],
    [99.99999999999, '99', '99.9'],
    [0.05, '0', '0.0'],
    [0, '0', '0.0'],
  ];

  it.each(cases)('%s is match-quality="%s" in 1.2 and similarity="%s" in 2.1, cut, never rounded up to 100', (value, v12, v21) => {
    const sole = [suggestion('Police gave no further details.', "La police n'a pas donné d'autres détails.", value)];
    const altTrans = firstDescendant(parseXliff(writeWith('1.2', sole)), xliff12Namespace, 'alt-trans');
    expect(altTrans.getAttribute('match-quality')).toBe(v12);
    const match = firstDescendant(parseXliff(writeWith('2.1', sole)), matchesNamespace, 'match');
    expect(match.getAttribute('similarity')).toBe(v21);
  });

  it.each([120, -1, Number.NaN, Number.POSITIVE_INFINITY])('%s is refused with an OutputError naming the suggestion', (value) => {
    for (const version of xliffVersions) {
      let thrown: unknown;
      try {
        writeWith(version, [suggestion('A.', 'B.', 90), suggestion('C.', 'D.', value)]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(OutputError);
      expect((thrown as OutputError).message).toBe(
        `cannot write XLIFF: unit p1.s1 suggestion 2 has similarity ${String(value)}, which is not a number from 0 to 100`,
      );
    }
  });
});

describe('a machine-translated unit’s own translation', () => {
  const headlineSource = 'Islamic State claims Baghdad attack';
  const machineTarget = "L'EI revendique un attentat à Bagdad";

  it('comes first among the 1.2 <alt-trans>, from the engine through wire-l10n, without a match-quality', () => {
    const altTrans = descendants(unitElement(write('1.2'), 'headline.s1'), xliff12Namespace, 'alt-trans').map((element) => ({
      origin: element.getAttribute('origin'),
      toolId: element.getAttribute('tool-id'),
      matchQuality: element.getAttribute('match-quality'),
      type: element.getAttribute('alttranstype'),
      source: textOf(element, xliff12Namespace, 'source'),
      target: textOf(element, xliff12Namespace, 'target'),
      lang: firstDescendant(element, xliff12Namespace, 'target').getAttribute('xml:lang'),
    }));
    expect(altTrans[0]).toEqual({
      origin: 'deepl',
      toolId: 'wire-l10n',
      matchQuality: null,
      type: null,
      source: headlineSource,
      target: machineTarget,
      lang: 'fr',
    });
    expect(altTrans.slice(1).map((match) => [match.origin, match.matchQuality])).toEqual([['wire-l10n-tm', '83']]);
  });

  it('comes first in the 2.1 matches module as type mt, similarity 100.0, origin the engine', () => {
    const matches = descendants(unitElement(write('2.1'), 'headline.s1'), matchesNamespace, 'match').map((element) => ({
      ref: element.getAttribute('ref'),
      type: element.getAttribute('type'),
      similarity: element.getAttribute('similarity'),
      origin: element.getAttribute('origin'),
      source: textOf(element, xliff2Namespace, 'source'),
      target: textOf(element, xliff2Namespace, 'target'),
    }));
    expect(matches).toEqual([
      { ref: '#headline.s1', type: 'mt', similarity: '100.0', origin: 'deepl', source: headlineSource, target: machineTarget },
      {
        ref: '#headline.s1',
        type: 'tm',
        similarity: '83.3',
        origin: 'wire-l10n-tm',
        source: 'Islamic State claims Baghdad bombing',
        target: "L'EI revendique un attentat à la bombe à Bagdad",
      },
    ]);
  });

  it.each(xliffVersions)('is offered on its own, declaring the matches namespace, when the memory has nothing (%s)', (version) => {
    const machine = unit(segment('p1.s1', 'Police gave no details.'), {
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      target: "La police n'a pas donné de détails.",
    });
    const xml = writeXliff(localized([machine]), { version, glossary });
    const [namespace, name] = version === '1.2' ? [xliff12Namespace, 'alt-trans'] : [matchesNamespace, 'match'];
    expect(descendants(parseXliff(xml), namespace, name)).toHaveLength(1);
    if (version === '2.1') expect(xml).toMatch(/^<xliff [^>]*xmlns:mtc=/m);
  });

  it.each(xliffVersions)('names no origin when the model names no engine (%s)', (version) => {
    const machine = unit(segment('p1.s1', 'One.'), { state: 'needs-review', origin: 'mt', target: 'Un.' });
    const [namespace, name] = version === '1.2' ? [xliff12Namespace, 'alt-trans'] : [matchesNamespace, 'match'];
    const match = firstDescendant(parseXliff(writeXliff(localized([machine]), { version, glossary })), namespace, name);
    expect(match.getAttribute('origin')).toBeNull();
  });

  it.each(xliffVersions)('is offered only for machine translations: not for human, memory, pseudo or untranslated units (%s)', (version) => {
    const others = [
      unit(segment('p1.s1', 'One.'), { state: 'translated', origin: 'human', target: 'Un.' }),
      unit(segment('p1.s2', 'Two.'), { state: 'translated', origin: 'tm', target: 'Deux.' }),
      unit(segment('p1.s3', 'Three.'), { state: 'needs-review', origin: 'pseudo', engine: 'pseudo', target: '[Ţĥŕéé.]' }),
      unit(segment('p1.s4', 'Four.')),
    ];
    expect(writeXliff(localized(others), { version, glossary })).not.toMatch(/alt-trans|mtc:/);
  });
});
