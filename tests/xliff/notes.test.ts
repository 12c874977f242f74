import { describe, expect, it } from 'vitest';
import type { Finding, GlossaryEntry } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { afp, baghdad, glossary, hit, islamicState, localized, segment, unit } from './fixtures.js';
import {
  descendants,
  firstDescendant,
  glossaryNamespace,
  noteTexts,
  parseXliff,
  unitElement,
  xliff12Namespace,
  xliff2Namespace,
} from './read-xliff.js';

const source = 'Islamic State claims Baghdad attack, AFP reports';
const withTerms = segment('headline.s1', source, [
  hit(source, 'Islamic State', islamicState),
  hit(source, 'Baghdad', baghdad),
  hit(source, 'AFP', afp),
]);
const termNote = 'Glossary: Islamic State (IS) → groupe État islamique (EI); Baghdad → Bagdad; AFP (do not translate)';

function write(version: '1.2' | '2.1', units = [unit(withTerms)], targetLang = 'fr') {
  return parseXliff(writeXliff(localized(units, { targetLang }), { version, glossary }));
}

describe('glossary term notes', () => {
  it.each(['1.2', '2.1'] as const)('lists the segment’s terms with the required rendering in %s', (version) => {
    expect(noteTexts(unitElement(write(version), 'headline.s1'))).toContain(termNote);
  });

  it('names each entry once, in order of first hit, whatever form the source used', () => {
    const text = 'IS fighters left Baghdad; ISIS said Baghdad fell.';
    const seg = segment('p1.s1', text, [
      hit(text, 'IS', islamicState),
      hit(text, 'Baghdad', baghdad),
      hit(text, 'ISIS', islamicState),
    ]);
    const notes = noteTexts(unitElement(write('1.2', [unit(seg)]), 'p1.s1'));
    expect(notes).toContain('Glossary: Islamic State (IS) → groupe État islamique (EI); Baghdad → Bagdad');
  });

  it('gives the rendering for the file’s target language', () => {
    const notes = noteTexts(unitElement(write('2.1', [unit(withTerms)], 'ar'), 'headline.s1'));
    expect(notes).toContain('Glossary: Islamic State (IS) → تنظيم الدولة الإسلامية; Baghdad → بغداد; AFP (do not translate)');
  });

  it('says so when the glossary has no rendering for the target language', () => {
    const text = 'Talks in Baghdad.';
    const frenchOnly: GlossaryEntry = { ...baghdad, targets: { fr: 'Bagdad' } };
    const doc = localized([unit(segment('p1.s1', text, [hit(text, 'Baghdad', frenchOnly)]))], { targetLang: 'ar' });
    const root = parseXliff(writeXliff(doc, { version: '1.2', glossary: { ...glossary, entries: [frenchOnly] } }));
    expect(noteTexts(unitElement(root, 'p1.s1'))).toContain('Glossary: Baghdad → (no ar rendering in the glossary)');
  });

  it.each(['1.2', '2.1'] as const)('writes no term note for a segment without terms in %s', (version) => {
    const root = write(version, [unit(segment('p1.s1', 'Police gave no details.'))]);
    expect(noteTexts(unitElement(root, 'p1.s1')).filter((note) => note.startsWith('Glossary:'))).toEqual([]);
  });

  it('marks the 1.2 term note as about the source, from wire-l10n', () => {
    const notes = descendants(unitElement(write('1.2'), 'headline.s1'), xliff12Namespace, 'note');
    const note = notes.find((element) => element.textContent === termNote);
    expect(note?.getAttribute('from')).toBe('wire-l10n');
    expect(note?.getAttribute('annotates')).toBe('source');
  });

  it('files the 2.1 term note under category terminology', () => {
    const notes = descendants(unitElement(write('2.1'), 'headline.s1'), xliff2Namespace, 'note');
    expect(notes.find((element) => element.textContent === termNote)?.getAttribute('category')).toBe('terminology');
  });
});

describe('2.1 glossary module', () => {
  it('carries each term with its origin, required translation and definition', () => {
    const unitNode = unitElement(write('2.1'), 'headline.s1');
    const entries = descendants(unitNode, glossaryNamespace, 'glossEntry').map((entry) => ({
      term: firstDescendant(entry, glossaryNamespace, 'term').textContent,
      origin: firstDescendant(entry, glossaryNamespace, 'term').getAttribute('source'),
      translations: descendants(entry, glossaryNamespace, 'translation').map((t) => t.textContent),
      definitions: descendants(entry, glossaryNamespace, 'definition').map((d) => d.textContent),
    }));
    expect(entries).toEqual([
      {
        term: 'Islamic State (IS)',
        origin: 'glossary/terms.csv:2',
        translations: ['groupe État islamique (EI)'],
        definitions: ['Never "ISIL".'],
      },
      { term: 'Baghdad', origin: 'glossary/terms.csv:3', translations: ['Bagdad'], definitions: [] },
      { term: 'AFP', origin: 'glossary/terms.csv:4', translations: ['AFP'], definitions: [] },
    ]);
  });

  it('leaves out an entry with neither translation nor definition (2.1 requires one) but keeps it in the note', () => {
    const text = 'Talks in Baghdad.';
    const bare: GlossaryEntry = { ...baghdad, targets: {} };
    const doc = localized([unit(segment('p1.s1', text, [hit(text, 'Baghdad', bare)]))]);
    const root = parseXliff(writeXliff(doc, { version: '2.1', glossary: { ...glossary, entries: [bare] } }));
    const unitNode = unitElement(root, 'p1.s1');
    expect(descendants(unitNode, glossaryNamespace, 'glossary')).toEqual([]);
    expect(noteTexts(unitNode)).toContain('Glossary: Baghdad → (no fr rendering in the glossary)');
  });

  it('writes no glossary element for a segment without terms', () => {
    const root = write('2.1', [unit(segment('p1.s1', 'Police gave no details.'))]);
    expect(descendants(root, glossaryNamespace, 'glossary')).toEqual([]);
  });
});

