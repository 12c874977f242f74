/**
 * protect — marks the spans of each segment that must reach the target unchanged in substance.
 *
 * Takes: segments (with `terms` already found) and the glossary.
 * Returns: the same segments with `protectedSpans` set, sorted and non-overlapping: typed values
 *   with their parsed value (numbers, percentages, money, measures, years, ranges, scores, dates,
 *   weekdays, times, ordinals: `values/numbers.ts`, `values/dates.ts`) and verbatim text (URLs,
 *   e-mail addresses, bare domains, @handles, #hashtags: `values/addresses.ts`; designations such
 *   as `F-16`, `Resolution 2334`, telephone numbers: `values/designations.ts`; do-not-translate
 *   terms). `values/index.ts` orders the recognisers: an earlier one wins over a later one it
 *   overlaps. A do-not-translate term wins over values inside it ("Windows 11"); a glossary hit
 *   that lies inside a URL or e-mail address is dropped: "telegram.org" is an address, not the brand.
 * Options: none.
 * What is not a value (house decisions, tested on tests/localize/wire-values.corpus.ts): digits
 *   joined by a slash (`9/11`, `24/7`, `1/3`), after a hyphen (`pre-2020`, `mid-2025`), in a
 *   decade (`1990s`), a number glued to `m` before a word (`1.5m people`: a million or a metre),
 *   a bare `40C` outside a sentence about the weather, a weekday inside a name (`Good Friday`,
 *   `The Sunday Times`), the numbers after product, index and version words (`Boeing 737`,
 *   `S&P 500`, `version 2.3.1`: verbatim designations), race times (`4:32.15`: verbatim), `May` or
 *   `March` after a name or before a counted noun or unit (`Theresa May 10 years ago`, `May 10
 *   people`, `March 20 km`: the number is a value, the month no date). `minus 12` is negative.
 * Limitations: English source text only; a range with a unit, a currency or a percent sign
 *   (`10-15%`, `5-6 million euros`) is two spans, the unit on the second (`$2-3 billion` is the
 *   range `2-3`); a day range (`Dec. 1-3`, `2-3 November`) is no single date; Indian `lakh` and
 *   `crore` are restated in the short scale (`Rs 500 crore` is 5 billion rupees); spelled-out
 *   numbers ("five", "a million", "tens of thousands") are text (qa/numbers checks two to ten itself).
 */
import type { Glossary, ProtectedSpan, Segment } from '../model.js';
import { recognise, recognisers, sentenceOf } from './values/index.js';

export function protectSegments(segments: readonly Segment[], glossary: Glossary): Segment[] {
  const doNotTranslate = new Set(glossary.entries.filter((entry) => entry.type === 'dnt').map((entry) => entry.id));
  return segments.map((segment) => protectSegment(segment, doNotTranslate));
}

function protectSegment(segment: Segment, doNotTranslate: ReadonlySet<string>): Segment {
  const sentence = sentenceOf(segment.source);
  let spans: readonly ProtectedSpan[] = [];
  for (const recogniser of recognisers) spans = withFreeOnes(spans, recognise(recogniser, sentence));
  const addresses = spans.filter((span) => span.kind === 'url' || span.kind === 'email');
  const terms = freeOf(addresses, byStart(segment.terms));
  const doNotTranslateSpans = terms
    .filter((hit) => doNotTranslate.has(hit.entryId))
    .map((hit): ProtectedSpan => ({ start: hit.start, end: hit.end, kind: 'dnt', text: hit.text }));
  // A do-not-translate term wins over a number inside it ("Windows 11" stays whole).
  spans = withFreeOnes(doNotTranslateSpans, spans);
  if (spans.length === 0 && terms.length === segment.terms.length) return segment;
  return { ...segment, protectedSpans: spans, terms };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * `kept` and those of `candidates` that overlap none of them, by start. Each list's spans do not
 * overlap one another. Most recognisers find nothing in a sentence: then `kept` (sorted) is the answer.
 */
function withFreeOnes<T extends Span>(kept: readonly T[], candidates: readonly T[]): readonly T[] {
  if (candidates.length === 0) return kept;
  return byStart([...kept, ...freeOf(kept, candidates)]);
}

/**
 * The spans of `candidates` (sorted by start) that overlap none of `taken` (sorted by start, not
 * overlapping one another, so sorted by end too): one walk over both, where checking each
 * candidate against every taken span made a sentence of many numbers quadratic.
 */
function freeOf<T extends Span>(taken: readonly Span[], candidates: readonly T[]): T[] {
  let next = 0;
  return candidates.filter((candidate) => {
    while (next < taken.length && taken[next]!.end <= candidate.start) next++;
    const blocking = taken[next];
    return blocking === undefined || blocking.start >= candidate.end;
  });
}

function byStart<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start);
}
