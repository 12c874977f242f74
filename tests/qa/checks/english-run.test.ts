import { describe, expect, it } from 'vitest';
import { checkEnglishRun } from '../../../src/qa/checks/english-run.js';
import { entry, glossaryOf } from '../../helpers/builders.js';
import { findingsOf, summary, targetUnit } from './fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';
const source = 'Officials said the ceasefire was signed late on Monday in Doha, according to The Lord of the Rings author.';
const check = (target: string, lang = 'fr', options = {}) => summary(targetUnit(source, target, { lang, ...options }), checkEnglishRun);

describe('qa/english-run', () => {
  it('reports English words left in a French target', () => {
    expect(check('Les responsables ont dit que the ceasefire was signed lundi soir à Doha.')).toEqual([
      ['qa/english-run', 'warning', 'the ceasefire was signed', 'English left in the target: “the ceasefire was signed”'],
    ]);
    expect(check('Officials said the ceasefire a été signé lundi soir à Doha.').map(([, , text]) => text)).toEqual(['Officials said the ceasefire']);
  });

  it('reports English left in an Arabic target, inside an isolate or not', () => {
    expect(check(`وقال المسؤولون إن ${FSI}the ceasefire was signed${PDI} مساء الاثنين في الدوحة.`, 'ar').map(([, , text]) => text)).toEqual(['the ceasefire was signed']);
    expect(check('وقال المسؤولون إن the ceasefire was signed مساء الاثنين.', 'ar').map(([, , text]) => text)).toEqual(['the ceasefire was signed']);
  });

  it('is silent on translations, names and titles, quotations, and short runs', () => {
    expect(check('Selon les responsables, le cessez-le-feu a été signé lundi soir à Doha.')).toEqual([]);
    // A title in capitals, a quoted English phrase, two words only.
    expect(check('Selon l’auteur de The Lord of the Rings, le cessez-le-feu a été signé.')).toEqual([]);
    expect(check(`Ils ont annoncé «${'\u202F'}the ceasefire was signed${'\u202F'}» en anglais.`)).toEqual([]);
    expect(check('Ils ont annoncé "the ceasefire was signed" en anglais.')).toEqual([]);
    expect(check('Le cessez-le-feu, the ceasefire, a été signé.')).toEqual([]);
    // No English-only function word (`on`, `in` are French words too): precision over recall.
    expect(check('Selon les responsables, le cessez-le-feu a été signé late on Monday in Doha.')).toEqual([]);
    // Words of the source that are not neighbours there: the ceasefire … signed late.
    expect(check('Officials: the ceasefire late signed.')).toEqual([]);
  });

  it('does not count the glossary’s renderings, name terms or protected spans', () => {
    const glossary = glossaryOf(entry('rule of the law', { fr: 'rule of the law' }), entry('state of the art', { fr: 'state of the art' }, { type: 'dnt' }));
    const unit = targetUnit('They defend the rule of the law with state of the art tools.', 'Ils défendent le rule of the law avec des outils state of the art.', { glossary });
    expect(findingsOf(checkEnglishRun, unit, glossary)).toEqual([]);
    expect(findingsOf(checkEnglishRun, unit).map((finding) => finding.actual)).toEqual(['rule of the law', 'state of the art']);
    const spanned = targetUnit('He quoted the art of the deal again.', 'Il a encore cité the art of the deal.', { spans: [['the art of the deal', 'dnt']] });
    expect(findingsOf(checkEnglishRun, spanned)).toEqual([]);
    expect(findingsOf(checkEnglishRun, { ...spanned, segment: { ...spanned.segment, protectedSpans: [] } })).toHaveLength(1);
  });

  it('reads translation memory and human work, not pseudo-translation or English targets', () => {
    const target = 'Les responsables ont dit que the ceasefire was signed lundi.';
    expect(check(target, 'fr', { patch: { origin: 'human', state: 'final' } })).toHaveLength(1);
    expect(check(target, 'fr', { patch: { origin: 'tm', state: 'translated' } })).toHaveLength(1);
    expect(check(target, 'fr', { patch: { origin: 'pseudo' } })).toEqual([]);
    expect(check(target, 'en-GB')).toEqual([]);
  });
});
