/**
 * Where a verbatim text (a URL, a handle, a do-not-translate term, a glossary rendering) stands in
 * a text as a whole token: not inside a longer word, number or handle (`AP` is not in `APT`, `@UN` not in `@UN_fr`, `F-16` not
 * in `F-160`). Checks count the source and the target the same way, so a domain that is also
 * part of a URL counts alike on both sides.
 */
import type { TextRange } from '../house-style/text.js';

const wordChar = /[\p{L}\p{N}\p{M}_]/u;

export function tokenOccurrences(text: string, wanted: string): TextRange[] {
  if (wanted.length === 0) return [];
  const found: TextRange[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    const joinsBefore = wordChar.test(wanted[0]!) && wordChar.test(text[at - 1] ?? '');
    const joinsAfter = wordChar.test(wanted.at(-1)!) && wordChar.test(text[end] ?? '');
    if (joinsBefore || joinsAfter) continue;
    found.push({ start: at, end });
    at = end - 1;
  }
  return found;
}
