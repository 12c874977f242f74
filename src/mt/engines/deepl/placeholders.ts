/**
 * Protected spans as XML for DeepL (`tag_handling=xml`), and back.
 *
 * Numbers, URLs and e-mail addresses become self-closing `<x id="n1"/>` (`u1`, `e1`): DeepL moves
 * them but has nothing to translate. Do-not-translate spans become `<dnt id="d1">text</dnt>` with
 * `ignore_tags=dnt`: DeepL sees the words (better grammar around them) but leaves them alone.
 * The answer is mapped back from our own table, never from what DeepL wrote inside a tag; a
 * placeholder dropped, duplicated or invented becomes an error finding on the unit.
 */
import { spanNoun, type ProtectedSpan, type Segment, type TargetFinding } from '../../../model.js';
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

export function encodeSegment(segment: Segment): EncodedSegment {
  const { source } = segment;
  const placeholders: Placeholder[] = [];
  const counters = new Map<string, number>();
  let xml = '';
  let position = 0;
  // Spans come sorted and non-overlapping from protect/; anything else is skipped, not trusted.
  for (const span of [...segment.protectedSpans].sort((a, b) => a.start - b.start)) {
    if (span.start < position || span.end > source.length || span.end <= span.start) continue;
    const prefix = idPrefix[span.kind];
    const count = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, count);
    const id = `${prefix}${count}`;
    const original = source.slice(span.start, span.end);
    const element = span.kind === 'dnt' ? doNotTranslateElement : placeholderElement;
    xml += escapeXmlText(source.slice(position, span.start));
    xml += element === doNotTranslateElement ? `<dnt id="${id}">${escapeXmlText(original)}</dnt>` : `<x id="${id}"/>`;
    placeholders.push({ element, id, original, span });
    position = span.end;
  }
  xml += escapeXmlText(source.slice(position));
  return { xml, placeholders };
}

export interface DecodedTarget {
  readonly target: string;
  /** About the target text, not yet about a unit: the dispatcher puts them on the unit. */
  readonly findings: readonly TargetFinding[];
}

export function decodeTranslation(translated: string, encoded: EncodedSegment): DecodedTarget {
  const known = new Map(encoded.placeholders.map((placeholder) => [`${placeholder.element}#${placeholder.id}`, placeholder]));
  const uses = new Map<Placeholder, number>();
  const unknownTags: string[] = [];
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
  return { target, findings };
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
