/**
 * Inline codes back to text. Our exports turn each protected span of a segment into one
 * standalone code (src/xliff/inline.ts); CAT tools may renumber the codes and move them around in
 * the target, but must keep each exactly once. The source's codes, in order, are the segment's
 * spans; the target's codes are found by the id the *returned* source gives them, so a tool that
 * renumbers both sides consistently is read correctly.
 */
import type { ProtectedSpan, Segment } from '../model.js';
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

/**
 * The target as plain text: each code replaced by the span its source twin stands for. Every source
 * code must appear exactly once; codes the source lacks are refused.
 */
export function targetText(target: readonly InlineRun[], source: readonly InlineRun[], segment: Segment): TextOrProblem {
  const spanById = spansById(source, segment.protectedSpans);
  const seen = new Map<string, number>();
  for (const code of inlineCodes(target)) {
    const problem = unknownCodeProblem(code, spanById);
    if (problem) return { problem };
    seen.set(code.id, (seen.get(code.id) ?? 0) + 1);
  }
  for (const [id, span] of spanById) {
    const count = seen.get(id) ?? 0;
    if (count === 0) return { problem: `the target lacks inline code ${id} ("${span.text}"): put it back where it belongs` };
    if (count > 1) return { problem: `the target has inline code ${id} ("${span.text}") ${count} times; it must appear once` };
  }
  const text = target.map((run) => (typeof run === 'string' ? run : spanById.get(run.id)!.text)).join('').trim();
  if (text === '') return { problem: 'the target is empty' };
  return { text };
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
