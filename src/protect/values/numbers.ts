/**
 * Quantities: money, percentages, measures, ranges and scores, ordinals, years and plain numbers,
 * most specific first (`$2.5 billion` is money before `2.5 billion` is a number).
 */
import type { MeasureUnit, TypedValue } from '../../model.js';
import { decimal, isNegative, isYear, minus, moneyScale, numberEnd, numberScale, numberStart, quantityOf, rangeEndStart, scaledAmount } from './quantity.js';
import { type Recogniser, valueSpan } from './recogniser.js';

/** Currency signs written before an amount, and the ISO 4217 code each stands for. */
const currencySigns: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₱': 'PHP',
  '₦': 'NGN',
  '₴': 'UAH',
  Rs: 'INR',
  'Rs.': 'INR',
  Rp: 'IDR',
  NT$: 'TWD',
};
const currencyCodes = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'HKD', 'SGD', 'NZD', 'KRW', 'TRY', 'MXN', 'SAR', 'AED', 'EGP', 'NGN', 'PKR', 'IDR', 'MYR', 'PHP', 'UAH', 'TWD', 'QAR', 'KWD', 'ILS', 'PLN', 'THB'];
const codes = Object.fromEntries(currencyCodes.map((code) => [code, code]));
const currencyBefore: Readonly<Record<string, string>> = { ...currencySigns, ...codes };
/** Currency names written after an amount (`300 euros`, `5 million dollars`). Not "pounds": a weight too. */
const currencyAfter: Readonly<Record<string, string>> = {
  ...codes,
  dollars: 'USD',
  dollar: 'USD',
  'US dollars': 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rupees: 'INR',
  roubles: 'RUB',
  rubles: 'RUB',
  'Swiss francs': 'CHF',
  riyals: 'SAR',
  dirhams: 'AED',
  shekels: 'ILS',
  naira: 'NGN',
  rupiah: 'IDR',
  ringgit: 'MYR',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  baht: 'THB',
  zlotys: 'PLN',
  '€': 'EUR',
  '£': 'GBP',
};

/** Longest first, so that an alternation prefers `US$` to `$` and `US dollars` to `dollars`. */
const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[$.]/gu, '\\$&'))
    .join('|');

/**
 * `$2.5 billion`, `€40m`, `USD 300`, `a $2-billion plan`, `a Rs 2,000-crore project`; `5 million euros`, the end of a range too (`5-6 million euros`:
 * `5` is a number). A sign's amount that opens a range (`$2-3 billion`) is no amount alone: the
 * range is the value, its scale and currency words to translate.
 */
