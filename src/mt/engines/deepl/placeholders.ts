/**
 * Protected spans and markup codes as XML for DeepL (`tag_handling=xml`), and back.
 *
 * Numbers, URLs and e-mail addresses become self-closing `<x id="n1"/>` (`u1`, `e1`): DeepL moves
 * them but has nothing to translate. Do-not-translate spans become `<dnt id="d1">text</dnt>` with
 * `ignore_tags=dnt`: DeepL sees the words (better grammar around them) but leaves them alone.
 * The answer is mapped back from our own table, never from what DeepL wrote inside a tag; a
 * placeholder dropped, duplicated or invented becomes an error finding on the unit. Markup codes
 * travel beside them as `<g>` and `<ph>` elements (markup-tags.ts), printed well nested with the
 * spans by the one printer of marked text.
 */
import { printMarkedText, type PlacedCode } from '../../../markup/index.js';
import { spanNoun, type MarkupCode, type MarkupPlacement, type ProtectedSpan, type Segment, type TargetFinding } from '../../../model.js';
import { codeAsSent, MarkupTagReader } from './markup-tags.js';
import { escapeXmlText, tokenizeXml, unescapeXml, type XmlToken } from './xml.js';

/** The element that carries do-not-translate text; sent as DeepL's `ignore_tags`. */
export const doNotTranslateElement = 'dnt';
const placeholderElement = 'x';

interface Placeholder {
  readonly element: typeof placeholderElement | typeof doNotTranslateElement;
  readonly id: string;
  /** The source text the placeholder stands for, restored in the target. */
  readonly original: string;
  readonly span: ProtectedSpan;
}

export interface EncodedSegment {
  /** What DeepL receives: the source as XML. */
  readonly xml: string;
  readonly placeholders: readonly Placeholder[];
  /** The segment's markup codes, sent as `g` and `ph` elements. */
  readonly markup: readonly MarkupCode[];
}

const idPrefix: Readonly<Record<ProtectedSpan['kind'], string>> = {
  value: 'n',
  url: 'u',
  email: 'e',
  domain: 'u',
  handle: 'h',
  hashtag: 'h',
  designation: 'c',
  dnt: 'd',
};

/** A `<x id>…</x>` as printed around a span's escaped text (no tags inside): it goes as `<x id/>`. */
const printedPlaceholder = new RegExp(`<${placeholderElement} id="([^"]*)">[^<]*</${placeholderElement}>`, 'g');

export function encodeSegment(segment: Segment): EncodedSegment {
  const { source } = segment;
  const markup = segment.markup ?? [];
  const placeholders = placeholdersOf(segment, markup);
  // Codes first: a code over exactly a span's text encloses its placeholder (`<g><x/></g>`).
  const placed: PlacedCode[] = [
    ...markup.map((code) => ({ code: codeAsSent(code), start: code.start, end: code.end })),
    ...placeholders.map(({ element, id, span }) => ({
      code: { id, kind: 'paired', element, open: `<${element} id="${id}">`, close: `</${element}>`, start: span.start, end: span.end } as const,
      start: span.start,
      end: span.end,
    })),
  ];
  const xml = printMarkedText(source, placed, escapeXmlText).replace(printedPlaceholder, `<${placeholderElement} id="$1"/>`);
  return { xml, placeholders, markup };
}

/**
 * The spans sent as placeholders, numbered per kind. Spans come sorted and non-overlapping from
 * protect/; anything else is skipped, not trusted. A span with a markup tag inside its text
 * (`21<sup>st</sup>`) goes as plain text: a placeholder has no inside to carry the tag, and the
 * target is still checked for the value by qa/.
 */
function placeholdersOf(segment: Segment, markup: readonly MarkupCode[]): Placeholder[] {
  const { source } = segment;
  const boundaries = markup.flatMap((code) => (code.kind === 'paired' ? [code.start, code.end] : [code.start]));
  const placeholders: Placeholder[] = [];
  const counters = new Map<string, number>();
  let position = 0;
  for (const span of [...segment.protectedSpans].sort((a, b) => a.start - b.start)) {
    if (span.start < position || span.end > source.length || span.end <= span.start) continue;
    if (boundaries.some((offset) => offset > span.start && offset < span.end)) continue;
    const prefix = idPrefix[span.kind];
    const count = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, count);
    const element = span.kind === 'dnt' ? doNotTranslateElement : placeholderElement;
    placeholders.push({ element, id: `${prefix}${count}`, original: source.slice(span.start, span.end), span });
    position = span.end;
  }
  return placeholders;
}

