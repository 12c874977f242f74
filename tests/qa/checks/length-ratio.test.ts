import { describe, expect, it } from 'vitest';
import { checkLengthRatio } from '../../../src/qa/checks/length-ratio.js';
import { summary, targetUnit } from './fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';
const source = 'The army said 2,500 troops left the city on Monday after a week of heavy fighting.';
const check = (target: string, lang = 'fr', patch = {}) => summary(targetUnit(source, target, { lang, patch }), checkLengthRatio);
const ratios = (target: string, lang = 'fr') => check(target, lang).map(([, , , reason]) => reason);

describe('qa/length-ratio', () => {
  it('reports a French target much shorter or much longer than its source', () => {
    expect(check('L’armée a parlé lundi.')).toEqual([
      ['qa/length-ratio', 'warning', 'L’armée a parlé lundi.', 'the target is 0.28 times as long as its source (expected 0.8–1.6 for fr)'],
    ]);
    const padded = 'L’armée a déclaré que 2 500 soldats avaient quitté la ville lundi, après une semaine de violents combats. L’armée a déclaré que 2 500 soldats avaient quitté la ville.';
    expect(ratios(padded)).toEqual(['the target is 2.06 times as long as its source (expected 0.8–1.6 for fr)']);
  });

  it('reports an Arabic target out of its band, and uses the band of a regional tag’s language', () => {
    expect(ratios('قال الجيش إن الجنود غادروا.', 'ar')).toEqual(['the target is 0.34 times as long as its source (expected 0.6–1.4 for ar)']);
    expect(ratios('L’armée a parlé lundi.', 'fr-CA')).toHaveLength(1);
  });

  it('is silent on ordinary translations, whatever their typography', () => {
    expect(check('L’armée a déclaré que 2\u202F500 soldats avaient quitté la ville lundi après une semaine de violents combats.')).toEqual([]);
    expect(check('L’armée a déclaré que 2 500 soldats ont quitté la ville lundi, après une semaine de combats intenses.')).toEqual([]);
    // Past the band, but by less than a word: a short sentence's length moves that much.
    expect(summary(targetUnit('Officials gave no timeline.', 'Les responsables n’ont donné aucun calendrier.'), checkLengthRatio)).toEqual([]);
    expect(summary(targetUnit('There are 2,500 troops.', 'Il y a des soldats.'), checkLengthRatio)).toEqual([]);
    expect(check(`قال الجيش إن 2500 جندي غادروا المدينة يوم الاثنين بعد أسبوع من القتال العنيف.`, 'ar')).toEqual([]);
    // Short vowels and isolates are not counted.
    expect(check(`قَالَ الجَيْشُ إِنَّ 2500 جُنْدِيٍّ غَادَرُوا المَدِينَةَ يَوْمَ الاثْنَيْنِ بَعْدَ أُسْبُوعٍ مِنَ القِتَالِ الْعَنِيفِ ${FSI}${PDI}.`, 'ar')).toEqual([]);
  });

  it('does not judge short sources, headlines, languages without a band, or pseudo-translation', () => {
    expect(summary(targetUnit('Gaza truce holds', 'La trêve à Gaza tient toujours bon, selon les habitants'), checkLengthRatio)).toEqual([]);
    const headline = targetUnit('Gaza truce holds as talks resume', 'La trêve tient à Gaza alors que les négociations reprennent au Caire');
    expect(summary(headline, checkLengthRatio)).toHaveLength(1);
    expect(summary({ ...headline, segment: { ...headline.segment, id: 'headline.s1', blockId: 'headline' } }, checkLengthRatio)).toEqual([]);
    expect(check('Kurz.', 'de')).toEqual([]);
    expect(check('Ŀ’ářmée~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', 'fr', { origin: 'pseudo' })).toEqual([]);
  });

  it('reads human work too', () => {
    expect(check('L’armée a parlé lundi.', 'fr', { origin: 'human', state: 'reviewed' })).toHaveLength(1);
  });
});
