/**
 * Finds the quotation marks of a text — which characters open or close a quotation, and how deep
 * each quotation is nested — so French and Arabic `quote-style` judge marks, not characters.
 *
 * Straight double quotes open or close by what touches them (a mark after a space and before a
 * word opens), and by alternation when spaces are on both sides. Single marks (' ‘ ’) count as
 * quotation marks only as a pair: an opener after a space or the start, a closer before a space or
 * punctuation; an elision apostrophe (l’armée) and a lone mark ('90s) are not quotations.
 */
import { arabicProcliticsEnd, isDigit, isLetter, isSpace, procliticsLookBehind } from './text.js';

export type QuoteStyle = 'guillemet' | 'curly-double' | 'straight-double' | 'single';

export interface QuoteMark {
  readonly index: number;
  readonly char: string;
  readonly role: 'open' | 'close';
  readonly style: QuoteStyle;
  /** 0 for a quotation at the top level, 1 for a quotation inside another… */
  readonly level: number;
  /** The index of the mark that pairs it (an opener's closer, a closer's opener); absent when none does. */
  readonly partner?: number;
}

interface Pending {
  readonly index: number;
  readonly char: string;
  readonly style: QuoteStyle;
  readonly role: 'open' | 'close';
  /** For a closer: the opener it closes. */
  partner?: Pending;
}

/**
 * What may stand before an opening mark: a space, a bracket, a dash, a colon written tight (dit:"non",
 * قال:"…"), another opener, a bidi isolate control, an Arabic comma or semicolon, a tatweel
 * (لـ"حماس"), or an Arabic proclitic joined to the quotation (و"غادر", ب"الاعتداء").
 */
const openingContext = /[\s([{\u2014\u2013«“‘"':\u2066-\u2069\u0640،؛-]/u;
const singles = new Set(["'", '‘', '’']);

const styleOf = (char: string): QuoteStyle | undefined =>
  char === '«' || char === '»' ? 'guillemet' : char === '“' || char === '”' ? 'curly-double' : char === '"' ? 'straight-double' : singles.has(char) ? 'single' : undefined;

/** The quotation marks of `text`, in order, skipping the indexes `skip` says are not prose. */
export function scanQuotes(text: string, skip: (index: number) => boolean): QuoteMark[] {
  const marks: Pending[] = [];
  const open: Pending[] = [];
  const unpaired = new Set<Pending>();
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const style = styleOf(char);
    if (style === undefined || skip(i)) continue;
    const role = roleOf(text, i, style, open);
    if (role === undefined) continue;
    const mark: Pending = { index: i, char, style, role };
    if (role === 'open') {
      open.push(mark);
      marks.push(mark);
      continue;
    }
    const at = findLastIndex(open, (candidate) => closes(style, candidate.style));
    if (at >= 0) {
      mark.partner = open[at]!;
      for (const left of open.splice(at).slice(1)) if (left.style === 'single') unpaired.add(left);
    }
    if (at >= 0 || style !== 'single') marks.push(mark);
  }
  for (const left of open) if (left.style === 'single') unpaired.add(left);
  const kept = marks.filter((mark) => !unpaired.has(mark));
  const partnerOf = new Map<Pending, Pending>();
  for (const mark of kept) if (mark.partner) partnerOf.set(mark, mark.partner).set(mark.partner, mark);
  return withLevels(kept).map((mark, i) => {
    const partner = partnerOf.get(kept[i]!);
    return partner ? { ...mark, partner: partner.index } : mark;
  });
}

/** Whether what stands before `i` may stand before an opening mark (`openingContext`, or an Arabic proclitic). */
function followsOpeningContext(text: string, i: number): boolean {
  const before = text[i - 1];
  return before === undefined || openingContext.test(before) || arabicProcliticsEnd.test(text.slice(Math.max(0, i - procliticsLookBehind), i));
}

/** Whether a mark at `i` stands where a quotation opens: after a space, bracket, proclitic… and before a word. */
export function opensAt(text: string, i: number): boolean {
  const after = text[i + 1];
  return followsOpeningContext(text, i) && after !== undefined && !isSpace(after) && !/[\n.,;:!?)\]}»”]/u.test(after);
}

/** Whether a mark at `i` stands where a quotation closes: after a word, before a space, punctuation or the end. */
export function closesAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !isSpace(before) && (after === undefined || /[\p{P}\s\u2066-\u2069]/u.test(after));
}

function roleOf(text: string, i: number, style: QuoteStyle, open: readonly Pending[]): 'open' | 'close' | undefined {
  const char = text[i];
  if (char === '«' || char === '“') return 'open';
  if (char === '»' || char === '”') return 'close';
  const before = text[i - 1];
  const after = text[i + 1];
  if (style === 'single') {
    if (opensAt(text, i)) return 'open';
    const endsWord = after === undefined || /[\p{P}\s\u2066-\u2069]/u.test(after);
    if (!followsOpeningContext(text, i) && endsWord && !isLetter(after) && open.some((mark) => mark.style === 'single')) return 'close';
    return undefined;
  }
  const doubleOpen = open.some((mark) => mark.style === 'straight-double' || mark.style === 'curly-double');
  // After a digit a straight mark is a prime (12", 48°51'24") unless it ends an open quotation.
  if (isDigit(before)) return doubleOpen ? 'close' : undefined;
  if (opensAt(text, i)) return 'open';
  if (before !== undefined && !isSpace(before)) return 'close';
  return doubleOpen ? 'close' : 'open';
}

/** A closing mark closes an opener of its family: any double quotation by a double mark, a single by a single. */
export function closes(closer: QuoteStyle, opener: QuoteStyle): boolean {
  if (closer === 'guillemet') return opener === 'guillemet';
  if (closer === 'single') return opener === 'single';
  return opener === 'curly-double' || opener === 'straight-double';
}

/** Nesting depth from the pairs: an opener's level is the number of quotations open around it; a closer has its opener's. */
function withLevels(marks: readonly Pending[]): QuoteMark[] {
  const open: Array<{ mark: Pending; level: number }> = [];
  return marks.map((mark) => {
    const { partner, ...fields } = mark;
    if (mark.role === 'open') {
      open.push({ mark, level: open.length });
      return { ...fields, level: open.length - 1 };
    }
    const at = partner ? open.findIndex((entry) => entry.mark === partner) : -1;
    const level = at >= 0 ? open[at]!.level : open.length;
    if (at >= 0) open.splice(at);
    return { ...fields, level };
  });
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}
