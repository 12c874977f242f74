/**
 * What every house-style rule needs to read a target: character classes, the literal stretches
 * no typography rule may touch (URLs, e-mail addresses, domains, handles, hashtags, HTML
 * entities and tags), bidi isolates, and edits applied in one pass. Offsets are UTF-16 code units.
 */
import { matchesOf } from '../../util/matches-of.js';

export const NNBSP = '\u202F';
export const NBSP = '\u00A0';
export const FSI = '\u2068';
export const LRI = '\u2066';
export const RLI = '\u2067';
export const PDI = '\u2069';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Replace `[start, end)` with `text` (an insertion when start = end). */
export interface Edit extends TextRange {
  readonly text: string;
}

export const isLatinLetter = (char: string | undefined): boolean => char !== undefined && /\p{Script=Latin}/u.test(char);
export const isArabicLetter = (char: string | undefined): boolean => char !== undefined && /(?=\p{L})\p{Script=Arabic}/u.test(char);
export const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);
export const isDigit = (char: string | undefined): boolean => char !== undefined && /\p{Nd}/u.test(char);
/** Any space a typographer may put between words, breaking or not (not line breaks). */
export const isSpace = (char: string | undefined): boolean => char !== undefined && /[ \t\u00A0\u202F\u2009]/u.test(char);
export const containsArabic = (text: string): boolean => /(?=\p{L})\p{Script=Arabic}/u.test(text);

/**
 * A word of Arabic proclitics only, ending the text given: و or ف, then ب ل ك, or the article with
 * them (و ب وب ال بال وبال لل فلل…), each letter with any vowel marks of vocalized text (بِـ).
 * What such a word is written apart before (a digit, a Latin word, a quotation mark) it belongs to.
 */
export const arabicProcliticsEnd = /(?:^|[^\p{L}\p{M}])(?:(?:[وف]\p{M}*)?(?:[بلك]|[بك]\p{M}*ال|ال|ل\p{M}*ل)|[وف])\p{M}*$/u;
/** How far before a position `arabicProcliticsEnd` needs to look (four letters, their marks, the boundary). */
export const procliticsLookBehind = 16;

/** Applies edits given in offsets of the original text; of two overlapping edits the first kept wins. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) continue;
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** The whitespace run (spaces of any kind) ending just before `index`: its start. */
export function spaceRunStartBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && isSpace(text[start - 1])) start -= 1;
  return start;
}

/** The whitespace run starting at `index`: its end. */
export function spaceRunEndAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && isSpace(text[end])) end += 1;
  return end;
}

const topLevelDomains = 'com|org|net|int|gov|edu|info|io|fr|be|ch|ca|uk|eu|de|us|ar|ae|sa|eg|qa|lb|ma|dz|tn|jo|iq|sy|ps|kw|bh|om|ye|ly|sd|news|tv';

/** A URL stops at spaces, quotation marks and bidi controls, and does not end with sentence punctuation. */
const notInUrl = String.raw`\s<>"“”«»\u200E\u200F\u202A-\u202E\u2066-\u2069`;
const notEndingUrl = String.raw`${notInUrl}.,;:!?)\]’'؟،؛`;

/** What no typography rule reads into, outermost first (a tag holds a URL, a URL holds digits). Trailing sentence punctuation is not part of a URL. */
const literalPatterns: readonly RegExp[] = [
  // Markup a caller left in (<a href="…">, <br/>): its quotes and colons are not prose.
  /<\/?[A-Za-z][^<>]*>/gu,
  // Each pattern starts only where a token starts, so a long run without a match stays linear.
  /(?<![\p{L}\p{N}._%+'’-])[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  new RegExp(String.raw`\b(?:(?:https?|ftp):\/\/|www\.)[^${notInUrl}]*[^${notEndingUrl}]`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:${topLevelDomains})(?:\/[^${notInUrl}]*[^${notEndingUrl}])?(?![\p{L}\p{N}])`, 'gu'),
  /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]{1,30}/gu,
  /(?<![\p{L}\p{N}_&])#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu,
  /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/giu,
];

/** URLs, e-mail addresses, bare domains, @handles, #hashtags, HTML entities and tags, in text order. */
export function literalZones(text: string): TextRange[] {
  const zones: TextRange[] = [];
  const taken = new Coverage(text.length);
  for (const pattern of literalPatterns) {
    for (const match of matchesOf(pattern, text)) {
      const zone = { start: match.index, end: match.index + match[0].length };
      if (taken.overlaps(zone.start, zone.end)) continue;
      taken.add(zone);
      zones.push(zone);
    }
  }
  return zones.sort((a, b) => a.start - b.start);
}

/** The positions of the text inside a literal zone. */
export const literalCoverage = (text: string): Coverage => new Coverage(text.length, literalZones(text));

/**
 * Which positions of a text some range covers: constant-time questions however many ranges a long
 * line has (a check asks once per mark, and a line may hold thousands of marks and ranges).
 */
export class Coverage {
  private readonly covered: Uint8Array;

  constructor(length: number, ranges: readonly TextRange[] = []) {
    this.covered = new Uint8Array(length);
    for (const range of ranges) this.add(range);
  }

  add(range: TextRange): void {
    this.covered.fill(1, range.start, range.end);
  }

  has(index: number): boolean {
    return this.covered[index] === 1;
  }

  /** True when a position of `[start, end)` is covered (time: the range's length). */
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i += 1) if (this.covered[i] === 1) return true;
    return false;
  }
}

/** An isolate: `open` is the index of FSI, LRI or RLI; `close` the index of its PDI, or the text's length when it has none. */
export interface Isolate {
  readonly open: number;
  readonly close: number;
  readonly opener: string;
}

export const isIsolateOpener = (char: string | undefined): boolean => char === FSI || char === LRI || char === RLI;

/** Where an isolate without a PDI ends: by default the end of the text, where the bidi algorithm closes it. */
export type UnclosedIsolateEnd = (text: string, open: number) => number;

/** Every isolate of the text, outer before inner; a PDI without an opener closes nothing. */
export function isolates(text: string, unclosedEnd: UnclosedIsolateEnd = () => text.length): Isolate[] {
  const found: Isolate[] = [];
  const open: Array<{ open: number; opener: string }> = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (isIsolateOpener(char)) open.push({ open: i, opener: char });
    else if (char === PDI) {
      const opener = open.pop();
      if (opener) found.push({ ...opener, close: i });
    }
  }
  for (const opener of open) found.push({ ...opener, close: unclosedEnd(text, opener.open) });
  return found.sort((a, b) => a.open - b.open);
}

/** The positions between an isolate's opener and its PDI (of the isolates `keep` accepts: all by default). */
export function isolateInteriors(text: string, keep: (isolate: Isolate) => boolean = () => true, unclosedEnd?: UnclosedIsolateEnd): Coverage {
  return new Coverage(
    text.length,
    isolates(text, unclosedEnd)
      .filter(keep)
      .map((isolate) => ({ start: isolate.open + 1, end: isolate.close })),
  );
}
