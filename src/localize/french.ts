/**
 * Values as French news writes them (AFP): `2 500`, `3,5 %`, `7,5 milliards de dollars`,
 * `40 millions d’euros`, `14 h 30`, `1er décembre 2024`, `21e`. Numbers, percentages and units
 * come from the locale's data (`fr-CA` groups with U+00A0 where `fr` uses U+202F).
 */
import type { MeasureUnit, Quantity, ScaleWord } from '../model.js';
import { formatNumber, formatPlain, formatQuantity, exactDigits, monthName, type LocaleFormat } from './intl.js';
import { shifted } from '../util/quantity.js';
import { dayMonthYear, type WordedValue } from './locale-data.js';

const NBSP = '\u00A0';

export function renderFrench(value: WordedValue, format: LocaleFormat): string {
  switch (value.type) {
    case 'number': {
      const { amount, word } = inFrenchScale(value.amount, value.scale);
      return withWord(formatQuantity(format, amount), word);
    }
    case 'money':
      return frenchMoney(value.amount, value.currency, value.scale, format);
    case 'measure':
      return frenchMeasure(value.amount, value.unit, format);
    case 'date':
      return dayMonthYear(value, format, (day) => frenchDay(day, format), monthName(format.lang, value.month));
    case 'time': {
      // No-break spaces around the h keep `14 h 30` on one line (fr-typography/time-format).
      const clock = `${formatPlain(format, value.hour)}${NBSP}h${value.minute === 0 ? '' : `${NBSP}${formatPlain(format, value.minute, 2)}`}`;
      return value.zone === undefined ? clock : `${clock} ${value.zone}`;
    }
    case 'ordinal':
      // Grouped as a quantity (`1 000e jour`): an ordinal is a count, not a name like a year.
      return `${formatNumber(format, value.value)}${value.value === 1 ? 'er' : 'e'}`;
  }
}

/** The first of the month is an ordinal in French dates (`1er décembre`); other days are cardinals. */
function frenchDay(day: number, format: LocaleFormat): string {
  return day === 1 ? `${formatPlain(format, 1)}er` : formatPlain(format, day);
}

interface FrenchScaled {
  readonly amount: Quantity;
  /** `million`, `milliards` …: absent when the amount is written out in full. */
  readonly word?: string;
}

/**
 * French has no everyday word for the English `thousand` after a figure (`2,5 mille` reads oddly),
 * so thousands are written in full (`2 500`). English `trillion` (10^12) is French `billion`, but
 * a French `billion` is read as the English 10^9 by too many readers (and engines) to be safe:
 * 10^12 is written `1 000 milliards`, which nobody can misread.
 */
function inFrenchScale(amount: Quantity, scale: ScaleWord | undefined): FrenchScaled {
  switch (scale) {
    case undefined:
      return { amount };
    case 'thousand':
      return { amount: shifted(amount, 3) };
    case 'million':
      return { amount, word: frenchPlural(amount, 'million', 'millions') };
    case 'billion':
      return { amount, word: frenchPlural(amount, 'milliard', 'milliards') };
    case 'trillion': {
      const milliards = shifted(amount, 3);
      return { amount: milliards, word: frenchPlural(milliards, 'milliard', 'milliards') };
    }
  }
}

/** French puts a noun after a figure in the plural from 2 on (`1,5 million`, `2 millions`). */
function frenchPlural(amount: Quantity, singular: string, plural: string): string {
  return Math.abs(amount.value) >= 2 ? plural : singular;
}

function withWord(figure: string, word: string | undefined): string {
  return word === undefined ? figure : `${figure} ${word}`;
}

