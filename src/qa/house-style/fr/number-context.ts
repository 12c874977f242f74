/**
 * What says a French number is not a quantity: the word before it names a reference or an
 * identifier (article 16.2, résolution 2231, n° 12345, vol 10432, code postal 13001), or a name
 * stands right before it (Windows 3.1, Web 2.0, iOS 17.2, Jean 3:16). Shared by `thousands-separator` and `decimal-separator`.
 */
import { isSpace } from '../text.js';

/** Lower-case, without a final dot. Not `compte`: "la ville compte 25000 habitants" is the verb. */
const identifierWords = new Set([
  'article', 'articles', 'art', 'alinéa', 'paragraphe', 'section', 'chapitre', 'annexe', 'titre', 'livre', 'clause', 'point',
  'résolution', 'résolutions', 'loi', 'décret', 'arrêté', 'ordonnance', 'directive', 'règlement', 'norme', 'iso', 'version', 'v',
  'tableau', 'figure', 'fig', '§', 'n°', 'nº', 'no', 'numéro', 'numéros', 'num', 'réf', 'référence', 'code', 'matricule', 'dossier',
  'vol', 'ligne', 'ticket', 'badge', 'téléphone', 'tél', 'tel', 'fax', 'bp', 'cedex', 'isbn', 'issn', 'imo', 'mmsi',
  'siren', 'siret', 'page', 'p', 'verset', 'postal', 'cp',
]);

/** The word just before `index` (separated by spaces), as written. */
function wordBefore(text: string, index: number): { word: string; start: number } | undefined {
  let end = index;
  while (end > 0 && isSpace(text[end - 1])) end -= 1;
  if (end === index) return undefined;
  let start = end;
  while (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '\n') start -= 1;
  return start === end ? undefined : { word: text.slice(start, end), start };
}

/** True when the number starting at `index` is a reference, an identifier or part of a name. */
export function isReferenceNumber(text: string, index: number): boolean {
  const before = wordBefore(text, index);
  if (before === undefined) return false;
  // « l’article », "(art." → article, art
  const bare = before.word.replace(/^[«“"(\[]+/u, '').replace(/^\p{L}{1,2}['’]/u, '').replace(/\.$/u, '').toLowerCase();
  if (identifierWords.has(bare)) return true;
  return isNameBefore(text, before);
}

/** Currency codes stand before amounts (USD 2,500), not before a name's number. */
const currencyCodes = new Set(['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'RUB', 'INR', 'BRL', 'MAD', 'DZD', 'TND', 'EGP', 'SAR', 'AED', 'QAR', 'TRY', 'XOF', 'XAF']);

/** A word with a capital that does not start a sentence stands for a name (Windows 3.1, Airbus 32000, iOS 17.2); a currency code does not. */
function isNameBefore(text: string, before: { word: string; start: number }): boolean {
  if (!/^[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*$/u.test(before.word) || currencyCodes.has(before.word)) return false;
  let i = before.start;
  while (i > 0 && isSpace(text[i - 1])) i -= 1;
  return i > 0 && !/[.!?:«“"\n]/u.test(text[i - 1]!);
}
