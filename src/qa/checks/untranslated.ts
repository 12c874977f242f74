/**
 * qa/untranslated — a target that is not a translation: the source itself (the same letters,
 * whatever the spaces, punctuation, digits and case — numbers may be reformatted), or an Arabic
 * target written mostly in Latin letters (counting lower-case words: names and titles may stay
 * Latin). Only when the source has something to translate: a word in lower case outside its
 * protected spans and its name / do-not-translate terms (a caption that is only a name,
 * `Joe Biden`, a product, `iPhone 15 Pro`, or a headline of names may stay as it is).
 * English left inside a translated sentence is qa/english-run (english-run.ts).
 *
 * Warning: a desk sees at once what was not translated. Every origin but pseudo-translation is
 * checked (a TM entry or a human `final` can hold the source by mistake; reported, never changed).
 */
import { baseLanguage } from '../../util/language-tag.js';
import { Coverage, isArabicLetter, isLatinLetter, type TextRange } from '../house-style/text.js';
import { keptTextRanges, translatableSource } from './kept-text.js';
import { quotationsOf } from './quotations.js';
import { checkFinding, type UnitCheck } from './unit-check.js';
import { matchesOf } from '../../util/matches-of.js';

/** A word all in lower case, two letters or more: something to translate (not `iPhone`, not a name). */
const lowerCaseWord = /(?<![\p{L}\p{M}\p{N}])\p{Ll}{2,}(?![\p{L}\p{M}\p{N}])/u;
/** Fewer Latin letters than this in an Arabic target is a name or two, not an untranslated text. */
const fewestLatinLetters = 12;

export const checkUntranslated: UnitCheck = (unit, { glossary }) => {
  if (unit.origin === 'pseudo' || !lowerCaseWord.test(translatableSource(unit, glossary))) return [];
  const reason = lettersOf(unit.target) === lettersOf(unit.segment.source)
    ? 'the target is its source, untranslated'
    : baseLanguage(unit.targetLang) === 'ar' && mostlyLatin(unit.target, [...keptTextRanges(unit, glossary), ...quotationsOf(unit.target).quoted])
      ? 'the Arabic target is written mostly in Latin letters'
      : undefined;
  if (reason === undefined) return [];
  return [
    checkFinding(unit, {
      ruleId: 'qa/untranslated',
      source: 'qa/checks/untranslated',
      severity: 'warning',
      repeats: false,
      reason,
      note: 'translate it',
      place: { side: 'target', start: 0, end: unit.target.length },
      actual: unit.target,
    }),
  ];
};

const lettersOf = (text: string): string => text.normalize('NFC').replace(/\P{L}/gu, '').toLowerCase();

/**
 * More Latin letters, in words written in lower case (names and titles are capitalized, and an
 * Arabic text may keep them in Latin letters), than Arabic letters — outside quotations and the
 * text the target may keep (kept-text.ts).
 */
function mostlyLatin(target: string, kept: readonly TextRange[]): boolean {
  const keptAt = new Coverage(target.length, kept);
  let latin = 0;
  let arabic = 0;
  for (const word of matchesOf(/\p{L}[\p{L}\p{M}]*/gu, target)) {
    if (keptAt.overlaps(word.index, word.index + word[0].length)) continue;
    if (isArabicLetter(word[0][0])) arabic += word[0].length;
    else if (isLatinLetter(word[0][0]) && word[0] === word[0].toLowerCase()) latin += word[0].length;
  }
  return latin >= fewestLatinLetters && latin > arabic;
}
