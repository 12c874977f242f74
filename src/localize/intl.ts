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

export function formatNumber(format: LocaleFormat, value: number, options: FormatNumberOptions = {}): string {
  return withoutBidiMarks(intlFor(format.lang).formatNumber(value, { ...options, numberingSystem: format.digits }));
}

/** The quantity with exactly the fraction digits it shows: no invented or dropped precision. */
export function exactDigits(amount: Quantity): FormatNumberOptions {
  return { minimumFractionDigits: amount.fractionDigits, maximumFractionDigits: amount.fractionDigits };
}

export function formatQuantity(format: LocaleFormat, amount: Quantity): string {
  return formatNumber(format, amount.value, exactDigits(amount));
}

/** A whole number written without grouping (years, clock hours, ordinals, scores). */
export function formatPlain(format: LocaleFormat, value: number, minimumIntegerDigits = 1): string {
  return formatNumber(format, value, { useGrouping: false, minimumIntegerDigits });
}

// Calendar names come from a fixed UTC date: 2024-12-01 was a Sunday (weekday 0).
export function monthName(lang: LanguageTag, month: number): string {
  return withoutBidiMarks(intlFor(lang).formatDate(Date.UTC(2024, month - 1, 1), { month: 'long', timeZone: 'UTC' }));
}

export function weekdayName(lang: LanguageTag, weekday: number): string {
  return withoutBidiMarks(intlFor(lang).formatDate(Date.UTC(2024, 11, 1 + weekday), { weekday: 'long', timeZone: 'UTC' }));
}
