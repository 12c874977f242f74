/**
 * Written decimal numbers and the words around them that numbers, money and measures share:
 * the pattern of a number (`2,500`, `3.50`), its guards, scale words (`million`, `bn`, `m`).
 */
import type { Quantity, ScaleWord } from '../../model.js';

/**
 * `2,500` · `1,000,000.5` · `3.50` · `2014`: grouped by threes with commas, or not grouped. At
 * most 15 digits each side of the point: a longer run is an identifier, not a quantity a double holds.
 */
export const decimal = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,15})?`;
/** Before a number: not inside a word, a number, or after a hyphen (`F-16`, `pre-2020`). */
export const numberStart = String.raw`(?<![\p{L}\p{N}_.,\-−])`;
/** After a number: not glued to a word or a number, not part of a longer number (`3.5.1`, `1,23`). */
export const numberEnd = String.raw`(?![\p{L}\p{N}_]|[.,]\d)`;
/** A written minus: hyphen-minus or U+2212. */
export const minus = '[-−]';

/** The scale words a plain number takes (`2.5 million`, `1.2bn`). */
export const numberScale = String.raw`thousand|million|billion|trillion|bn|tn`;
/** Those an amount of money also takes: `$3m`, `€40m`, `$500k`. */
export const moneyScale = String.raw`thousand|million|billion|trillion|bn|bln|mn|mln|tn|m|b|k`;

const scaleOfWord: Readonly<Record<string, ScaleWord>> = {
  thousand: 'thousand',
  k: 'thousand',
  million: 'million',
  m: 'million',
  mn: 'million',
  mln: 'million',
  billion: 'billion',
  b: 'billion',
  bn: 'billion',
  bln: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
};

/** The scale a written scale word stands for; `undefined` when none was written. */
export function scaleOf(word: string | undefined): ScaleWord | undefined {
  return word === undefined ? undefined : scaleOfWord[word.toLowerCase()];
}

/** A number as written (`2,500`, `-3.50`, `−5`) as a quantity that keeps its decimals. */
export function quantityOf(written: string): Quantity {
  const plain = written.replace(/,/gu, '').replace('−', '-');
  const point = plain.indexOf('.');
  return { value: Number(plain), fractionDigits: point < 0 ? 0 : plain.length - point - 1 };
}

/** A bare four-digit number a year may be: 1800–2100. */
export function isYear(written: string): boolean {
  if (!/^\d{4}$/u.test(written)) return false;
  const year = Number(written);
  return year >= 1800 && year <= 2100;
}
