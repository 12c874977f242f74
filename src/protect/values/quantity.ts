/**
 * Written decimal numbers and the words around them that numbers, money and measures share:
 * the pattern of a number (`2,500`, `3.50`), its guards, scale words (`million`, `bn`, `m`).
 */
import type { Quantity, ScaleWord } from '../../model.js';
import { shifted } from '../../util/quantity.js';

/**
 * `2,500` · `1,000,000.5` · `3.50` · `2014`: grouped by threes with commas, or not grouped. At
 * most 15 digits each side of the point: a longer run is an identifier, not a quantity a double holds.
 */
export const decimal = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,15})?`;
/**
 * Before a number (or its minus): not inside a word, a number, after a hyphen (`F-16`, `pre-2020`)
 * or a slash (`9/11`, `24/7`, `1/3`: a name, a phrase or a fraction, whose digits are not
 * quantities), nor right after a percent or degree sign (the `-` of `10%-15%` is no minus).
 */
export const numberStart = String.raw`(?<![\p{L}\p{N}_.,\-−/%°])`;
/**
 * Also after the hyphen of a range, for the end that carries the unit: `10-15%`, `10%-15%`,
 * `5-10km`, `5km-10km`, `20C-25C`.
 */
export const rangeEndStart = String.raw`(?:${numberStart}|(?<=[\p{L}\p{N}%°]-))`;
/** After a number: not glued to a word or a number, not part of a longer number (`3.5.1`, `1,23`) or a slashed pair (`24/7`). */
export const numberEnd = String.raw`(?![\p{L}\p{N}_]|[.,/]\d)`;
/**
 * A written minus: hyphen-minus, U+2212, or the word (`minus 3 degrees`, `fell to minus 12`), but
 * not in a margin (`plus or minus 3 points` is 3 either way) nor between two numbers (`10 minus 3`).
 */
export const minus = String.raw`(?:[-−]|(?<!\b[Pp]lus[ \u00A0]or[ \u00A0]|[Pp]lus-|\d[ \u00A0])[Mm]inus[ \u00A0])`;
/** Whether a number as written is negative: its sign or the word. */
export const isNegative = (written: string): boolean => /^(?:[-−]|minus)/iu.test(written);

/**
 * The scale words a plain number takes (`2.5 million`, `1.2bn`, Reuters' `1.2 mln`, `$3.2trn`), and the
 * Indian lakh (10^5) and crore (10^7), which are written as the short scale they equal.
 */
export const numberScale = String.raw`thousand|million|billion|trillion|bn|bln|mln|trn|tn|lakh[ \u00A0]crores?|crores?|lakhs?`;
/** Those an amount of money also takes: `$3m`, `€40m`, `$500k`. */
export const moneyScale = String.raw`${numberScale}|mn|m|b|k`;

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
  trn: 'trillion',
};

/** Indian scale words and their power of ten: they have no place in the short scale of the targets. */
const indianPowers: Readonly<Record<string, number>> = { lakh: 5, lakhs: 5, crore: 7, crores: 7, 'lakh crore': 12, 'lakh crores': 12 };

/** A written amount and its scale word, if any. */
export interface ScaledAmount {
  readonly amount: Quantity;
  readonly scale?: ScaleWord;
}

/**
 * The amount a number and its scale word state: `2.5 million` keeps its scale; `500 crore` is
 * 5 billion and `2.5 lakh` 250,000 (an Indian scale word is restated in the short scale, with
 * the digits the value needs: French and Arabic readers know neither word).
 */
export function scaledAmount(written: string, scaleWord: string | undefined): ScaledAmount {
  const amount = quantityOf(written);
  const word = scaleWord?.toLowerCase().replace(/\s+/gu, ' ');
  const power = word === undefined ? undefined : indianPowers[word];
  if (power === undefined) {
    const scale = word === undefined ? undefined : scaleOfWord[word];
    return scale === undefined ? { amount } : { amount, scale };
  }
  const magnitude = Math.abs(amount.value) * 10 ** power;
  const [scale, scalePower] = shortScaleOf(magnitude);
  const exact = shifted(amount, power - scalePower);
  const trimmed: Quantity = { value: exact.value, fractionDigits: decimalsOf(exact.value) };
  return scale === undefined ? { amount: trimmed } : { amount: trimmed, scale };
}

/** The largest short-scale word at most `magnitude`, with its power of ten. */
function shortScaleOf(magnitude: number): readonly [ScaleWord | undefined, number] {
  if (magnitude >= 1e12) return ['trillion', 12];
  if (magnitude >= 1e9) return ['billion', 9];
  return magnitude >= 1e6 ? ['million', 6] : [undefined, 0];
}

/** How many decimals a number needs to be written exactly (5.00 → 0, 12.5 → 1). */
function decimalsOf(value: number): number {
  const point = String(value).indexOf('.');
  return point < 0 ? 0 : String(value).length - point - 1;
}

/** A number as written (`2,500`, `-3.50`, `−5`, `minus 12`) as a quantity that keeps its decimals. */
export function quantityOf(written: string): Quantity {
  const plain = written.replace(/,/gu, '').replace(/^(?:−|minus[ \u00A0])/iu, '-');
  const point = plain.indexOf('.');
  return { value: Number(plain), fractionDigits: point < 0 ? 0 : plain.length - point - 1 };
}

/** A bare four-digit number a year may be: 1800–2100. */
export function isYear(written: string): boolean {
  if (!/^\d{4}$/u.test(written)) return false;
  const year = Number(written);
  return year >= 1800 && year <= 2100;
}
