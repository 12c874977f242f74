/**
 * What Arabic copy sets apart in isolates, and how the house reads an isolate whose PDI is
 * missing — one reading for every Arabic rule, so that what one rule's fix closes the others
 * already read as closed (the fixer stays idempotent).
 *
 * An isolate opened before a Latin run or spaced number and never closed ends after that run: MT
 * and editors drop a PDI, and the run is what the opener was for (⁨UNICEF إن … → ⁨UNICEF⁩ إن …);
 * closing it at the end of the text, as the bidi algorithm does, would lay the rest of the Arabic
 * sentence out left to right. Any other unclosed isolate ends with the text.
 */
import { isolateInteriors, type Coverage, type Isolate, type TextRange, type UnclosedIsolateEnd } from '../text.js';
import { latinRuns } from './latin.js';
import { matchesOf } from '../../../util/matches-of.js';

const spacedNumber = /(?<![\p{N}\p{L}])\+?\p{Nd}+(?:[ \u00A0\u202F]+\p{Nd}+)+(?![\p{N}\p{L}])/gu;
/** Between an opener and the run it opens on: spaces and other openers. */
const openerGap = /^[\s\u2066-\u2068]*$/u;

/** Latin runs and spaced numbers (telephone numbers), in text order; a number touching a run joins it. */
export function isolatableRuns(text: string): TextRange[] {
  const numbers = [...matchesOf(spacedNumber, text)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of [...latinRuns(text), ...numbers].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end, range.start))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Where the house closes an isolate without a PDI in `text` (see the module comment). */
export function unclosedIsolateEnds(text: string): UnclosedIsolateEnd {
  let runs: TextRange[] | undefined;
  return (_text, open) => {
    runs ??= isolatableRuns(text);
    const opened = runs.find((run) => run.start > open && openerGap.test(text.slice(open + 1, run.start)));
    return opened?.end ?? text.length;
  };
}

/** The positions inside isolates (those `keep` accepts), an unclosed one read as the house closes it. */
export function arabicIsolateInteriors(text: string, keep?: (isolate: Isolate) => boolean): Coverage {
  return isolateInteriors(text, keep, unclosedIsolateEnds(text));
}
