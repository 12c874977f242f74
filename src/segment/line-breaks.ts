/**
 * Line structure: which single line breaks inside a block end a sentence (a byline, a list
 * item, a sub-head, a label before a list), decided by the language's line rules. A hard-wrapped
 * paragraph matches none of them and reads on.
 */
import type { CompiledLineRule } from './compile-rules.js';
import { isWhitespace } from './whitespace.js';

/** A line as offsets of its first and past its last non-whitespace character; equal when blank. */
interface Line {
  readonly start: number;
  readonly end: number;
}

/**
 * Where the text's lines cut it, in order: after the last line before each blank line (a blank
 * line is always a boundary), and after each line whose line break the rules make a boundary.
 */
export function lineCuts(text: string, rules: readonly CompiledLineRule[]): number[] {
  const cuts: number[] = [];
  const lines = linesOf(text);
  let first = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.start < lines[i]!.end) continue;
    // lines[first..i) is a paragraph: a run of non-blank lines, ended by a blank line or the text's end.
    let longest = 0;
    for (let j = first; j < i; j++) longest = Math.max(longest, lines[j]!.end - lines[j]!.start);
    for (let j = first; j + 1 < i; j++) {
      if (breaksAfter(text, lines[j]!, lines[j + 1]!, longest, rules)) cuts.push(lines[j]!.end);
    }
    if (i > first && i < lines.length) cuts.push(lines[i - 1]!.end);
    first = i + 1;
  }
  return cuts;
}

/** SRX semantics, as for sentence rules: the first rule that matches decides; none means no break. */
function breaksAfter(text: string, line: Line, next: Line, longest: number, rules: readonly CompiledLineRule[]): boolean {
  for (const rule of rules) {
    if (rule.shorterThan !== undefined && line.end - line.start >= rule.shorterThan * longest) continue;
    // `next` is sticky and reads only the start of its line; `line` reads the whole line.
    rule.next.lastIndex = next.start;
    if (rule.next.test(text) && rule.line.test(text.slice(line.start, line.end))) return rule.breaks;
  }
  return false;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const stop = newline === -1 ? text.length : newline;
    let start = from;
    let end = stop;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end });
    from = stop + 1;
  }
  return lines;
}
