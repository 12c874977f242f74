/**
 * Inline codes back to text. Our exports turn each protected span of a segment into one
 * standalone code and each markup code (a link, emphasis, a line break) into a pair or a
 * standalone code of its own (src/xliff/inline-write.ts); CAT tools may renumber the codes and
 * move them around in the target, but must keep each exactly once, pairs nested. The source's
 * codes, in order, are the ones the export wrote for the segment; the target's codes are found by
 * the id the *returned* source gives them, so a tool that renumbers both sides consistently is
 * read correctly.
 */
import type { LanguageTag, MarkupCode, MarkupPlacement, ProtectedSpan, Segment, ValueSpan, ValueStyle } from '../model.js';
import { spanText } from '../localize/index.js';
import { describeCode, markupFindings, markupProblems } from '../markup/index.js';
import { locateValues } from '../qa/numbers/index.js';
import { inlineCodes, type InlineCode, type InlineRun } from '../xliff/inline.js';
import { isSpanCode, sourceRuns } from '../xliff/inline-write.js';

export type TextOrProblem = { readonly text: string } | { readonly problem: string };

/** What the returned source's code ids stand for: a protected span of the segment, or one of its markup codes. */
export type SourceCodes = ReadonlyMap<string, { readonly span: ProtectedSpan } | { readonly markup: MarkupCode }>;

/** The returned source as plain text, each code replaced by the span it stands for, and its codes by id. */
export function sourceText(runs: readonly InlineRun[], segment: Segment): { readonly text: string; readonly codes: SourceCodes } | { readonly problem: string } {
  const returned = inlineCodes(runs);
  const markup = segment.markup ?? [];
  if (markup.length === 0 && returned.some((code) => code.kind !== 'standalone')) {
    return { problem: 'the source has paired inline codes, which the export did not write for this segment: the source was edited' };
  }
  const exported = exportedSourceCodes(segment);
  if (returned.length !== exported.length) {
    const spans = `${segment.protectedSpans.length} protected span(s)`;
    const has = markup.length === 0 ? spans : `${spans} and ${markup.length} markup code(s), ${exported.length} inline code(s) in all`;
    return { problem: `the source has ${returned.length} inline code(s) but the story's segment has ${has}: the story or the glossary changed since export` };
  }
  const codes = new Map<string, { span: ProtectedSpan } | { markup: MarkupCode }>();
  const openedAs = new Map<string, string>();
  for (const [index, code] of returned.entries()) {
    const wrote = exported[index]!;
    if (wrote.kind !== code.kind) {
      return { problem: `source inline code ${code.id} (line ${code.line}) is not the ${wrote.kind === 'standalone' ? 'standalone code' : `${wrote.kind} of a pair`} the export wrote there: the source was edited` };
    }
    if (wrote.span === undefined && code.kind === 'close') {
      if (openedAs.get(wrote.markup.id) !== code.id) return { problem: `source inline code ${code.id} (line ${code.line}) closes a pair it did not open: the source was edited` };
      continue;
    }
    if (codes.has(code.id)) return { problem: `the source uses inline code id "${code.id}" twice` };
    if (wrote.span === undefined) {
      codes.set(code.id, { markup: wrote.markup });
      openedAs.set(wrote.markup.id, code.id);
      continue;
    }
    if (code.text !== undefined && code.text !== wrote.span.text) {
      return { problem: `source inline code ${code.id} stands for "${code.text}" but the story has "${wrote.span.text}" there` };
    }
    codes.set(code.id, { span: wrote.span });
  }
  let index = 0;
  const text = runs.map((run) => (typeof run === 'string' ? run : (exported[index++]!.span?.text ?? ''))).join('');
  return { text, codes };
}

/** A code the export wrote in the segment's source: a span's, or an end of a markup code. */
type ExportedCode =
  | { readonly kind: 'standalone'; readonly span: ProtectedSpan; readonly markup?: undefined }
  | { readonly kind: InlineCode['kind']; readonly span?: undefined; readonly markup: MarkupCode };

/** The codes of the segment's source in the order the writers print them (the same function makes both). */
function exportedSourceCodes(segment: Segment): ExportedCode[] {
  const spans = [...segment.protectedSpans].sort((a, b) => a.start - b.start);
  const markup = (segment.markup ?? []).map((code) => ({ code, start: code.start, end: code.end }));
  let spanIndex = 0;
  return sourceRuns(segment.source, spans, (span) => span.text, markup).flatMap((run): ExportedCode[] => {
    if (typeof run === 'string') return [];
    if (isSpanCode(run)) return [{ kind: 'standalone', span: spans[spanIndex++]! }];
    return [{ kind: run.kind, markup: run.markup }];
  });
}

/** How the target language writes what the codes stand for: values rendered for it, the rest verbatim. */
export interface TargetWriting {
  readonly lang: LanguageTag;
  readonly valueStyle: ValueStyle;
}

/** The target as plain text, and where it carries the segment's markup codes (when the segment has any). */
export type TargetText = { readonly text: string; readonly markup?: readonly MarkupPlacement[] } | { readonly problem: string };

