/**
 * Which values an ICU message may carry as arguments: those ICU writes exactly as the house does.
 * Each candidate is formatted with `Intl` as intl-messageformat would format its argument (the
 * options the skeleton or style means) and kept only when that equals the published text, so an
 * ICU bundle never reads differently from the plain one. Money, times, ordinals, ranges,
 * measures, weekdays and partial dates always stay text (they carry our words or layout).
 */
import { baseLanguage } from '../../util/language-tag.js';
import type { LanguageTag, TypedValue, ValueStyle } from '../../model.js';

/** An argument of an ICU message: a number with its skeleton, or a date (epoch ms) in the `long` style. */
export type IcuArgument =
  | { readonly kind: 'number'; readonly skeleton: string; readonly value: number }
  | { readonly kind: 'date'; readonly value: number };

/**
 * The locale i18next must render the messages in: the language, and for Arabic the house digits
 * (`ar-u-nu-latn`, `ar-u-nu-arab`), so the check here and the reader's rendering agree.
 */
export function icuLocale(lang: LanguageTag, style: ValueStyle): string {
  return baseLanguage(lang) === 'ar' ? new Intl.Locale(lang, { numberingSystem: style.digits }).toString() : lang;
}

/** The argument rendering `value` in `locale` exactly as `text`; undefined when ICU would write it otherwise (or cannot). */
export function icuArgument(value: TypedValue, text: string, locale: string): IcuArgument | undefined {
  const candidate = candidateOf(value);
  if (candidate === undefined) return undefined;
  const written =
    'date' in candidate
      ? new Intl.DateTimeFormat(locale, candidate.date).format(candidate.argument.value)
      : new Intl.NumberFormat(locale, candidate.number).format(candidate.argument.value);
  return written === text ? candidate.argument : undefined;
}

type Candidate =
  | { readonly argument: IcuArgument & { kind: 'number' }; readonly number: Intl.NumberFormatOptions }
  | { readonly argument: IcuArgument & { kind: 'date' }; readonly date: Intl.DateTimeFormatOptions };

/** intl-messageformat's `long` date style; at noon UTC, so the reader's time zone (UTC−11 to UTC+11) keeps the day. */
const longDate: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };

function candidateOf(value: TypedValue): Candidate | undefined {
  switch (value.type) {
    case 'number':
      if (value.scale !== undefined) return undefined;
      return number(value.amount.value, value.amount.fractionDigits, undefined);
    case 'percent':
      // ICU's percent multiplies by 100, as Intl does.
      return number(value.amount.value / 100, value.amount.fractionDigits, 'percent');
    case 'year':
      return { argument: { kind: 'number', skeleton: 'group-off', value: value.year }, number: { useGrouping: false } };
    case 'date':
      if (value.day === undefined || value.year === undefined) return undefined;
      return { argument: { kind: 'date', value: Date.UTC(value.year, value.month - 1, value.day, 12) }, date: longDate };
    default:
      return undefined;
  }
}

/** `precision-integer` or `.00`: exactly the fraction digits the source shows (the stems intl-messageformat 11 reads). */
function number(value: number, fractionDigits: number, style: 'percent' | undefined): Candidate {
  const precision = fractionDigits === 0 ? 'precision-integer' : `.${'0'.repeat(fractionDigits)}`;
  const digits: Intl.NumberFormatOptions =
    fractionDigits === 0 ? { maximumFractionDigits: 0 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return {
    argument: { kind: 'number', skeleton: style === undefined ? precision : `${style} ${precision}`, value },
    number: { ...(style === undefined ? {} : { style }), ...digits },
  };
}