const money: Recogniser = {
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_$])(?<sign>${alternation(Object.keys(currencyBefore))})\s?(?<amount>${decimal})(?:[\s-]?(?<scale>${moneyScale})(?![\p{L}\p{N}_]))?${numberEnd}(?![-–]\d)` +
      String.raw`|${rangeEndStart}(?<amountFirst>${decimal})(?:[\s-]?(?<scaleFirst>${moneyScale}))?\s?(?<name>${alternation(Object.keys(currencyAfter))})(?![\p{L}\p{N}_])`,
    'gu',
  ),
  toSpan: (match) => {
    const { sign, amount, scale, amountFirst, scaleFirst, name } = match.groups!;
    const currency = sign !== undefined ? currencyBefore[sign] : currencyAfter[name!];
    const value: TypedValue = { type: 'money', ...scaledAmount((amount ?? amountFirst)!, scale ?? scaleFirst), currency: currency! };
    return valueSpan(match.index, match[0], value);
  },
};

/**
 * `3.5%`, `42 percent`, `42 per cent`, Reuters' `0.4 pct`; the end of a range too (`10-15%`: `10`
 * is a number). `0.5 pct point` is a number of percentage points, not a percentage.
 */
const percent: Recogniser = {
  pattern: new RegExp(
    String.raw`${rangeEndStart}(?<amount>${minus}?${decimal})(?:\s?%|\s(?:percent|per cent|pct)(?![\p{L}\p{N}_])(?![ \u00A0]points?(?![\p{L}\p{N}_])))`,
    'gu',
  ),
  toSpan: (match) => valueSpan(match.index, match[0], { type: 'percent', amount: quantityOf(match.groups!.amount!) }),
};

/** Unit words and abbreviations, as written after a number. */
const unitOfWord: Readonly<Record<string, MeasureUnit>> = {
  km: 'kilometer',
  kilometres: 'kilometer',
  kilometers: 'kilometer',
  kilometre: 'kilometer',
  kilometer: 'kilometer',
  m: 'meter',
  metres: 'meter',
  meters: 'meter',
  metre: 'meter',
  meter: 'meter',
  cm: 'centimeter',
  centimetres: 'centimeter',
  centimeters: 'centimeter',
  mm: 'millimeter',
  millimetres: 'millimeter',
  millimeters: 'millimeter',
  miles: 'mile',
  mile: 'mile',
  kg: 'kilogram',
  kilograms: 'kilogram',
  kilogram: 'kilogram',
  kilos: 'kilogram',
  g: 'gram',
  grams: 'gram',
  gram: 'gram',
  tonnes: 'tonne',
  tonne: 'tonne',
  tons: 'tonne',
  litres: 'liter',
  liters: 'liter',
  litre: 'liter',
  liter: 'liter',
  '°C': 'celsius',
  'degrees Celsius': 'celsius',
  'degrees C': 'celsius',
  C: 'celsius',
  '°F': 'fahrenheit',
  'degrees Fahrenheit': 'fahrenheit',
  'degrees F': 'fahrenheit',
  F: 'fahrenheit',
  ha: 'hectare',
  hectares: 'hectare',
  hectare: 'hectare',
  'km²': 'square-kilometer',
  km2: 'square-kilometer',
  'sq km': 'square-kilometer',
  'square kilometres': 'square-kilometer',
  'square kilometers': 'square-kilometer',
  'km/h': 'kilometer-per-hour',
  kph: 'kilometer-per-hour',
  'kilometres per hour': 'kilometer-per-hour',
  'kilometers per hour': 'kilometer-per-hour',
  mph: 'mile-per-hour',
  'miles per hour': 'mile-per-hour',
  MW: 'megawatt',
  megawatts: 'megawatt',
  megawatt: 'megawatt',
  barrels: 'barrel',
  barrel: 'barrel',
};

/** The unit words, longest first, as an alternation: also what a date's day is not followed by (`March 20 km`). */
export const unitAlternation = alternation(Object.keys(unitOfWord));

/** `5km`, `-5C`, `40 kg`, `150 km/h`, `a 1,500-km pipeline`; the end of a range too (`5-10km`: `5` is a number). */
const measure: Recogniser = {
  pattern: new RegExp(
    String.raw`${rangeEndStart}(?<amount>${minus}?${decimal})(?<space>\s?|-)(?<unit>${unitAlternation})(?![\p{L}\p{N}_])`,
    'gu',
  ),
  toSpan: (match, sentence) => {
    const { amount, space, unit } = match.groups!;
    // A bare C or F is a temperature only glued to a number, and only when it is negative or the
    // sentence speaks of the weather: "5C" is also a grade, a class, a vitamin.
    if ((unit === 'C' || unit === 'F') && (space !== '' || !(isNegative(amount!) || sentence.aboutWeather()))) return undefined;
    // A hyphen makes an adjective of a unit word (`a 1,500-km pipeline`), not of a letter (`5-C`).
    if (space === '-' && unit!.length < 2) return undefined;
    // A glued m before a word is a million as often as a metre ("1.5m people", "a 3m wall"): neither is sure.
    if (unit === 'm' && space === '' && /^\s+\p{L}/u.test(sentence.text.slice(match.index + match[0].length))) return undefined;
    return valueSpan(match.index, match[0], { type: 'measure', amount: quantityOf(amount!), unit: unitOfWord[unit!]! });
  },
};

/** `2014-2017`, `2014–17`, `10-15`; `3-1` is a score when the sentence speaks of a match. */
const rangeOrScore: Recogniser = {
  pattern: new RegExp(String.raw`${numberStart}(?<from>${decimal})[-–](?<to>${decimal})(?![\p{L}\p{N}_%°]|[.,/]\d|[-–]\d)`, 'gu'),
  toSpan: (match, sentence) => {
    const { from, to } = match.groups!;
    const toYear = isYear(from!) && /^\d{2}$/u.test(to!) ? yearAfter(Number(from), Number(to)) : to!;
    if (isYear(from!) && isYear(toYear)) {
      return valueSpan(match.index, match[0], { type: 'range', from: quantityOf(from!), to: quantityOf(toYear), years: true });
    }
    if (/^\d{1,3}$/u.test(from!) && /^\d{1,3}$/u.test(to!) && sentence.aboutSport()) {
      return valueSpan(match.index, match[0], { type: 'score', home: Number(from), away: Number(to) });
    }
    return valueSpan(match.index, match[0], { type: 'range', from: quantityOf(from!), to: quantityOf(to!), years: false });
  },
};

/** The year a two-digit end stands for after `from`: 2014–17 → 2017, 1999–00 → 2000. */
function yearAfter(from: number, twoDigits: number): string {
  const sameCentury = from - (from % 100) + twoDigits;
  return String(sameCentury > from ? sameCentury : sameCentury + 100);
}

/** `21st`, `1,000th`. */
const ordinal: Recogniser = {
  pattern: new RegExp(String.raw`${numberStart}(?<amount>\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)(?![\p{L}\p{N}_])`, 'gu'),
  toSpan: (match) => valueSpan(match.index, match[0], { type: 'ordinal', value: quantityOf(match.groups!.amount!).value }),
};

/** `2,500`, `3.50`, `-5`, `2.5 million`, `1.2bn`, `a 2-million-strong force`; a bare 1800–2100 is a year. */
const numberOrYear: Recogniser = {
  pattern: new RegExp(String.raw`${numberStart}(?<amount>${minus}?${decimal})(?:[\s-]?(?<scale>${numberScale})(?![\p{L}\p{N}_]))?${numberEnd}`, 'gu'),
  toSpan: (match) => {
    const { amount, scale } = match.groups!;
    if (scale === undefined && isYear(amount!)) return valueSpan(match.index, match[0], { type: 'year', year: Number(amount) });
    return valueSpan(match.index, match[0], { type: 'number', ...scaledAmount(amount!, scale) });
  },
};

export const quantityRecognisers: readonly Recogniser[] = [money, percent, measure, rangeOrScore, ordinal, numberOrYear];
