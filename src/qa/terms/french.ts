/**
 * French words for term matching. Keys are folded (case, accents: `ETAT`, `Etat`, `État` alike),
 * contractions expanded (`du` → `de le`, `aux` → `a le`), articles made one (`la`, `les`, `l’` →
 * `le`), so `du groupe`, `des Brigades`, `au Hezbollah` and `l’EI` read as the article and the
 * term. Two words are the same when their stems are: plural and agreement endings (-s, -x, -e,
 * -es, -ée(s) after accents are folded, -aux/-al, a doubled final n/l/t: `irakienne` = `irakien`,
 * `armées` = `armés`) do not count.
 */
import { foldLatin } from './latin.js';
import { splitWords, type Morphology, type Word } from './words.js';

const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  du: ['de', 'le'],
  des: ['de', 'le'],
  au: ['a', 'le'],
  aux: ['a', 'le'],
  la: ['le'],
  les: ['le'],
};
const ELIDED: Readonly<Record<string, string>> = { l: 'le', d: 'de', qu: 'que', j: 'je', n: 'ne', s: 'se', c: 'ce', m: 'me', t: 'te' };
const FUNCTION_WORDS = new Set(['le', 'de', 'a', 'en', 'et', 'un', 'une', 'par', 'pour', 'sur', 'dans', 'entre', 'avec', 'que']);

export const french: Morphology = {
  words: (text: string): Word[] =>
    splitWords(text, (raw, elided) => {
      const key = foldLatin(raw);
      if (elided && ELIDED[key] !== undefined) return [ELIDED[key]];
      return CONTRACTIONS[key] ?? [key];
    }),
  same: (target, form) => target === form || stem(target) === stem(form),
  isFunctionWord: (key) => FUNCTION_WORDS.has(key),
  refersBack: () => false,
};

function stem(key: string): string {
  if (key.length <= 3) return key;
  return key
    .replace(/aux$/u, 'al')
    .replace(/[sx]$/u, '')
    .replace(/e{1,2}$/u, '')
    .replace(/([nlt])\1$/u, '$1');
}
