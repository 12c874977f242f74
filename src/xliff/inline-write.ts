/**
 * Protected spans and markup codes → inline runs, for the writers: the source gets one standalone
 * code per span (ids from 1 in source order), a target gets the same codes where it holds the span
 * texts; markup codes (`m1`…) come in at the offsets they are given (markup-ends.ts).
 * Pure: no XML here; write-12.ts and write-21.ts print the runs (inline-xml.ts).
 */
import type { ProtectedSpan } from '../model.js';
import { occurrencesOf } from '../util/find-all.js';
import type { InlineCode } from './inline.js';
import { markupEnds, type EndAt, type MarkupEnd, type PlacedMarkup } from './markup-ends.js';

/**
 * A standalone code standing for one protected span; `text` is the span's exact source text (the
 * code's data), `display` how the target language writes it (`2 500` for `2,500` in French: what a
 * translator sees; the same as `text` for a verbatim span).
 */
export interface SpanCode extends InlineCode {
  readonly kind: 'standalone';
  readonly text: string;
  readonly display: string;
  /**
   * What the span is — a verbatim kind (`url`, `dnt` …) or a value's type (`number`, `date` …):
   * 1.2 writes it as `ctype="x-number"`, 2.1 as `subType="wire-l10n:number"`.
   */
  readonly spanKind: string;
}

/** Content with protected spans as codes; a SpanRun[] is an InlineRun[] (`runsToText` gives the text back). */
export type SpanRun = string | SpanCode;

/** Content as the writers print it: text, spans' codes, and the ends of markup codes (an InlineRun[] too). */
export type CodedRun = SpanRun | MarkupEnd;

/** True for a protected span's code, false for text and for an end of a markup code. */
export function isSpanCode(run: CodedRun): run is SpanCode {
  return typeof run !== 'string' && 'spanKind' in run;
}

/** The codes the writers create have no file line yet: `line` is 0 ("written, not read"). */
const notReadFromAFile = 0;

/** A code's place in a text, `end` exclusive. */
interface Placement {
  readonly start: number;
  readonly end: number;
  readonly code: SpanCode;
}

/**
 * The source as runs: each span becomes its code, numbered from 1 in source order, displayed as
 * `display` says the target language writes it (default: as the source does). The spans must lie
 * inside `source`, not overlap and not be empty (spanProblem says why not, for messages). `markup`
 * is the segment's markup codes where the source has them (well nested: `markupProblems` first).
 */
export function sourceRuns(source: string, spans: readonly ProtectedSpan[], display?: (span: ProtectedSpan) => string): SpanRun[];
export function sourceRuns(source: string, spans: readonly ProtectedSpan[], display: (span: ProtectedSpan) => string, markup: readonly PlacedMarkup[]): CodedRun[];
export function sourceRuns(
  source: string,
  spans: readonly ProtectedSpan[],
  display: (span: ProtectedSpan) => string = (span) => span.text,
  markup: readonly PlacedMarkup[] = [],
): CodedRun[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const placements = ordered.map((span, index) => ({
    start: span.start,
    end: span.end,
    code: spanCode(String(index + 1), span, display(span)),
  }));
  return runsFrom(source, placements, markupEnds(markup, placements));
}

/**
 * A target as runs: each of the source's codes, in source order, takes the first occurrence of
 * its display text in `target` (searching from the left) — or, when there is none, of its source
 * text (a target made before values were localized) — that does not overlap an occurrence an
 * earlier code took and is not part of a longer number ("2" is not found in "12" nor in "2,500").
 * A code whose text the target lacks is not in the target; its text, where the target has it
 * otherwise, stays plain. `markup` is where the target carries the segment's markup codes (exact
 * offsets, no search; well nested, each code once: the caller drops broken ones).
 */
