/**
 * Inline codes back to text. Our exports turn each protected span of a segment into one
 * standalone code (src/xliff/inline.ts); CAT tools may renumber the codes and move them around in
 * the target, but must keep each exactly once. The source's codes, in order, are the segment's
 * spans; the target's codes are found by the id the *returned* source gives them, so a tool that
 * renumbers both sides consistently is read correctly.
 */
import type { LanguageTag, ProtectedSpan, Segment, ValueSpan, ValueStyle } from '../model.js';
import { spanText } from '../localize/index.js';
import { locateValues } from '../qa/numbers/index.js';
import { inlineCodes, type InlineCode, type InlineRun } from '../xliff/inline.js';

export type TextOrProblem = { readonly text: string } | { readonly problem: string };

/** The returned source as plain text, each code replaced by the span it stands for. */
export function sourceText(runs: readonly InlineRun[], segment: Segment): TextOrProblem {
  const codes = inlineCodes(runs);
  const spans = segment.protectedSpans;
  if (codes.some((code) => code.kind !== 'standalone')) {
    return { problem: 'the source has paired inline codes, which wire-l10n never writes: the source was edited' };
  }
  if (codes.length !== spans.length) {
    return {
      problem: `the source has ${codes.length} inline code(s) but the story's segment has ${spans.length} protected span(s): the story or the glossary changed since export`,
    };
  }
  const ids = new Set<string>();
  for (const [index, code] of codes.entries()) {
    const span = spans[index]!;
    if (ids.has(code.id)) return { problem: `the source uses inline code id "${code.id}" twice` };
    ids.add(code.id);
    if (code.text !== undefined && code.text !== span.text) {
      return { problem: `source inline code ${code.id} stands for "${code.text}" but the story has "${span.text}" there` };
    }
  }
  let index = 0;
  const text = runs.map((run) => (typeof run === 'string' ? run : spans[index++]!.text)).join('');
  return { text };
}

/** How the target language writes what the codes stand for: values rendered for it, the rest verbatim. */
export interface TargetWriting {
  readonly lang: LanguageTag;
  readonly valueStyle: ValueStyle;
}

/**
 * The target as plain text: each code replaced by how the target language writes the span its
 * source twin stands for (`2 500` in French for the code of `2,500`). Every source code must appear
 * exactly once, except a value's: a translator may write the value as text instead (re-formatted,
 * moved, a small number spelled out) as long as the target states the same value. Codes the source
 * lacks are refused.
 */
export function targetText(target: readonly InlineRun[], source: readonly InlineRun[], segment: Segment, writing: TargetWriting): TextOrProblem {
  const spanById = spansById(source, segment.protectedSpans);
  const seen = new Map<string, number>();
  for (const code of inlineCodes(target)) {
    const problem = unknownCodeProblem(code, spanById);
    if (problem) return { problem };
    seen.set(code.id, (seen.get(code.id) ?? 0) + 1);
  }
  const writtenAsText = new Map<ValueSpan, string>();
  for (const [id, span] of spanById) {
    const count = seen.get(id) ?? 0;
    if (count > 1) return { problem: `the target has inline code ${id} ("${span.text}") ${count} times; it must appear once` };
    if (count === 1) continue;
    if (span.kind !== 'value') return { problem: `the target lacks inline code ${id} ("${span.text}"): put it back where it belongs` };
    writtenAsText.set(span, id);
  }
  const text = target
    .map((run) => (typeof run === 'string' ? run : spanText(spanById.get(run.id)!, writing.lang, writing.valueStyle)))
    .join('')
    .trim();
  if (text === '') return { problem: 'the target is empty' };
  const unstated = firstUnstated(text, segment, writtenAsText, writing.lang);
  if (unstated) {
    const [span, id] = unstated;
    return {
      problem: `the target lacks inline code ${id} ("${span.text}") and does not state its value otherwise: put the code back, or write the value (${spanText(span, writing.lang, writing.valueStyle)})`,
    };
  }
  return { text };
}

/**
 * The first value written as text (no code) that `text` does not state, with its code id. All the
 * segment's values are looked for together, so a value stated once cannot stand for two.
 */
function firstUnstated(text: string, segment: Segment, writtenAsText: ReadonlyMap<ValueSpan, string>, lang: LanguageTag): [ValueSpan, string] | undefined {
  if (writtenAsText.size === 0) return undefined;
  const values = segment.protectedSpans.filter((span): span is ValueSpan => span.kind === 'value');
  const located = locateValues(text, lang, values.map((span) => span.value));
  for (const [span, id] of writtenAsText) {
    if (located?.found[values.indexOf(span)] === undefined) return [span, id];
  }
  return undefined;
}

function spansById(source: readonly InlineRun[], spans: readonly ProtectedSpan[]): Map<string, ProtectedSpan> {
  // sourceText has already checked that the source's codes and the spans correspond one to one.
  return new Map(inlineCodes(source).map((code, index) => [code.id, spans[index]!]));
}

function unknownCodeProblem(code: InlineCode, spanById: ReadonlyMap<string, ProtectedSpan>): string | undefined {
  if (code.kind !== 'standalone') {
    return `the target has a paired inline code ${code.id} (line ${code.line}) that the source does not have`;
  }
  if (!spanById.has(code.id)) return `the target has inline code ${code.id} (line ${code.line}) that the source does not have`;
  return undefined;
}
