/**
 * qa/numbers/spelled — the small counts an English source writes out (`Three soldiers were
 * killed`), as values for this check only. Wire style writes one to nine in words, so they are no
 * protected spans: nothing renders or rewrites them in a target, and a target may state them in
 * words or digits (`trois`, `3`, `ثلاثة`). Without them a changed count (`cinq soldats`) went unseen.
 *
 * Read: lower-case `two` … `ten`, or capitalised at the start of a sentence or quotation. Not
 * read: `one` (an article and a pronoun as often: `no one`, `one of`, `l’un des`), a word joined by
 * a hyphen (`two-state solution`, `three-quarters`, `twenty-two`: the target often says it with no
 * number, Arabic `حل الدولتين`), a fraction (`two thirds`), a word before a scale (`three million`:
 * a spelled-out amount), a capitalised word inside a sentence (`Group of Seven`, `the Big Three`),
 * a word inside a protected span. Arabic says two of a thing by the dual noun (`البلدين`), which
 * names no number: `two` is not read for an Arabic target.
 */
import type { ProtectedSpan, ValueSpan } from '../../model.js';
import { matchesOf } from '../../util/matches-of.js';
import type { NumberLanguage } from './words.js';

const counts = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const capitalised = counts.map((word) => word[0]!.toUpperCase() + word.slice(1));
/** Start of the text, or after a sentence's end or an opening quotation mark (with its space). */
const sentenceStart = String.raw`(?<=^|[.!?]["”’)]?[ \u00A0]{1,3}|["“‘(][ \u00A0]?)`;
const followers = String.raw`(?![\p{L}\p{N}_’'-]|[ \u00A0]+(?:hundred|thousand|million|billion|trillion|dozen|halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)(?![\p{L}]))`;
const spelledCount = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_’'-])(?<lower>${counts.join('|')})|${sentenceStart}(?<upper>${capitalised.join('|')}))${followers}`,
  'gu',
);

/** The least count each target language always states with a number word or digits. */
const leastStated: Readonly<Record<NumberLanguage, number>> = { fr: 2, ar: 3 };

/** The spelled-out counts of `source` outside `spans`, as number values a `lang` target must state. */
export function spelledCounts(source: string, spans: readonly ProtectedSpan[], lang: NumberLanguage): ValueSpan[] {
  const found: ValueSpan[] = [];
  let next = 0; // spans are sorted and apart: one walk over them and the matches
  for (const match of matchesOf(spelledCount, source)) {
    const value = counts.indexOf((match.groups!.lower ?? match.groups!.upper!).toLowerCase()) + 2;
    const [start, end] = [match.index, match.index + match[0].length];
    while (next < spans.length && spans[next]!.end <= start) next++;
    if (value < leastStated[lang] || (spans[next] !== undefined && spans[next]!.start < end)) continue;
    found.push({ start, end, kind: 'value', text: match[0], value: { type: 'number', amount: { value, fractionDigits: 0 } } });
  }
  return found;
}