export function targetRuns(target: string, source: readonly SpanRun[]): SpanRun[];
export function targetRuns(target: string, source: readonly CodedRun[], markup: readonly PlacedMarkup[]): CodedRun[];
export function targetRuns(target: string, source: readonly CodedRun[], markup: readonly PlacedMarkup[] = []): CodedRun[] {
  const codes = spanCodes(source);
  // Found for all codes in one pass, and each text's occurrences tried once in all (`tried`): a
  // sentence of thousands of equal numbers made searching from the left for each code cubic.
  const occurrences = occurrencesOf(codes.flatMap((code) => [code.display, code.text]), target);
  const tried = new Map<string, number>();
  const occupied = new Uint8Array(target.length);
  const placements: Placement[] = [];
  const take = (text: string): number | undefined => {
    const starts = occurrences.get(text) ?? [];
    let next = tried.get(text) ?? 0;
    // An occurrence passed over stays unusable: what it overlaps stays taken, numbers stay numbers.
    while (next < starts.length && !isFree(target, starts[next]!, text.length, occupied)) next++;
    tried.set(text, next + 1);
    return starts[next];
  };
  for (const code of codes) {
    for (const candidate of new Set([code.display, code.text])) {
      const start = take(candidate);
      if (start === undefined) continue;
      occupied.fill(1, start, start + candidate.length);
      placements.push({ start, end: start + candidate.length, code });
      break;
    }
  }
  placements.sort((a, b) => a.start - b.start);
  return runsFrom(target, placements, markupEnds(markup, placements));
}

/** The protected spans' codes among the runs, in order. */
export function spanCodes(runs: readonly CodedRun[]): SpanCode[] {
  return runs.filter(isSpanCode);
}

/**
 * Why the spans cannot become codes of `source`, or undefined when they can: a span outside the
 * text, empty, overlapping another, or whose `text` is not the source at its offsets.
 */
export function spanProblem(source: string, spans: readonly ProtectedSpan[]): string | undefined {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const span of ordered) {
    const where = `protected span ${span.start}–${span.end} ("${span.text}")`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > source.length) {
      return `${where} lies outside the source, which has ${source.length} characters`;
    }
    if (span.end <= span.start) return `${where} is empty`;
    if (splitsSurrogatePair(source, span.start) || splitsSurrogatePair(source, span.end)) {
      return `${where} cuts a character in half (a UTF-16 surrogate pair)`;
    }
    if (span.start < previousEnd) return `${where} overlaps the span before it`;
    if (source.slice(span.start, span.end) !== span.text) {
      return `${where} does not match the source there ("${source.slice(span.start, span.end)}")`;
    }
    previousEnd = span.end;
  }
  return undefined;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function spanCode(id: string, span: ProtectedSpan, display: string): SpanCode {
  return { kind: 'standalone', id, text: span.text, display, spanKind: span.kind === 'value' ? span.value.type : span.kind, line: notReadFromAFile };
}

/** True when text[start, start + length) overlaps no placed code and is not part of a longer number. */
function isFree(text: string, start: number, length: number, occupied: Uint8Array): boolean {
  for (let index = start; index < start + length; index++) if (occupied[index] === 1) return false;
  return !continuesANumber(text, start, start + length);
}

const digit = /\p{Nd}/u;
/** A digit, or a decimal or thousands separator followed by one (`,5` in `2,500`). */
const numberGoesOn = /^(?:\p{Nd}|[.,]\p{Nd})/u;
/** A digit, or one followed by a separator (`2,` before `500`). */
const numberCameBefore = /(?:\p{Nd}|\p{Nd}[.,])$/u;

/**
 * True when text[start, end) begins or ends with a digit that the text around it continues. Only
 * the few code units next to it are looked at (a digit and a separator, each up to two units).
 */
function continuesANumber(text: string, start: number, end: number): boolean {
  const startsWithDigit = digit.test(text.charAt(start));
  const endsWithDigit = digit.test(text.charAt(end - 1));
  return (
    (startsWithDigit && numberCameBefore.test(text.slice(Math.max(0, start - 3), start))) ||
    (endsWithDigit && numberGoesOn.test(text.slice(end, end + 3)))
  );
}

/**
 * Text between sorted, non-overlapping placements, their codes, and the markup ends (none inside a
 * placement: markupEnds moved them out) before a placement starting at their offset; no empty
 * strings unless the text is empty.
 */
function runsFrom(text: string, placements: readonly Placement[], ends: readonly EndAt[]): CodedRun[] {
  const runs: CodedRun[] = [];
  let position = 0;
  let next = 0;
  const textUpTo = (offset: number): void => {
    if (offset > position) runs.push(text.slice(position, offset));
    position = Math.max(position, offset);
  };
  const endsUpTo = (offset: number): void => {
    for (; next < ends.length && ends[next]!.at <= offset; next++) {
      textUpTo(ends[next]!.at);
      runs.push(ends[next]!.end);
    }
  };
  for (const placement of placements) {
    endsUpTo(placement.start);
    textUpTo(placement.start);
    runs.push(placement.code);
    position = placement.end;
  }
  endsUpTo(Number.POSITIVE_INFINITY);
  if (position < text.length || runs.length === 0) runs.push(text.slice(position));
  return runs;
}
