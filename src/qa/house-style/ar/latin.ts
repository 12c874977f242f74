/**
 * Latin words and runs inside Arabic text — what punctuation, digit and bidi rules must read as
 * foreign: a Latin word is a token with a Latin letter (Reuters, F-16, COVID-19, O’Brien), a URL,
 * an e-mail address, a domain or a handle; a run is Latin words one after the other with only
 * spaces, isolate controls, commas, & / or - between them (New York Times; Reuters, AFP), and a
 * plain number right after the last one (iPhone 15) — a whole number only: a time, date or
 * decimal, percentage or score that goes on after it (`14:30`, `12/1`, `3.5%`, `3-1`) is not the
 * run's, and is never cut in two.
 */
import { Coverage, isLatinLetter, literalZones, type TextRange } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

const latinToken = /[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9'’._&+-]*[\p{Script=Latin}0-9])?/gu;
const runGap = /^[\s\u2066-\u2069,&/-]*$/u;
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
  const runs: Array<{ start: number; end: number }> = [];
  for (const word of latinWords(text)) {
    const last = runs.at(-1);
    if (last && runGap.test(text.slice(last.end, word.start))) last.end = word.end;
    else runs.push({ ...word });
  }
  return runs.map((run) => {
    const number = trailingNumber.exec(text.slice(run.end));
    return number ? { start: run.start, end: run.end + number[0].length } : run;
  });
}
