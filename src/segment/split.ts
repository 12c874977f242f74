/**
 * The splitter: finds candidate positions with one linear scan, asks the ordered rules about
 * each, and cuts at paragraph breaks unconditionally. It only chooses cut positions, so it never
 * adds, drops or changes a character; spans are trimmed of surrounding whitespace.
 */
import type { CompiledRule, CompiledRules } from './compile-rules.js';

/** A sentence as UTF-16 offsets into the text, `end` exclusive; never starts or ends with whitespace. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const paragraphBreak = /\n\s*\n/g;

export function splitSentences(text: string, rules: CompiledRules): SentenceSpan[] {
  const cuts = sentenceCuts(text, rules);
  // Most blocks are one paragraph: skip the merge when there is no newline at all.
  if (text.includes('\n')) {
    for (const match of text.matchAll(paragraphBreak)) cuts.push(match.index);
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
  // matchAll works on a copy of the regex, so the shared compiled one keeps no state.
  for (const match of text.matchAll(rules.candidates)) {
    const position = match.index + match[0].length;
    if (breaksAt(text, position, rules.rules)) cuts.push(position);
  }
  return cuts;
}

/** SRX semantics: the first rule that matches decides; no match means no break. */
function breaksAt(text: string, position: number, rules: readonly CompiledRule[]): boolean {
  for (const rule of rules) {
    rule.pattern.lastIndex = position;
    if (rule.pattern.test(text)) return rule.breaks;
  }
  return false;
}

/** Exactly the code units JavaScript's `\s` matches, so trimming agrees with the rules' `\s`. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
