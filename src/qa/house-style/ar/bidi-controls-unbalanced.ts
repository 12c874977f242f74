/**
 * ar-typography/bidi-controls-unbalanced — bidi controls the house does not write, or writes
 * unbalanced: an isolate opener (FSI, LRI, RLI) without its PDI, a PDI without an opener, any
 * LRM, RLM or ALM mark (including those ICU puts in Arabic percentages: 35‎%‎) and any legacy
 * embedding or override (LRE, RLE, LRO, RLO, PDF). The fix removes the marks, the legacy
 * controls and the lone PDIs, and closes an open isolate after the Latin run or spaced number it
 * opens on (⁨UNICEF إن → ⁨UNICEF⁩ إن), any other at the end of the text (isolation.ts).
 */
import type { HouseStyleRule, RuleHit } from '../rule.js';
import { PDI, isIsolateOpener } from '../text.js';
import { unclosedIsolateEnds } from './isolation.js';

const unwanted: Readonly<Record<string, string>> = {
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
};

export const bidiControlsUnbalanced: HouseStyleRule = {
  name: 'bidi-controls-unbalanced',
  defaultSeverity: 'error',
  description: 'isolates balanced; no LRM, RLM, ALM or legacy embeddings',
  check(text) {
    const hits: RuleHit[] = [];
    const open: number[] = [];
    const remove = (i: number, reason: string) => hits.push({ start: i, end: i + 1, reason, expected: '', edits: [{ start: i, end: i + 1, text: '' }] });
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i]!;
      const name = unwanted[char];
      if (name !== undefined) remove(i, `a ${name} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); the house uses isolates (FSI…PDI) only`);
      else if (isIsolateOpener(char)) open.push(i);
      else if (char === PDI && open.pop() === undefined) remove(i, 'a PDI that closes no isolate');
    }
    const closing = unclosedIsolateEnds(text);
    for (const i of open) {
      const end = closing(text, i);
      hits.push({ start: i, end: i + 1, reason: 'an isolate opened and never closed (no PDI)', edits: [{ start: end, end, text: PDI }] });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
