/** Finding a glossary form among a target's words, whole or in part. */
import type { Morphology, Word } from './words.js';

/** Where a form was found: UTF-16 range in the target, and the index of its first word. */
export interface FormMatch {
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
}

/** At most this many words may stand inside a form (`groupe jihadiste État islamique`, `et le mouvement islamiste Hamas`). */
const MAX_INSERTED = 2;

/** The first place `formKeys` occurs in `words`, each word by `same`, with at most two words inserted. */
export function findForm(formKeys: readonly string[], words: readonly Word[], same: Morphology['same']): FormMatch | undefined {
  if (formKeys.length === 0) return undefined;
  for (let first = 0; first < words.length; first++) {
    const last = matchFrom(formKeys, words, first, same);
    if (last !== undefined) return { start: words[first]!.start, end: words[last]!.end, firstWord: first };
  }
  return undefined;
}

function matchFrom(formKeys: readonly string[], words: readonly Word[], first: number, same: Morphology['same']): number | undefined {
  let at = first;
  let inserted = 0;
  for (const [index, key] of formKeys.entries()) {
    while (at < words.length && index > 0 && !same(words[at]!.key, key) && inserted < MAX_INSERTED) {
      inserted += 1;
      at += 1;
    }
    if (at >= words.length || !same(words[at]!.key, key)) return undefined;
    at += 1;
  }
  return at - 1;
}

/** Part of a form: how many of its content words were found close together, and where. */
export interface PartialMatch {
  readonly found: number;
  readonly of: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The form's content words (not articles or prepositions) found close together in the target:
 * within a window as wide as the form plus two words, starting at one of them; the window with
 * most of them. Undefined unless the form has two or more content words and at least half are
 * there: `Résistance islamique` for `Résistance islamique en Irak`, `coalition dirigée par les
 * États-Unis` for `coalition menée par les États-Unis`. A lone word that only refers back to the
 * term (`الحزب`, the party, for `حزب الله`) is no part of it.
 */
export function findPartialForm(formKeys: readonly string[], words: readonly Word[], morphology: Morphology): PartialMatch | undefined {
  const content = [...new Set(formKeys.filter((key) => !morphology.isFunctionWord(key)))];
  if (content.length < 2) return undefined;
  const width = formKeys.length + 2;
  let best: PartialMatch | undefined;
  for (let first = 0; first < words.length; first++) {
    if (!content.some((key) => morphology.same(words[first]!.key, key))) continue;
    const window = words.slice(first, first + width);
    const found = content.map((key) => window.findIndex((word) => morphology.same(word.key, key))).filter((index) => index >= 0);
    if (found.length === 1 && morphology.refersBack(words[first]!.key, formKeys)) continue;
    if (best === undefined || found.length > best.found) {
      best = { found: found.length, of: content.length, start: words[first]!.start, end: window[Math.max(...found)]!.end };
    }
  }
  return best !== undefined && best.found * 2 >= best.of ? best : undefined;
}
