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
import type { Glossary, ProtectedSpan, Segment, TermHit } from '../model.js';
import { protectedPatterns } from './patterns.js';

export function protectSegments(segments: readonly Segment[], glossary: Glossary): Segment[] {
  const doNotTranslate = new Set(glossary.entries.filter((entry) => entry.type === 'dnt').map((entry) => entry.id));
  return segments.map((segment) => protectSegment(segment, doNotTranslate));
}

function protectSegment(segment: Segment, doNotTranslate: ReadonlySet<string>): Segment {
  const spans: ProtectedSpan[] = [];
  for (const { kind, pattern } of protectedPatterns) {
    for (const match of segment.source.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlapsAny(spans, start, end)) spans.push({ start, end, kind, text: match[0] });
    }
  }
  const addresses = spans.filter((span) => span.kind === 'url' || span.kind === 'email');
  const terms = segment.terms.filter((hit) => !overlapsAny(addresses, hit.start, hit.end));
  for (const hit of terms) {
    if (!doNotTranslate.has(hit.entryId)) continue;
    // A do-not-translate term wins over a number inside it ("Windows 11" stays whole).
    removeOverlapping(spans, hit);
    spans.push({ start: hit.start, end: hit.end, kind: 'dnt', text: hit.text });
  }
  spans.sort((a, b) => a.start - b.start);
  if (spans.length === 0 && terms.length === segment.terms.length) return segment;
  return { ...segment, protectedSpans: spans, terms };
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function removeOverlapping(spans: ProtectedSpan[], hit: TermHit): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.start < hit.end && hit.start < span.end) spans.splice(i, 1);
  }
}