export interface DecodedTarget {
  readonly target: string;
  /** Where the target carries the segment's markup codes that came back whole; absent when the segment has none. */
  readonly markup?: readonly MarkupPlacement[];
  /** About the target text, not yet about a unit: the dispatcher puts them on the unit. */
  readonly findings: readonly TargetFinding[];
}

export function decodeTranslation(translated: string, encoded: EncodedSegment): DecodedTarget {
  const known = new Map(encoded.placeholders.map((placeholder) => [`${placeholder.element}#${placeholder.id}`, placeholder]));
  const uses = new Map<Placeholder, number>();
  const unknownTags: string[] = [];
  const markup = new MarkupTagReader(encoded.markup);
  /** Close tags of unknown elements already reported by their open tag. */
  const reportedCloses = new Set<number>();
  const tokens = tokenizeXml(translated);
  let target = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'text') {
      target += unescapeXml(token.raw);
      continue;
    }
    if (reportedCloses.has(i)) continue;
    if (token.kind === 'tag' && MarkupTagReader.reads(token)) {
      markup.take(token, target.length);
      continue;
    }
    const placeholder = token.kind === 'tag' && token.form !== 'close' ? known.get(`${token.name}#${token.id}`) : undefined;
    if (placeholder === undefined) {
      // The element is reported once; its text stays, as DeepL wrote it.
      unknownTags.push(token.raw);
      const close = token.kind === 'tag' && token.form === 'open' ? matchingClose(tokens, i) : undefined;
      if (close !== undefined) reportedCloses.add(close);
      continue;
    }
    target += placeholder.original;
    uses.set(placeholder, (uses.get(placeholder) ?? 0) + 1);
    // Whatever DeepL put inside the element is replaced by the original, so skip to its end.
    if (token.kind === 'tag' && token.form === 'open') i = matchingClose(tokens, i) ?? i;
  }

  const findings: TargetFinding[] = [];
  for (const placeholder of encoded.placeholders) {
    const count = uses.get(placeholder) ?? 0;
    if (count === 1) continue;
    findings.push(count === 0 ? missing(placeholder) : duplicated(placeholder, count));
  }
  const seenLabels = new Map<string, number>();
  for (const raw of unknownTags) {
    const occurrence = (seenLabels.get(raw) ?? 0) + 1;
    seenLabels.set(raw, occurrence);
    findings.push(unknown(raw, occurrence));
  }
  const read = markup.finish(target.length);
  findings.push(...read.findings);
  return encoded.markup.length === 0 ? { target, findings } : { target, markup: read.placements, findings };
}

/** Index of the close tag matching the open tag at `openIndex` (same name, nesting counted). */
function matchingClose(tokens: readonly XmlToken[], openIndex: number): number | undefined {
  const open = tokens[openIndex];
  if (open?.kind !== 'tag') return undefined;
  let depth = 0;
  for (let i = openIndex; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'tag' || token.name !== open.name) continue;
    if (token.form === 'open') depth += 1;
    else if (token.form === 'close' && --depth === 0) return i;
  }
  return undefined;
}

function describe(placeholder: Placeholder): string {
  return `${spanNoun(placeholder.span)} “${placeholder.original}” (placeholder ${placeholder.id})`;
}

function missing(placeholder: Placeholder): TargetFinding {
  return {
    key: placeholder.id,
    ruleId: 'mt/placeholder-missing',
    source: 'mt',
    severity: 'error',
    reason: `DeepL dropped the ${describe(placeholder)}: the target lacks it; restore it by hand`,
    place: { side: 'source', start: placeholder.span.start, end: placeholder.span.end },
    expected: [placeholder.original],
  };
}

function duplicated(placeholder: Placeholder, count: number): TargetFinding {
  return {
    key: placeholder.id,
    ruleId: 'mt/placeholder-duplicated',
    source: 'mt',
    severity: 'error',
    reason: `DeepL repeated the ${describe(placeholder)}: it appears ${count} times in the target, once in the source`,
    place: { side: 'source', start: placeholder.span.start, end: placeholder.span.end },
    actual: `${count} times`,
    expected: [placeholder.original],
  };
}

function unknown(raw: string, occurrence: number): TargetFinding {
  return {
    key: occurrence > 1 ? `${raw}#${occurrence}` : raw,
    ruleId: 'mt/placeholder-unknown',
    source: 'mt',
    severity: 'error',
    reason: `DeepL returned markup that was never sent, ${raw}; it was left out of the target`,
    actual: raw,
  };
}
