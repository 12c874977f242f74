/**
 * qa/length-ratio — a target much shorter or longer than its source for the language: the marks
 * of a dropped clause (MT truncation) or of text that is not there (a repeated phrase, a
 * hallucinated sentence). Warning: a free translation may be short or long; an editor should look.
 *
 * Lengths count visible characters: not spaces, not combining marks (Arabic short vowels are
 * rarely written) nor format characters (bidi isolates), so typography does not move the ratio.
 * Bands, as target/source lengths, chosen wide enough for one sentence, not an average:
 *   - fr 0.8–1.6: French runs some 15–30 % longer than English; under 0.8 a clause is likely gone,
 *     over 1.6 the sentence holds more than its source.
 *   - ar 0.6–1.4: Arabic is written shorter than English (articles and prepositions join the word,
 *     vowels go unwritten), about 0.75–1.0 of its length; the band is centred there.
 * A sentence's length moves by a word or two whatever its size, so a target is reported only when
 * it is also more than 10 characters past the band's edge: `Officials gave no timeline.` →
 * `Les responsables n’ont donné aucun calendrier.` (1.67) is a good translation.
 * Sources under 20 characters are not checked: a word or a name has no meaningful ratio; nor are
 * headlines (English headlines are telegraphic, `Gaza truce holds as talks resume`, and a French
 * one may well run 1.8 times as long). Other languages have no band. Pseudo-translation pads by
 * design and is not checked.
 */
import { baseLanguage } from '../../util/language-tag.js';
import { checkFinding, type UnitCheck } from './unit-check.js';

interface Band {
  readonly min: number;
  readonly max: number;
}

const bands: Readonly<Record<string, Band>> = {
  fr: { min: 0.8, max: 1.6 },
  ar: { min: 0.6, max: 1.4 },
};

const shortestChecked = 20;
/** Characters past the band's edge a target may run: about a word. */
const slack = 10;

export const checkLengthRatio: UnitCheck = (unit) => {
  const band = bands[baseLanguage(unit.targetLang)];
  const sourceLength = visibleLength(unit.segment.source);
  if (band === undefined || unit.origin === 'pseudo' || unit.segment.blockId === 'headline' || sourceLength < shortestChecked) return [];
  const targetLength = visibleLength(unit.target);
  if (targetLength >= band.min * sourceLength - slack && targetLength <= band.max * sourceLength + slack) return [];
  const ratio = targetLength / sourceLength;
  return [
    checkFinding(unit, {
      ruleId: 'qa/length-ratio',
      source: 'qa/checks/length-ratio',
      severity: 'warning',
      repeats: false,
      reason: `the target is ${ratio.toFixed(2)} times as long as its source (expected ${band.min}–${band.max} for ${baseLanguage(unit.targetLang)})`,
      note: ratio < band.min ? 'check that nothing of the source was dropped' : 'check that the target says nothing the source does not',
      place: { side: 'target', start: 0, end: unit.target.length },
      actual: ratio.toFixed(2),
      expected: [`${band.min}–${band.max}`],
    }),
  ];
};

function visibleLength(text: string): number {
  return text.replace(/[\s\p{M}\p{Cf}]/gu, '').length;
}
