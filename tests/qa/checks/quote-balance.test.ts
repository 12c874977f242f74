import { describe, expect, it } from 'vitest';
import { checkQuoteBalance } from '../../../src/qa/checks/quote-balance.js';
import { findingsOf, summary, targetUnit } from './fixtures.js';

const NNBSP = '\u202F';
const balanced = 'He said: "We will stay." He added: "The army\'s \'red line\' holds."';
const check = (source: string, target: string, lang = 'fr') => summary(targetUnit(source, target, { lang }), checkQuoteBalance);

describe('qa/quote-unbalanced', () => {
  it('reports an opener never closed and a closer that closes nothing, French and Arabic marks alike', () => {
    expect(check(balanced, `Il a dit : «${NNBSP}Nous resterons. Il a ajouté : «${NNBSP}La ligne rouge tient.${NNBSP}»`)).toEqual([
      ['qa/quote-unbalanced', 'warning', '«', 'a quotation opened with « is not closed'],
    ]);
    expect(check(balanced, 'Il a dit : Nous resterons.” Il a ajouté : “La ligne rouge tient.”')).toEqual([
      ['qa/quote-unbalanced', 'warning', '”', '” closes no quotation'],
    ]);
    expect(check(balanced, 'Il a dit : "Nous resterons. Il a ajouté que la ligne rouge tient.')).toEqual([
      ['qa/quote-unbalanced', 'warning', '"', 'a quotation opened with " is not closed'],
    ]);
    expect(check(balanced, 'وقال: «سنبقى. وأضاف: «الخط الأحمر صامد».', 'ar')).toEqual([
      ['qa/quote-unbalanced', 'warning', '«', 'a quotation opened with « is not closed'],
    ]);
  });

  it('places the finding on the mark in the target', () => {
    const target = 'Il a dit «\u202FNous resterons.';
    const [finding] = findingsOf(checkQuoteBalance, targetUnit(balanced, target));
    expect(finding).toMatchObject({ place: { side: 'target', start: target.indexOf('«'), end: target.indexOf('«') + 1 }, actual: '«', unitId: 'p3.s1' });
  });

  it('is silent on balanced quotations: guillemets, nested “ ”, straight pairs, Arabic marks', () => {
    expect(check(balanced, `Il a dit : «${NNBSP}Nous resterons.${NNBSP}» Il a ajouté : «${NNBSP}La “ligne rouge” de l’armée tient.${NNBSP}»`)).toEqual([]);
    expect(check(balanced, 'Il a dit : "Nous resterons." Il a ajouté : "La ligne rouge tient."')).toEqual([]);
    expect(check(balanced, 'وقال: «سنبقى». وأضاف: “الخط الأحمر صامد”.', 'ar')).toEqual([]);
  });

  it('does not take an apostrophe, a possessive or a prime for a quotation mark', () => {
    const source = 'The IS group’s fighters left the 12" guns.';
    expect(check(source, 'Les combattants de l’EI ont laissé les canons de 12" aujourd’hui.')).toEqual([]);
    expect(check(source, 'The IS group’s fighters, l\'EI, les soldats’ armes.')).toEqual([]);
  });

  it('does not read marks inside a URL', () => {
    expect(check('See https://example.org/a?q="x for details.', 'Voir https://example.org/a?q="x pour les détails.')).toEqual([]);
  });

  it('allows what the source leaves open: a quotation that goes on in the next paragraph, or ends here', () => {
    expect(check('"We will stay here, whatever happens.', `«${NNBSP}Nous resterons ici, quoi qu’il arrive.`)).toEqual([]);
    expect(check('We will win," he said.', `Nous gagnerons${NNBSP}», a-t-il dit.`)).toEqual([]);
    expect(check('"We will stay here.', 'سنبقى هنا.', 'ar')).toEqual([]);
    // One opener open in the source, two in the target: the second is reported.
    expect(check('"We will stay here, he said.', `«${NNBSP}Nous resterons ici, a-t-il dit «${NNBSP}quoi qu’il arrive.`).map(([, , text]) => text)).toEqual(['«']);
  });

  it('does not judge a target without its source (qa --jsonl given a target only): the quotation may go on in the next paragraph', () => {
    expect(check('', `«${NNBSP}Nous resterons ici, quoi qu’il arrive.`)).toEqual([]);
    expect(check('', `Nous gagnerons${NNBSP}», a-t-il dit.`)).toEqual([]);
  });

  it('reads human work too (reported, never changed)', () => {
    const unit = targetUnit(balanced, 'Il a dit «\u202FNous resterons.', { patch: { origin: 'human', state: 'reviewed' } });
    expect(findingsOf(checkQuoteBalance, unit).map((finding) => finding.ruleId)).toEqual(['qa/quote-unbalanced']);
    expect(unit.target).toBe('Il a dit «\u202FNous resterons.');
  });
});
