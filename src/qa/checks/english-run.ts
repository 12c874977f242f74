/**
 * qa/english-run — English words MT left inside a French or Arabic target: a run of at least three
 * Latin words that follow one another in the source too (each pair of neighbours is a pair of
 * neighbouring source words), with an English function word (`the`, `of`, `was` …) and at least
 * two words in lower case, one of them a content word (`the ceasefire was signed`).
 *
 * Precision first, so these are not counted: names and titles (every content word capitalized:
 * `Committee to Protect Journalists`, `The Lord of the Rings`), anything inside a quotation (a
 * title or a quoted English phrase), the verbatim protected spans and the glossary renderings and
 * name / do-not-translate terms of the source (kept-text.ts), URLs and other literal text.
 *
 * In Arabic this is the check for English left in whether or not it stands in an isolate:
 * ar-typography/bidi-isolation-missing (house style) already reports every Latin run outside an
 * FSI/LRI…PDI isolate, which is a display matter; this one reports untranslated English, which an
 * isolate does not excuse. Warning; every origin but pseudo-translation (reported, never changed).
 */
import { baseLanguage } from '../../util/language-tag.js';
import { Coverage, isLatinLetter, literalZones, type TextRange } from '../house-style/text.js';
import { keptTextRanges } from './kept-text.js';
import { quotationsOf } from './quotations.js';
import { checkFinding, type UnitCheck } from './unit-check.js';
import { matchesOf } from '../../util/matches-of.js';

/** English words that are not also French words (`a`, `on`, `or`, `but`, `as`, `en` are). */
const functionWords = new Set(
  'the of and to with for from that this these those is are was were be been has have had will would which who whom its their they it by at into after before over than not'.split(' '),
);
const shortestRun = 3;
const wordPattern = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/** Between two words of a run: spaces, or a bidi isolate control. */
const runGap = /^[ \t\u00A0\u202F\u2066-\u2069]+$/u;

interface Word extends TextRange {
  readonly lower: string;
  readonly capitalized: boolean;
}

export const checkEnglishRun: UnitCheck = (unit, { glossary }) => {
  if (unit.origin === 'pseudo' || baseLanguage(unit.targetLang) === 'en') return [];
  const sourcePairs = new Set(neighbours(unit.segment.source, wordsOf(unit.segment.source)));
  const skipped = new Coverage(unit.target.length, [...keptTextRanges(unit, glossary), ...quotedRanges(unit.target), ...literalZones(unit.target)]);
  const words = wordsOf(unit.target).filter((word) => isLatinLetter(unit.target[word.start]) && !skipped.overlaps(word.start, word.end));
  return runsOf(unit.target, words, sourcePairs)
    .filter(isEnglish)
    .map((run) => {
      const place = { start: run[0]!.start, end: run.at(-1)!.end };
      const text = unit.target.slice(place.start, place.end);
      return checkFinding(unit, {
        ruleId: 'qa/english-run',
        source: 'qa/checks/english-run',
        severity: 'warning',
        repeats: true,
        reason: `English left in the target: “${text}”`,
        note: 'translate it, or quote it if it is a title',
        place: { side: 'target', ...place },
        actual: text,
      });
    });
};

function wordsOf(text: string): Word[] {
  return [...matchesOf(wordPattern, text)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    lower: match[0].toLowerCase(),
    capitalized: /^\p{Lu}/u.test(match[0]),
  }));
}

/** `a b` for each two words with only spaces between them. */
function neighbours(text: string, words: readonly Word[]): string[] {
  return words.slice(1).flatMap((word, i) => (runGap.test(text.slice(words[i]!.end, word.start)) ? [`${words[i]!.lower} ${word.lower}`] : []));
}

/** Maximal runs of target words whose neighbours are neighbours in the source. */
function runsOf(text: string, words: readonly Word[], sourcePairs: ReadonlySet<string>): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const word of words) {
    const last = run.at(-1);
    if (last && runGap.test(text.slice(last.end, word.start)) && sourcePairs.has(`${last.lower} ${word.lower}`)) run.push(word);
    else {
      if (run.length >= shortestRun) runs.push(run);
      run = [word];
    }
  }
  if (run.length >= shortestRun) runs.push(run);
  return runs;
}

function isEnglish(run: readonly Word[]): boolean {
  const lowerCase = run.filter((word) => !word.capitalized);
  return (
    run.some((word) => functionWords.has(word.lower)) &&
    lowerCase.length >= 2 &&
    lowerCase.some((word) => !functionWords.has(word.lower))
  );
}

/** Quoted text, and text after an opener never closed (a quotation that goes on in the next paragraph). */
function quotedRanges(text: string): TextRange[] {
  const { quoted, unpaired } = quotationsOf(text);
  return [...quoted, ...unpaired.filter((mark) => mark.role === 'open').map((mark) => ({ start: mark.index, end: text.length }))];
}