describe('origin and warning notes', () => {
  const pseudo = unit(segment('p1.s1', 'Police gave no details.'), {
    state: 'needs-review',
    origin: 'pseudo',
    engine: 'pseudo',
    target: '[Ƥöĺíçé ĝáṽé ñö ďéţáíĺš.]',
  });

  it.each(['1.2', '2.1'] as const)('flags a pseudo-translation as not a translation, first, in %s', (version) => {
    const [first] = noteTexts(unitElement(write(version, [pseudo]), 'p1.s1'));
    expect(first).toMatch(/^PSEUDO-TRANSLATION for testing \(engine pseudo\): this target is NOT a translation\./);
  });

  it('files the 2.1 pseudo note as about the target', () => {
    const [note] = descendants(unitElement(write('2.1', [pseudo]), 'p1.s1'), xliff2Namespace, 'note');
    expect(note?.getAttribute('category')).toBe('pseudo-translation');
    expect(note?.getAttribute('appliesTo')).toBe('target');
  });

  it.each(['1.2', '2.1'] as const)('names the engine of a machine translation in %s', (version) => {
    const mt = unit(segment('p1.s1', 'Police gave no details.'), {
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      target: "La police n'a pas donné de détails.",
    });
    expect(noteTexts(unitElement(write(version, [mt]), 'p1.s1'))).toEqual(['Machine translation (engine deepl).']);
  });

  it('says where a human or memory target came from', () => {
    const units = [
      unit(segment('p1.s1', 'One.'), { state: 'translated', origin: 'human', target: 'Un.' }),
      unit(segment('p1.s2', 'Two.'), { state: 'reviewed', origin: 'tm', target: 'Deux.' }),
    ];
    const root = write('1.2', units);
    expect(noteTexts(unitElement(root, 'p1.s1'))).toEqual(['Human translation.']);
    expect(noteTexts(unitElement(root, 'p1.s2'))).toEqual(['From the translation memory.']);
  });

  it.each(['1.2', '2.1'] as const)('tells the translator an untranslated target is a source copy in %s', (version) => {
    const notes = noteTexts(unitElement(write(version, [unit(segment('p1.s1', 'One.'))]), 'p1.s1'));
    expect(notes).toEqual([
      'Not translated yet: the target is a copy of the source text. Replace it with the translation.',
    ]);
  });

  it('writes no <notes> element in 2.1 when a unit has nothing to say', () => {
    const quiet = unit(segment('p1.s1', 'One.'), { state: 'final', target: 'Un.' });
    expect(descendants(unitElement(write('2.1', [quiet]), 'p1.s1'), xliff2Namespace, 'notes')).toEqual([]);
  });
});

describe('finding notes', () => {
  const quoteWarning: Finding = {
    id: 'q1',
    ruleId: 'fr-typography/quote-style',
    source: 'qa/house-style',
    severity: 'warning',
    reason: '" used as a quotation mark; a quotation takes « »',
    unitId: 'p1.s1',
    place: { side: 'target', start: 9, end: 10 },
    actual: '"',
    expected: ['«'],
    fixable: true,
  };
  const fixedInfo: Finding = {
    id: 'f1',
    ruleId: 'qa/house-style-fixed',
    source: 'qa/house-style',
    severity: 'info',
    reason: 'house style applied to the target: fr-typography/quote-style ×2',
    unitId: 'p1.s1',
    place: { side: 'target', start: 0, end: 23 },
    actual: 'Il a dit "non" au plan.',
  };
  const lostNumber: Finding = { ...quoteWarning, id: 'e1', ruleId: 'qa/span-missing', severity: 'error', reason: 'the number “40” is missing from the target', place: { side: 'source', start: 4, end: 6 } };
  const reviewed = (findings: Finding[]) => unit(segment('p1.s1', 'He said "no" to the plan.'), { target: 'Il a dit "non" au plan.', state: 'reviewed', origin: 'human', findings });

  it.each(['1.2', '2.1'] as const)('gives each warning and info on a target its own note, with its place and house form, in %s', (version) => {
    const notes = noteTexts(unitElement(write(version, [reviewed([quoteWarning, fixedInfo])]), 'p1.s1'));
    expect(notes).toContain('Warning (fr-typography/quote-style): " used as a quotation mark; a quotation takes « » (at 9–10: "; house form: «).');
    // The fixer's note names the rules; the former target is not repeated in it.
    expect(notes).toContain('Info (qa/house-style-fixed): house style applied to the target: fr-typography/quote-style ×2.');
  });

  it('does not repeat an error (it has its error note) and writes no finding note for a unit without findings', () => {
    const withError = noteTexts(unitElement(write('1.2', [reviewed([lostNumber])]), 'p1.s1'));
    expect(withError.filter((note) => note.includes('qa/span-missing'))).toHaveLength(1);
    const clean = noteTexts(unitElement(write('1.2', [reviewed([])]), 'p1.s1'));
    expect(clean.filter((note) => /^(Warning|Info) \(/u.test(note))).toEqual([]);
  });
});
