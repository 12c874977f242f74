/**
 * Regular English plurals of a term's source forms, so `air strikes` is found as `air strike`
 * without the termbase listing it (a listed plural would also go to DeepL as a source form, paired
 * with a singular rendering). Only the last word inflects (`armed groups`, `Prime Ministers`).
 */
import { isAllCapitals } from './case-rules.js';

/**
 * Words ending in s that are not the plural of the word without it (`news` is not more than one
 * `new`), lower-cased: the last word of a form is never inflected into one of these.
 */
const NOT_PLURALS = new Set([
  'news',
  'means',
  'series',
  'species',
  'lens',
  'gas',
  'bias',
  'texas',
  'kansas',
  'arkansas',
  'paris',
  'athens',
  'wales',
  'brussels',
  'honduras',
  'caracas',
  'lagos',
  'barbados',
  'bahamas',
  'philippines',
  'netherlands',
  'seychelles',
  'maldives',
  'comoros',
  'vegas',
  'angeles',
]);

const LAST_WORD = /[\p{L}\p{M}]+$/u;

/**
 * The regular plural of a form: +s; +es after s, x, z, ch, sh; a consonant + y → ies; an
 * acronym +s (`NGOs`), none for one ending in S (`IS`). Undefined when the form does not end in
 * a word of letters, or when the plural spells a word that is no plural (`news`, `Texas`).
 * Irregular plurals (`men`, `crises`, `heroes`) are the termbase's variants to list.
 */
export function regularPlural(form: string): string | undefined {
  const match = LAST_WORD.exec(form);
  if (!match) return undefined;
  const plural = pluralOfWord(match[0]);
  if (plural === undefined || NOT_PLURALS.has(plural.toLowerCase())) return undefined;
  return form.slice(0, match.index) + plural;
}

function pluralOfWord(word: string): string | undefined {
  if (word.length < 2) return undefined;
  if (isAllCapitals(word)) return /s$/iu.test(word) ? undefined : `${word}s`;
  if (/(?:[sxz]|ch|sh)$/iu.test(word)) return `${word}es`;
  if (/[^aeiou]y$/iu.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
