import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { LanguageTag } from '../model.js';

/**
 * Locale formatting of the values renderers print (dates now; numbers later), over
 * @formatjs/intl with one cached `intl` object per locale. Stages receive it as a service,
 * so tests can swap it.
 */
export interface Formatter {
  /** A calendar date (`YYYY-MM-DD`) written out in full, as a date line: "samedi 23 novembre 2024". */
  formatLongDate(isoDate: string, lang: LanguageTag): string;
  /** Whether there is locale data to format values for `lang` (`fr-CA`: yes; `xx`: no). */
  hasLocaleData(lang: LanguageTag): boolean;
}

export function createFormatter(): Formatter {
  const cache = createIntlCache();
  const intls = new Map<LanguageTag, IntlShape>();
  const intlFor = (lang: LanguageTag): IntlShape => {
    let intl = intls.get(lang);
    if (!intl) {
      intl = createIntl({ locale: lang, defaultLocale: 'en', onError: reportFormatError }, cache);
      intls.set(lang, intl);
    }
    return intl;
  };
  return {
    formatLongDate(isoDate, lang) {
      // Midnight UTC formatted in UTC: the calendar date never shifts with the machine's time zone.
      return intlFor(lang).formatDate(new Date(`${isoDate}T00:00:00Z`), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    },
    hasLocaleData(lang) {
      // What @formatjs/intl checks before it falls back to the default locale.
      return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
    },
  };
}

function reportFormatError(error: Error): void {
  // @formatjs/intl reports missing locale data by callback and falls back to the default locale;
  // a formatting problem must not pass silently.
  throw error;
}
