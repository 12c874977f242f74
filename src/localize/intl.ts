/**
 * The locale data values are rendered with: @formatjs/intl, one cached `intl` object per locale.
 * Every string leaves here without bidi marks: ICU writes LRM/RLM/ALM into Arabic percent, unit
 * and negative formats, and the house style forbids them (a rendering is placed by the text
 * around it, isolated when needed, never by invisible marks).
 */
import { createIntl, createIntlCache, type FormatNumberOptions, type IntlShape } from '@formatjs/intl';
import type { DigitSet, LanguageTag, Quantity } from '../model.js';

/** Formats numbers and names for one locale in one digit set (the house's, not the region's: ar-EG would default to ٠–٩). */
export interface LocaleFormat {
  readonly lang: LanguageTag;
  readonly digits: DigitSet;
}

const cache = createIntlCache();
const intls = new Map<LanguageTag, IntlShape>();

/** The one cached `intl` of `lang` (the renderers' long dates use it too). */
export function intlFor(lang: LanguageTag): IntlShape {
  let intl = intls.get(lang);
  if (!intl) {
    intl = createIntl({ locale: lang, defaultLocale: 'en', onError: reportFormatError }, cache);
    intls.set(lang, intl);
  }
  return intl;
}

function reportFormatError(error: Error): void {
  // @formatjs/intl falls back to the default locale on missing data; a wrong-language value must not pass silently.
  throw error;
}

const bidiMarks = /[\u200E\u200F\u061C]/g;

export function withoutBidiMarks(text: string): string {
  return text.replace(bidiMarks, '');
}

/** The number options the renderers use; each is part of a formatter's cache key (`numberFormatKey`). */
export interface NumberOptions {
  readonly style?: 'percent' | 'unit';
  readonly unit?: string;
  readonly unitDisplay?: 'short';
  readonly useGrouping?: boolean;
  readonly minimumIntegerDigits?: number;
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
}

/**
 * Number formatters per locale, digit set and options. @formatjs/intl memoizes its own by
 * JSON-serializing the options on every call, which cost more than formatting: one
 * `Intl.NumberFormat` per key here, made by the locale's `intl` (so missing locale data still throws).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormatKey(format: LocaleFormat, options: NumberOptions): string {
  const { style, unit, unitDisplay, useGrouping, minimumIntegerDigits, minimumFractionDigits, maximumFractionDigits } = options;
  return `${format.lang}|${format.digits}|${style}|${unit}|${unitDisplay}|${useGrouping}|${minimumIntegerDigits}|${minimumFractionDigits}|${maximumFractionDigits}`;
}

export function formatNumber(format: LocaleFormat, value: number, options: NumberOptions = {}): string {
  const key = numberFormatKey(format, options);
  let formatter = numberFormats.get(key);
  if (!formatter) {
    const intl = intlFor(format.lang);
    formatter = intl.formatters.getNumberFormat(intl.locale, { ...options, numberingSystem: format.digits } as FormatNumberOptions);
    numberFormats.set(key, formatter);
  }
  return withoutBidiMarks(formatter.format(value));
}

/** The quantity with exactly the fraction digits it shows: no invented or dropped precision. */
export function exactDigits(amount: Quantity): NumberOptions {
  return { minimumFractionDigits: amount.fractionDigits, maximumFractionDigits: amount.fractionDigits };
}

export function formatQuantity(format: LocaleFormat, amount: Quantity): string {
  return formatNumber(format, amount.value, exactDigits(amount));
}

/** A whole number written without grouping (years, clock hours, ordinals, scores). */
export function formatPlain(format: LocaleFormat, value: number, minimumIntegerDigits = 1): string {
  return formatNumber(format, value, { useGrouping: false, minimumIntegerDigits });
}

/** Calendar names per locale, made once (formatting a date per value cost more than the rest of its rendering). */
const calendarNames = new Map<string, string>();

function calendarName(lang: LanguageTag, field: 'month' | 'weekday', index: number, make: () => string): string {
  const key = `${lang}|${field}|${index}`;
  let name = calendarNames.get(key);
  if (name === undefined) {
    name = withoutBidiMarks(make());
    calendarNames.set(key, name);
  }
  return name;
}

// Calendar names come from a fixed UTC date: 2024-12-01 was a Sunday (weekday 0).
export function monthName(lang: LanguageTag, month: number): string {
  return calendarName(lang, 'month', month, () => intlFor(lang).formatDate(Date.UTC(2024, month - 1, 1), { month: 'long', timeZone: 'UTC' }));
}

export function weekdayName(lang: LanguageTag, weekday: number): string {
  return calendarName(lang, 'weekday', weekday, () => intlFor(lang).formatDate(Date.UTC(2024, 11, 1 + weekday), { weekday: 'long', timeZone: 'UTC' }));
}
