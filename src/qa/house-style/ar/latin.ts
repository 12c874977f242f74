/**
 * Latin words and runs inside Arabic text — what punctuation, digit and bidi rules must read as
 * foreign: a Latin word is a token with a Latin letter (Reuters, F-16, COVID-19, O’Brien), a URL,
 * an e-mail address, a domain or a handle; a run is Latin words one after the other with only
 * spaces, isolate controls, commas, & / or - between them (New York Times; Reuters, AFP), and a
 * plain number right after the last one (iPhone 15) — a whole number only: a time, date or
 * decimal, percentage or score that goes on after it (`14:30`, `12/1`, `3.5%`, `3-1`) is not the
 * run's, and is never cut in two. A number glued to a Latin unit is the token's (5,000km, 45°C).
 * Inside a quotation or brackets with no Arabic letter, the English text is one run, its
 * punctuation with it («Paris; London», «Who Killed Kennedy?», "We will win. They will lose."):
 * it is the English text's, not the Arabic sentence's.
 * A sentence's `.` ends a run, an abbreviation's does not: after an initial or a short title the
 * run goes on to the next Latin word (George W. Bush, J.P. Morgan, Dr. Anthony Fauci), and a
 * dotted abbreviation keeps its final dot (Washington D.C.).
 */
import { Coverage, isLatinLetter, literalZones, type TextRange } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

const latinToken = /(?<![0-9][.,]?)(?:[0-9]+(?:[.,][0-9]+)*°?(?=\p{Script=Latin}))?[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9'’._&+-]*[\p{Script=Latin}0-9])?/gu;
const runGap = /^[\s\u2066-\u2069,&/-]*$/u;
/** An abbreviation's dot and the spaces after it. */
const abbreviationGap = /^\.[ \u00A0]+$/u;
/** Letters with dots between them: D.C, U.S, J.P, a.m. */
const dottedAbbreviation = /^\p{L}(?:\.\p{L})+$/u;
/** Between two Latin words of one English quotation: spaces, isolate controls and punctuation. */
const punctuationGap = /^[\s\u2066-\u2069,;:?!.…&/-]+$/u;
const latinQuotationStart = /[«“"(\[][^«»“”"()[\]\n\p{Script=Arabic}]*$/u;
const latinQuotationEnd = /^[^«»“”"()[\]\n\p{Script=Arabic}]*[»”")\]]/u;
/** Before a run that fills a quotation or brackets: its opening mark, then spaces or isolate openers. */
const quotationOpening = /[«“"'‘(\[][\s\u2066-\u2068]*$/u;
/** After it: its closing punctuation, then the closing mark. */
const quotationEnding = /^[?!.,;:…]+(?=[»”"'’)\]])/u;
const trailingNumber = /^[ \u00A0\u202F]+[0-9]+(?:[.,][0-9]+)*(?![\p{L}\p{N}%\u066A°]|[:/.,'\u066B\u066C\-–]\p{N})/u;

/** Latin words and literal zones with a Latin letter, in text order, not overlapping. */
export function latinWords(text: string): TextRange[] {
  const literal = literalZones(text);
  const literalAt = new Coverage(text.length, literal);
  // A URL or handle is Latin text; markup (<br/>) is not text at all.
  const zones = literal.filter((zone) => text[zone.start] !== '<' && /\p{Script=Latin}/u.test(text.slice(zone.start, zone.end)));
  const words = [...matchesOf(latinToken, text)]
    .filter((match) => [...match[0]].some(isLatinLetter))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter((word) => !literalAt.overlaps(word.start, word.end));
  return [...zones, ...words].sort((a, b) => a.start - b.start);
}

/** Runs of Latin words (see the module comment). */
export function latinRuns(text: string): TextRange[] {
  const runs: Array<{ start: number; end: number; lastWord: TextRange }> = [];
  for (const word of latinWords(text)) {
    const last = runs.at(-1);
    const gap = last && text.slice(last.end, word.start);
    if (last && gap !== undefined && (runGap.test(gap) || (abbreviationGap.test(gap) && isAbbreviation(text, last.lastWord)) || (punctuationGap.test(gap) && inLatinQuotation(text, last.end, word.start)))) {
      last.end = word.end;
      last.lastWord = word;
    } else runs.push({ start: word.start, end: word.end, lastWord: word });
  }
  return runs.map(({ start, end, lastWord }) => {
    const ending = quotationOpening.test(text.slice(Math.max(0, start - 8), start)) ? quotationEnding.exec(text.slice(end, end + 8)) : null;
    if (ending) return { start, end: end + ending[0].length };
    if (text[end] === '.' && dottedAbbreviation.test(text.slice(lastWord.start, lastWord.end))) return { start, end: end + 1 };
    const number = trailingNumber.exec(text.slice(end));
    return { start, end: number ? end + number[0].length : end };
  });
}

/** Between an opening mark and `start`, and between `end` and the closing mark: no Arabic letter, no other mark (looking 200 characters either way). */
function inLatinQuotation(text: string, start: number, end: number): boolean {
  return latinQuotationStart.test(text.slice(Math.max(0, start - 200), start)) && latinQuotationEnd.test(text.slice(end, end + 200));
}

/** An initial or a short title or abbreviation (W, Dr, St, Jr, vs, J.P, U.S): its dot is not a sentence's. */
const isAbbreviation = (text: string, word: TextRange): boolean => /^\p{L}\p{Ll}{0,2}$/u.test(text.slice(word.start, word.end)) || dottedAbbreviation.test(text.slice(word.start, word.end));
