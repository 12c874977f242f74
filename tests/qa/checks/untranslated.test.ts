import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../../src/qa/checks/untranslated.js';
import { entry, glossaryOf } from '../../helpers/builders.js';
import { findingsOf, summary, targetUnit } from './fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';
const source = 'The army said 2,500 troops left the city on Monday.';
const check = (target: string, lang = 'fr', options = {}) => summary(targetUnit(source, target, { lang, ...options }), checkUntranslated);

describe('qa/untranslated', () => {
  it('reports a target that is its source, whatever the spaces, punctuation, case and number format', () => {
    for (const target of [source, 'The army said 2 500 troops left the city on Monday', 'the army said 2\u202F500 troops  left the city, on Monday !']) {
      expect(check(target), target).toEqual([['qa/untranslated', 'warning', target, 'the target is its source, untranslated']]);
    }
    expect(check(source, 'ar')).toEqual([['qa/untranslated', 'warning', source, 'the target is its source, untranslated']]);
  });

  it('reports an Arabic target written mostly in Latin letters', () => {
    const target = 'The army said إن 2500 troops left the city يوم الاثنين.';
    expect(check(target, 'ar')).toEqual([['qa/untranslated', 'warning', target, 'the Arabic target is written mostly in Latin letters']]);
  });

  it('is silent on translations, Arabic with a few Latin names, and sources with nothing to translate', () => {
    expect(check('L’armée a déclaré que 2 500 soldats avaient quitté la ville lundi.')).toEqual([]);
    expect(check(`قال الجيش إن 2500 جندي غادروا المدينة يوم الاثنين، وفق ${FSI}Reuters${PDI} و${FSI}AFP${PDI}.`, 'ar')).toEqual([]);
    // A name, a byline, a URL: nothing to translate, so the same text is right.
    for (const name of ['Joe Biden', 'By John Smith', 'iPhone 15 Pro', 'https://example.org/a']) {
      expect(summary(targetUnit(name, name, { spans: name.startsWith('http') ? [[name, 'url']] : [] }), checkUntranslated), name).toEqual([]);
    }
  });

  it('does not count protected spans or name / do-not-translate terms as words to translate', () => {
    const glossary = glossaryOf(entry('Human Rights Watch', { fr: 'Human Rights Watch', ar: 'Human Rights Watch' }, { type: 'name' }));
    const headline = targetUnit('Human Rights Watch #Gaza', 'Human Rights Watch #Gaza', { spans: [['#Gaza', 'hashtag']], glossary });
    expect(findingsOf(checkUntranslated, headline, glossary)).toEqual([]);
  });

  it('does not count in Arabic the Latin text the glossary keeps', () => {
    const glossary = glossaryOf(entry('the art of the deal', { ar: 'the art of the deal' }, { type: 'dnt' }));
    const unit = targetUnit('He quoted the art of the deal again.', `استشهد بكتاب ${FSI}the art of the deal${PDI}.`, { lang: 'ar', glossary });
    expect(findingsOf(checkUntranslated, unit, glossary)).toEqual([]);
    expect(findingsOf(checkUntranslated, unit)).toHaveLength(1);
  });

  it('does not count in Arabic names, titles and quotations kept in Latin letters', () => {
    const source = 'Antony Blinken told reporters about The Lord of the Rings and "the art of the deal".';
    for (const target of [
      `قال ${FSI}Antony Blinken${PDI} للصحافيين ${FSI}The Lord of the Rings${PDI}.`,
      `تحدث عن «the art of the deal» و${FSI}The Lord of the Rings${PDI}.`,
    ]) {
      expect(summary(targetUnit(source, target, { lang: 'ar' }), checkUntranslated), target).toEqual([]);
    }
  });

  it('reads translation memory and human work, not pseudo-translation', () => {
    expect(check(source, 'fr', { patch: { origin: 'tm', state: 'translated' } })).toHaveLength(1);
    expect(check(source, 'fr', { patch: { origin: 'human', state: 'final' } })).toHaveLength(1);
    expect(check(source, 'fr', { patch: { origin: 'pseudo' } })).toEqual([]);
  });
});