/**
 * The target as plain text: each span's code replaced by how the target language writes the span
 * its source twin stands for (`2 500` in French for the code of `2,500`), each markup code's ends
 * taken out, their offsets kept as the target's placements. Every source code must appear exactly
 * once, except a value's: a translator may write the value as text instead (re-formatted, moved, a
 * small number spelled out) as long as the target states the same value. Codes the source lacks,
 * and markup lost, doubled, unclosed or crossing another, are refused.
 */
export function targetText(target: readonly InlineRun[], codes: SourceCodes, segment: Segment, writing: TargetWriting): TargetText {
  const spanById = new Map<string, ProtectedSpan>();
  const markupById = new Map<string, MarkupCode>();
  for (const [id, meaning] of codes) {
    if ('span' in meaning) spanById.set(id, meaning.span);
    else markupById.set(id, meaning.markup);
  }
  const seen = new Map<string, number>();
  for (const code of inlineCodes(target)) {
    const problem = unknownCodeProblem(code, spanById, markupById);
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
  let text = '';
  const ends: MarkupEndAt[] = [];
  for (const run of target) {
    const span = typeof run === 'string' ? undefined : spanById.get(run.id);
    if (typeof run === 'string') text += run;
    else if (span !== undefined) text += spanText(span, writing.lang, writing.valueStyle);
    else ends.push({ code: markupById.get(run.id)!, kind: run.kind, at: text.length });
  }
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'the target is empty' };
  const unstated = firstUnstated(trimmed, segment, writtenAsText, writing.lang);
  if (unstated) {
    const [span, id] = unstated;
    return {
      problem: `the target lacks inline code ${id} ("${span.text}") and does not state its value otherwise: put the code back, or write the value (${spanText(span, writing.lang, writing.valueStyle)})`,
    };
  }
  const markup = segment.markup ?? [];
  if (markup.length === 0) return { text: trimmed };
  const leading = text.length - text.trimStart().length;
  const placed = markupPlacements(ends, (at) => Math.min(Math.max(at - leading, 0), trimmed.length));
  if ('problem' in placed) return placed;
  const problems = markupProblems(markup, placed.placements, trimmed.length);
  if (problems.length > 0) {
    return { problem: markupFindings(problems, { source: 'xliff', producer: 'the target' }).map((finding) => finding.reason).join('; ') };
  }
  // In the segment's order of codes, as engines and the source give them.
  const order = new Map(markup.map((code, index) => [code.id, index]));
  return { text: trimmed, markup: placed.placements.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
}

/** An end of a markup code in the target: which code, which end, and its offset in the plain target. */
interface MarkupEndAt {
  readonly code: MarkupCode;
  readonly kind: InlineCode['kind'];
  readonly at: number;
}

/**
 * The placements the ends make (offsets through `offset`, which trims): a standalone code where it
 * stands, a pair from each open to the next close of the same code (a code twice gives two, which
 * `markupProblems` refuses). An end without its other end is refused here, naming the code.
 */
function markupPlacements(ends: readonly MarkupEndAt[], offset: (at: number) => number): { readonly placements: MarkupPlacement[] } | { readonly problem: string } {
  const placements: MarkupPlacement[] = [];
  const opened = new Map<MarkupCode, number[]>();
  for (const { code, kind, at } of ends) {
    if (kind === 'standalone') {
      placements.push({ id: code.id, start: offset(at), end: offset(at) });
      continue;
    }
    const starts = opened.get(code) ?? [];
    opened.set(code, starts);
    if (kind === 'open') {
      starts.push(offset(at));
      continue;
    }
    const start = starts.shift();
    if (start === undefined) return { problem: `the target closes the markup ${describeCode(code)} before opening it: the pair must enclose the same words as in the source` };
    placements.push({ id: code.id, start, end: offset(at) });
  }
  for (const [code, starts] of opened) {
    if (starts.length > 0) return { problem: `the target opens the markup ${describeCode(code)} but never closes it: the pair must enclose the same words as in the source` };
  }
  return { placements };
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

function unknownCodeProblem(code: InlineCode, spanById: ReadonlyMap<string, ProtectedSpan>, markupById: ReadonlyMap<string, MarkupCode>): string | undefined {
  const markup = markupById.get(code.id);
  if (markup !== undefined) {
    if ((markup.kind === 'standalone') === (code.kind === 'standalone')) return undefined;
    const written = code.kind === 'standalone' ? 'a standalone code' : 'one end of a pair';
    return `the target has the markup ${describeCode(markup)} as ${written} (inline code ${code.id}, line ${code.line}); the source has it ${markup.kind === 'standalone' ? 'standalone' : 'around words'}`;
  }
  if (code.kind !== 'standalone') {
    return `the target has a paired inline code ${code.id} (line ${code.line}) that the source does not have`;
  }
  if (!spanById.has(code.id)) return `the target has inline code ${code.id} (line ${code.line}) that the source does not have`;
  return undefined;
}
