/**
 * Line-structure rules shared by every language (see `LineRule` in ./types.ts), and the sentence
 * rule that keeps a list item's number with its text. Each language supplies the lists they
 * name: `bylineWords` ("By"), `lineEndWords` (words a wrapped line ends on, never a sub-head).
 * Plain data.
 */
import type { LineRule, SegmentationRule } from './types.js';

/** The start of a list item: "1. ", "2) ", "a) ", "- ", "* ", "• ". */
const listItem = '(?:\\d{1,3}[.)]|\\(?[a-z]\\)|[-*–—•▪●◦‣])\\s';
/** What a sentence, a sub-head or a list item may start with after a line break. */
const sentenceStart = '[\\p{Pi}\\p{Ps}"\'«]*[\\p{Lu}\\p{Lo}\\p{N}]';
/** A name in a byline: capitalised (or, in scripts without case, any) words, particles, "and". */
const bylineName = '[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.\'’-]*(?:\\s+(?:[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.\'’-]*|{{bylineJoiners}})){0,6}';

// A `line` pattern about how the line ends reads `.*(?<=…)`: to the end, then one look back,
// rather than `.*…`, which backtracks through the whole line.
export const lineRules: readonly LineRule[] = [
  // A bullet or a bracketed marker ("a)", "2)") never opens a wrapped line; "1." and "-" may.
  { name: 'bullet-follows', break: true, line: '.+', next: '(?:[•▪●◦‣]|\\(?[a-z]\\)|\\d{1,3}\\))\\s' },
  // "The group set out three demands:" / "1. Troops withdraw." / "- Talks resume" before an item.
  { name: 'list-item-follows', break: true, line: `${listItem}.*|.*(?<=[:.;!?…؟\\p{Pf}"')\\]])`, next: listItem },
  { name: 'list-item-ends', break: true, line: `${listItem}.*`, next: sentenceStart },
  // "By Sami Haddad", "By Leila Mansour and Tom Price, Reuters".
  { name: 'byline', break: true, line: `(?:{{bylineWords}})\\s+${bylineName}(?:,\\s*[^,]{1,40})?`, next: sentenceStart },
  // A short wrapped line ends mid-phrase: "… near the" / "… said," / "… –" (only short lines
  // could be taken for sub-heads).
  { name: 'wrapped-mid-phrase', break: false, line: '.*(?<=\\s(?:{{lineEndWords}})|[,;(\\-–—/])', next: '', shorterThan: 0.6 },
  // "Troops pull back", "What we know:", "Analysis" above the text or the list they head.
  { name: 'short-line', break: true, line: '.*', next: `${sentenceStart}|${listItem}`, shorterThan: 0.6 },
];

/**
 * A list item's number is not a sentence: "1. Troops withdraw." at the start of the text or of a
 * line that follows a finished line or another item. "… rose to⏎12. Officials said" still breaks.
 */
export const listNumberRule: SegmentationRule = {
  name: 'list-number',
  break: false,
  before: '(?:^|[^\\p{L}\\p{N},\\s][^\\S\\n]*\\n|\\n[^\\S\\n]*\\d{1,3}[.)][^\\n]*\\n)[^\\S\\n]*\\d{1,3}\\.',
  after: '[^\\S\\n]',
};
