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

/** Singular and plural: Arabic counts 3 to 10 with the plural noun, other figures with the singular. */
type Noun = readonly [singular: string, plural: string];

function counted(amount: Quantity, [singular, plural]: Noun): string {
  return Number.isInteger(amount.value) && amount.value >= 3 && amount.value <= 10 ? plural : singular;
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
  USD: ['دولار', 'دولارات'],
  EUR: ['يورو', 'يورو'],
  GBP: ['جنيه إسترليني', 'جنيهات إسترلينية'],
  JPY: ['ين', 'ينات'],
  CNY: ['يوان', 'يوانات'],
  CHF: ['فرنك سويسري', 'فرنكات سويسرية'],
  CAD: ['دولار كندي', 'دولارات كندية'],
  AUD: ['دولار أسترالي', 'دولارات أسترالية'],
  HKD: ['دولار هونغ كونغ', 'دولارات هونغ كونغ'],
  NZD: ['دولار نيوزيلندي', 'دولارات نيوزيلندية'],
  SGD: ['دولار سنغافوري', 'دولارات سنغافورية'],
  // Rupees, riyals, shekels …: the name alone, as the English names them (rupees are also Pakistan's).
  INR: ['روبية', 'روبيات'],
  RUB: ['روبل', 'روبلات'],
  SAR: ['ريال', 'ريالات'],
  AED: ['درهم', 'دراهم'],
  ILS: ['شيكل', 'شيكلات'],
  NGN: ['نيرة', 'نيرات'],
  TRY: ['ليرة تركية', 'ليرات تركية'],
  EGP: ['جنيه مصري', 'جنيهات مصرية'],
  KRW: ['وون', 'وونات'],
  BRL: ['ريال برازيلي', 'ريالات برازيلية'],
  ZAR: ['راند', 'راندات'],
  MXN: ['بيزو مكسيكي', 'بيزوات مكسيكية'],
  SEK: ['كرونة سويدية', 'كرونات سويدية'],
  NOK: ['كرونة نرويجية', 'كرونات نرويجية'],
  DKK: ['كرونة دنماركية', 'كرونات دنماركية'],
};

/** `500 دولار`, `5 دولارات`, `7.5 مليار دولار` (after a scale word the currency stays singular); an unnamed currency keeps its ISO code. */
function arabicMoney(amount: Quantity, currency: string, scale: ScaleWord | undefined, format: LocaleFormat): string {
  const names = currencyNames[currency];
  const noun = names === undefined ? currency : scale === undefined ? counted(amount, names) : names[0];
  return `${withScale(formatQuantity(format, amount), amount, scale)} ${noun}`;
}

/** Units ECMA-402 has no data for, as Arabic writes them after a figure. */
const unitWords: Partial<Record<MeasureUnit, Noun>> = {
  tonne: ['طن', 'أطنان'],
  barrel: ['برميل', 'براميل'],
  megawatt: ['ميغاواط', 'ميغاواط'],
  'square-kilometer': ['كيلومتر مربع', 'كيلومترات مربعة'],
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
