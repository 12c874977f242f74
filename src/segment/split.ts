/**
 * The splitter: finds candidate positions with one linear scan, asks the ordered rules about
 * each, cuts at paragraph breaks unconditionally and at the line breaks the line rules name.
 * It only chooses cut positions, so it never adds, drops or changes a character; spans are
 * trimmed of surrounding whitespace.
 */
import type { CompiledRules, RuleDecision } from './compile-rules.js';
import { lineCuts } from './line-breaks.js';
import { isWhitespace } from './whitespace.js';

/** A sentence as UTF-16 offsets into the text, `end` exclusive; never starts or ends with whitespace. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

export function splitSentences(text: string, rules: CompiledRules): SentenceSpan[] {
  const cuts = sentenceCuts(text, rules);
  // Most blocks are one line: skip line structure when there is no newline at all.
  if (text.includes('\n')) {
    cuts.push(...lineCuts(text, rules.lineRules));
    cuts.sort((a, b) => a - b);
  }
  cuts.push(text.length);
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    let start = from;
    let end = cut;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (start < end) spans.push({ start, end });
    from = cut;
  }
  return spans;
}

function sentenceCuts(text: string, rules: CompiledRules): number[] {
  const cuts: number[] = [];
  // The shared regex is reset here and not used again before the loop ends (the rules are other
  // regexes): cheaper than matchAll, which copies the regex on every call.
  const candidates = rules.candidates;
  candidates.lastIndex = 0;
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const position = match.index + match[0].length;
    if (breaksAt(text, position, rules.decision)) cuts.push(position);
  }
  return cuts;
}

/**
 * SRX semantics: the first rule that matches decides; no match means no break. Asked as: does a
 * keeping rule match? If not (most sentence ends), the position breaks when any breaking rule
 * matches. If so, the first keeping rule that matches loses only to a breaking rule before it.
 */
function breaksAt(text: string, position: number, { anyKeeps, anyBreaks, keeps }: RuleDecision): boolean {
  if (!matchesAt(anyKeeps, text, position)) return matchesAt(anyBreaks, text, position);
  const keep = keeps.find((rule) => matchesAt(rule.pattern, text, position));
  return keep !== undefined && matchesAt(keep.breaksFirst, text, position);
}

function matchesAt(pattern: RegExp, text: string, position: number): boolean {
  pattern.lastIndex = position;
  return pattern.test(text);
}