const currencyNames: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  USD: ['dollar', 'dollars'],
  EUR: ['euro', 'euros'],
  GBP: ['livre', 'livres'],
  JPY: ['yen', 'yens'],
  CNY: ['yuan', 'yuans'],
  CHF: ['franc suisse', 'francs suisses'],
  CAD: ['dollar canadien', 'dollars canadiens'],
  AUD: ['dollar australien', 'dollars australiens'],
  HKD: ['dollar de Hong Kong', 'dollars de Hong Kong'],
  NZD: ['dollar néo-zélandais', 'dollars néo-zélandais'],
  SGD: ['dollar de Singapour', 'dollars de Singapour'],
  // Rupees, riyals, shekels …: the name alone, as the English names them (rupees are also Pakistan's).
  INR: ['roupie', 'roupies'],
  RUB: ['rouble', 'roubles'],
  SAR: ['riyal', 'riyals'],
  AED: ['dirham', 'dirhams'],
  ILS: ['shekel', 'shekels'],
  NGN: ['naira', 'nairas'],
  TRY: ['livre turque', 'livres turques'],
  EGP: ['livre égyptienne', 'livres égyptiennes'],
  KRW: ['won', 'wons'],
  BRL: ['real', 'reais'],
  ZAR: ['rand', 'rands'],
  MXN: ['peso mexicain', 'pesos mexicains'],
  SEK: ['couronne suédoise', 'couronnes suédoises'],
  NOK: ['couronne norvégienne', 'couronnes norvégiennes'],
  DKK: ['couronne danoise', 'couronnes danoises'],
  TWD: ['dollar taïwanais', 'dollars taïwanais'],
  IDR: ['roupie indonésienne', 'roupies indonésiennes'],
  PKR: ['roupie pakistanaise', 'roupies pakistanaises'],
  MYR: ['ringgit', 'ringgits'],
  PHP: ['peso philippin', 'pesos philippins'],
  UAH: ['hryvnia', 'hryvnias'],
  QAR: ['riyal qatari', 'riyals qataris'],
  KWD: ['dinar koweïtien', 'dinars koweïtiens'],
  PLN: ['zloty', 'zlotys'],
  THB: ['baht', 'bahts'],
};

/** `500 dollars`, `7,5 milliards de dollars`, `40 millions d’euros`; a currency without a French name keeps its ISO code. */
function frenchMoney(amount: Quantity, currency: string, scale: ScaleWord | undefined, format: LocaleFormat): string {
  const scaled = inFrenchScale(amount, scale);
  const names = currencyNames[currency];
  if (scaled.word === undefined) {
    return `${formatQuantity(format, scaled.amount)} ${names ? frenchPlural(scaled.amount, ...names) : currency}`;
  }
  // After a scale word the currency is a complement: `de dollars`, elided before a vowel (`d’euros`),
  // not before the consonant y of `yens`, `yuans`.
  const noun = names ? names[1] : currency;
  const of = /^[aeiouéèêâîôû]/i.test(noun) ? 'd’' : 'de ';
  return `${formatQuantity(format, scaled.amount)} ${scaled.word} ${of}${noun}`;
}

/**
 * Units ECMA-402 has no data for, and those news copy writes in full where ECMA-402 abbreviates
 * (`300 litres`, `5 000 hectares`, `30 miles`: `l`, `ha` and `mi` are for tables), after a figure.
 */
const unitWords: Partial<Record<MeasureUnit, readonly [singular: string, plural: string]>> = {
  tonne: ['tonne', 'tonnes'],
  liter: ['litre', 'litres'],
  hectare: ['hectare', 'hectares'],
  mile: ['mile', 'miles'],
  'mile-per-hour': ['mile à l’heure', 'miles à l’heure'],
  barrel: ['baril', 'barils'],
  megawatt: ['MW', 'MW'],
  'square-kilometer': ['km²', 'km²'],
};

function frenchMeasure(amount: Quantity, unit: MeasureUnit, format: LocaleFormat): string {
  const words = unitWords[unit];
  if (words) return `${formatQuantity(format, amount)}${NBSP}${frenchPlural(amount, ...words)}`;
  return formatNumber(format, amount.value, { style: 'unit', unit, unitDisplay: 'short', ...exactDigits(amount) });
}
