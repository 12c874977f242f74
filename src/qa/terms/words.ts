/**
 * Words of a text for term matching: each with its UTF-16 range in the text, the raw spelling and
 * a language's comparison key. A language may expand one written word into several keys (French
 * `du` → `de le`): they share the written word's range.
 */
import { matchesOf } from '../../util/matches-of.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly raw: string;
  /** What forms are compared on (folded, contraction expanded). */
  readonly key: string;
  /** Written with an elision apostrophe right after it (`l’`, `d’`). */
  readonly elided: boolean;
}

/** How one target language reads words; `same` says whether a target word can be a form's word. */
export interface Morphology {
  words(text: string): Word[];
  same(target: string, form: string): boolean;
  isFunctionWord(key: string): boolean;
  /** The word, alone, names the kind of thing the form names and refers back to it (`الحزب` for `حزب الله`). */
  refersBack(target: string, formKeys: readonly string[]): boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE = /^['’‘ʼ]/u;

/** The written words of `text`, each turned into zero or more keys by `keysOf`. */
export function splitWords(text: string, keysOf: (raw: string, elided: boolean) => readonly string[]): Word[] {
  const words: Word[] = [];
  for (const match of matchesOf(WORD, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const raw = match[0].normalize('NFC');
    const elided = APOSTROPHE.test(text.slice(end, end + 1)) && /\p{L}/u.test(text.slice(end + 1, end + 2));
    for (const key of keysOf(raw, elided)) words.push({ start, end, raw, key, elided });
  }
  return words;
}
