/**
 * protect — marks the spans of each segment that must reach the target unchanged.
 *
 * Takes: segments (with `terms` already found) and the glossary.
 * Returns: the same segments with `protectedSpans` set (numbers, URLs, e-mail addresses,
 *   do-not-translate terms), sorted and non-overlapping. A glossary hit that lies inside a URL or
 *   e-mail address is dropped: "telegram.org" is an address, not the brand.
 * Options: none.
 * Limitations: dates and money are protected as their numbers; locale-aware re-formatting of
 *   numbers (2,500 → 2 500) is not done yet.
 */
import type { Glossary, ProtectedSpan, Segment } from '../model.js';
import { protectedPatterns } from './patterns.js';

export function protectSegments(segments: readonly Segment[], glossary: Glossary): Segment[] {
  const doNotTranslate = new Set(glossary.entries.filter((entry) => entry.type === 'dnt').map((entry) => entry.id));
  return segments.map((segment) => protectSegment(segment, doNotTranslate));
}

function protectSegment(segment: Segment, doNotTranslate: ReadonlySet<string>): Segment {
  let spans: ProtectedSpan[] = [];
  for (const { kind, pattern } of protectedPatterns) {
    const found = Array.from(segment.source.matchAll(pattern), (match): ProtectedSpan => {
      const start = match.index;
      const end = start + match[0].length;
      return kind === 'number' ? numberSpan(match[0], start, end) : { start, end, kind, text: match[0] };
    });
    spans = withFreeOnes(spans, found);
  }
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

/** A plain number (`2,500`, `3.5`) or percentage (`42%`) as a typed value. */
function numberSpan(text: string, start: number, end: number): ProtectedSpan {
  const percent = text.endsWith('%');
  const digits = text.replace(/[,%]/gu, '');
  const point = digits.indexOf('.');
  const amount = { value: Number(digits), fractionDigits: point < 0 ? 0 : digits.length - point - 1 };
  return { start, end, kind: 'value', text, value: percent ? { type: 'percent', amount } : { type: 'number', amount } };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** `kept` and those of `candidates` that overlap none of them, by start. Each list's spans do not overlap one another. */
function withFreeOnes<T extends Span>(kept: readonly T[], candidates: readonly T[]): T[] {
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
