/**
 * Values as pan-Arab agency copy writes them: digits per the house setting (`2,500` or `٢٬٥٠٠`,
 * never both in one rendering), `7.5 مليار دولار`, `40 مليون يورو`, months per the house names,
 * `14:30 بتوقيت غرينتش`. Nothing carries a bidi mark (see intl.ts).
 */
import type { ArabicMonthNames, MeasureUnit, Quantity, ScaleWord } from '../model.js';
import { exactDigits, formatNumber, formatPlain, formatQuantity, type LocaleFormat } from './intl.js';
import { dayMonthYear, type WordedValue } from './locale-data.js';

export function renderArabic(value: WordedValue, format: LocaleFormat, months: ArabicMonthNames): string {
  switch (value.type) {
    case 'number':
      return withScale(formatQuantity(format, value.amount), value.amount, value.scale);
    case 'money':
      return arabicMoney(value.amount, value.currency, value.scale, format);
    case 'measure':
      return arabicMeasure(value.amount, value.unit, format);
    case 'date':
      return dayMonthYear(value, format, (day) => formatPlain(format, day), arabicMonth(value.month, months));
    case 'time': {
      const clock = `${formatPlain(format, value.hour)}:${formatPlain(format, value.minute, 2)}`;
      return value.zone === undefined ? clock : `${clock} ${arabicZone(value.zone)}`;
    }
    case 'ordinal':
      // `الـ21` (القرن الـ21): the article written apart before the figure, as agency copy does.
      return `الـ${formatPlain(format, value.value)}`;
  }
}

/**
 * A noun's forms after a figure: singular, plural, and the accusative singular (tamyiz) where it
 * differs in writing (`15 دولارا`, `20 طنا`); scale words keep the singular there, as agency copy
 * writes `20 مليون دولار`.
 */
type Noun = readonly [singular: string, plural: string, accusative?: string];

/**
 * The form a whole figure counts with, by its last two digits, as Arabic grammar reads a figure
 * aloud: 3–10 the plural (`5 دولارات`, `103 دولارات`), 11–99 the accusative singular
 * (`15 دولارا`, `150 دولارا`), otherwise the singular (`1`, `2`, `100`, `2,500`); a decimal the singular.
 */
function counted(amount: Quantity, [singular, plural, accusative = singular]: Noun): string {
  const whole = Math.abs(amount.value);
  if (!Number.isInteger(whole)) return singular;
  const lastTwo = whole % 100;
  if (whole >= 3 && lastTwo >= 3 && lastTwo <= 10) return plural;
  return lastTwo >= 11 ? accusative : singular;
}

const scaleWords: Readonly<Record<ScaleWord, Noun>> = {
  thousand: ['ألف', 'آلاف'],
  million: ['مليون', 'ملايين'],
  billion: ['مليار', 'مليارات'],
  trillion: ['تريليون', 'تريليونات'],
};

function withScale(figure: string, amount: Quantity, scale: ScaleWord | undefined): string {
  return scale === undefined ? figure : `${figure} ${counted(amount, scaleWords[scale])}`;
}

