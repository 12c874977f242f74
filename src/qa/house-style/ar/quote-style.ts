/**
 * ar-typography/quote-style — quotations in «…» or “…”, with no space inside the marks. Straight
 * "…" and single ‘…’ / '…' used as quotation marks are violations; the fix writes «…» (a nested
 * quotation “…”) and drops the spaces inside. Marks inside isolates (an English quotation set
 * apart), URLs, and primes after digits are not read.
 * A pair written the wrong way round (»…« or ”…“: copy pasted from a visual-order source, or typed
 * by how the marks look in right-to-left text) is a violation; the fix swaps the marks. A mark no
 * partner pairs is not judged for its spaces: removing them would glue it to the next word.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { closesAt, opensAt, scanQuotes, type QuoteMark } from '../quotes.js';
import { literalCoverage, spaceRunEndAfter, spaceRunStartBefore } from '../text.js';
import { arabicIsolateInteriors } from './isolation.js';

/** Each mark and its mirror image. */
const mirrored: Readonly<Record<string, string>> = { '»': '«', '”': '“', '«': '»', '“': '”' };

export const arabicQuoteStyle: HouseStyleRule = {
  name: 'quote-style',
  defaultSeverity: 'warning',
  description: 'quotations in «…» or “…”, no space inside',
  check(text) {
    const zones = literalCoverage(text);
    const isolated = arabicIsolateInteriors(text);
    const marks = scanQuotes(text, (i) => zones.has(i) || isolated.has(i));
    const reversed = reversedPairs(text, marks);
    return marks.flatMap((mark, i) =>
      reversed.has(mark)
        ? [replacementHit(mark.index, mark.index + 1, mirrored[mark.char]!, `${mark.char} where its quotation ${mark.role === 'close' ? 'opens' : 'closes'}: the pair is reversed`)]
        : judge(text, mark, marks.slice(0, i)),
    );
  },
};

/** The marks of pairs written »…« or ”…“: an unpaired closer where a quotation opens, and the next mark its mirror, unpaired, where one closes. */
function reversedPairs(text: string, marks: readonly QuoteMark[]): Set<QuoteMark> {
  const reversed = new Set<QuoteMark>();
  marks.forEach((mark, i) => {
    const next = marks[i + 1];
    if (mark.role !== 'close' || mark.partner !== undefined || next === undefined || next.partner !== undefined || next.char !== mirrored[mark.char]) return;
    if (opensAt(text, mark.index) && closesAt(text, next.index)) reversed.add(mark).add(next);
  });
  return reversed;
}

/**
 * What a straight or single mark becomes: the mirror of a house mark it pairs with (“…" → “…”);
 * a closer that closes nothing closes the last house opener left open («…" → «…»); otherwise «…»,
 * or “…” inside another quotation.
 */
function houseFormOf(text: string, mark: QuoteMark, before: readonly QuoteMark[]): string {
  const partner = mark.partner === undefined ? undefined : text[mark.partner];
  if (partner !== undefined && isHouseMark(partner)) return mirrored[partner]!;
  if (mark.role === 'close' && mark.partner === undefined) {
    const opener = before.findLast((earlier) => earlier.role === 'open' && earlier.partner === undefined);
    if (opener !== undefined && isHouseMark(opener.char)) return mirrored[opener.char]!;
  }
  if (mark.level === 0) return mark.role === 'open' ? '«' : '»';
  return mark.role === 'open' ? '“' : '”';
}

const isHouseMark = (char: string): boolean => char in mirrored;

function judge(text: string, mark: QuoteMark, before: readonly QuoteMark[]): RuleHit[] {
  const house = isHouseMark(mark.char);
  // A mark no partner pairs keeps its spaces: removing them would glue it to a word.
  if (house && mark.partner === undefined) return [];
  const expected = house ? mark.char : houseFormOf(text, mark, before);
  // The spaces inside the quotation, between the mark and the quoted words.
  const inner = mark.role === 'open' ? { start: mark.index + 1, end: spaceRunEndAfter(text, mark.index + 1) } : { start: spaceRunStartBefore(text, mark.index), end: mark.index };
  const spaced = inner.end > inner.start && inner.end < text.length && inner.start > 0 && text[inner.end] !== '\n';
  if (house && !spaced) return [];
  const start = Math.min(mark.index, inner.start);
  const end = Math.max(mark.index + 1, inner.end);
  const reason = house ? `no space inside ${mark.char}` : `${mark.char} used as a quotation mark; write «…»`;
  return [replacementHit(start, end, expected, reason)];
}