const currencyNames: Readonly<Record<string, Noun>> = {
  USD: ['دولار', 'دولارات', 'دولارا'],
  EUR: ['يورو', 'يورو'],
  GBP: ['جنيه إسترليني', 'جنيهات إسترلينية', 'جنيها إسترلينيا'],
  JPY: ['ين', 'ينات', 'ينا'],
  CNY: ['يوان', 'يوانات', 'يوانا'],
  CHF: ['فرنك سويسري', 'فرنكات سويسرية', 'فرنكا سويسريا'],
  CAD: ['دولار كندي', 'دولارات كندية', 'دولارا كنديا'],
  AUD: ['دولار أسترالي', 'دولارات أسترالية', 'دولارا أستراليا'],
  HKD: ['دولار هونغ كونغ', 'دولارات هونغ كونغ'],
  NZD: ['دولار نيوزيلندي', 'دولارات نيوزيلندية', 'دولارا نيوزيلنديا'],
  SGD: ['دولار سنغافوري', 'دولارات سنغافورية', 'دولارا سنغافوريا'],
  // Rupees, riyals, shekels …: the name alone, as the English names them (rupees are also Pakistan's).
  INR: ['روبية', 'روبيات'],
  RUB: ['روبل', 'روبلات', 'روبلا'],
  SAR: ['ريال', 'ريالات', 'ريالا'],
  AED: ['درهم', 'دراهم', 'درهما'],
  ILS: ['شيكل', 'شيكلات', 'شيكلا'],
  NGN: ['نيرة', 'نيرات'],
  TRY: ['ليرة تركية', 'ليرات تركية'],
  EGP: ['جنيه مصري', 'جنيهات مصرية', 'جنيها مصريا'],
  KRW: ['وون', 'وونات', 'وونا'],
  BRL: ['ريال برازيلي', 'ريالات برازيلية', 'ريالا برازيليا'],
  ZAR: ['راند', 'راندات', 'راندا'],
  MXN: ['بيزو مكسيكي', 'بيزوات مكسيكية', 'بيزو مكسيكيا'],
  SEK: ['كرونة سويدية', 'كرونات سويدية'],
  NOK: ['كرونة نرويجية', 'كرونات نرويجية'],
  DKK: ['كرونة دنماركية', 'كرونات دنماركية'],
  TWD: ['دولار تايواني', 'دولارات تايوانية', 'دولارا تايوانيا'],
  IDR: ['روبية إندونيسية', 'روبيات إندونيسية'],
  PKR: ['روبية باكستانية', 'روبيات باكستانية'],
  MYR: ['رينغيت', 'رينغيت'],
  PHP: ['بيزو فلبيني', 'بيزوات فلبينية', 'بيزو فلبينيا'],
  UAH: ['هريفنيا', 'هريفنيا'],
  QAR: ['ريال قطري', 'ريالات قطرية', 'ريالا قطريا'],
  KWD: ['دينار كويتي', 'دنانير كويتية', 'دينارا كويتيا'],
  PLN: ['زلوتي', 'زلوتي'],
  THB: ['بات', 'بات'],
};

/** `500 دولار`, `5 دولارات`, `7.5 مليار دولار` (after a scale word the currency stays singular); an unnamed currency keeps its ISO code. */
function arabicMoney(amount: Quantity, currency: string, scale: ScaleWord | undefined, format: LocaleFormat): string {
  const names = currencyNames[currency];
  const noun = names === undefined ? currency : scale === undefined ? counted(amount, names) : names[0];
  return `${withScale(formatQuantity(format, amount), amount, scale)} ${noun}`;
}

/**
 * Units ECMA-402 has no data for, and those it writes as words: for one and two it writes the
 * word alone (`متر`, `متران`), and a figure the house prints would be lost. Abbreviations
 * (`كم`, `كغم`, `°م`) come from ECMA-402.
 */
const unitWords: Partial<Record<MeasureUnit, Noun>> = {
  meter: ['متر', 'أمتار', 'مترا'],
  mile: ['ميل', 'أميال', 'ميلا'],
  gram: ['غرام', 'غرامات', 'غراما'],
  liter: ['لتر', 'لترات', 'لترا'],
  hectare: ['هكتار', 'هكتارات', 'هكتارا'],
  'mile-per-hour': ['ميل في الساعة', 'أميال في الساعة', 'ميلا في الساعة'],
  tonne: ['طن', 'أطنان', 'طنا'],
  barrel: ['برميل', 'براميل', 'برميلا'],
  megawatt: ['ميغاواط', 'ميغاواط'],
  'square-kilometer': ['كيلومتر مربع', 'كيلومترات مربعة', 'كيلومترا مربعا'],
};

function arabicMeasure(amount: Quantity, unit: MeasureUnit, format: LocaleFormat): string {
  const words = unitWords[unit];
  if (words) return `${formatQuantity(format, amount)} ${counted(amount, words)}`;
  return formatNumber(format, amount.value, { style: 'unit', unit, unitDisplay: 'short', ...exactDigits(amount) });
}

// A house setting, not locale data: ar-EG and ar-SY data would disagree, and `paired` exists in neither.
const egyptianMonths = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const levantineMonths = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];

function arabicMonth(month: number, names: ArabicMonthNames): string {
  const egyptian = egyptianMonths[month - 1]!;
  const levantine = levantineMonths[month - 1]!;
  switch (names) {
    case 'egyptian':
      return egyptian;
    case 'levantine':
      return levantine;
    case 'paired':
      return `${levantine}/${egyptian}`;
  }
}

/** GMT and UTC name the same clock; Arabic copy says بتوقيت غرينتش. Other zones stay as written. */
function arabicZone(zone: string): string {
  return `بتوقيت ${/^(?:GMT|UTC)$/i.test(zone) ? 'غرينتش' : zone}`;
}
