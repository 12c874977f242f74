import { renderValue } from '../localize/index.js';
import { intlFor } from '../localize/intl.js';
import type { LanguageTag, ValueStyle } from '../model.js';
import { baseLanguage } from '../util/language-tag.js';

/**
 * Locale formatting of what renderers print beyond the segments (the dateline's date): French and
 * Arabic through the value renderer (`localize/`, house month names and digits), other languages
 * by their locale data. Stages receive it as a service, so tests can swap it.
 */
export interface Formatter {
  /** A calendar date (`YYYY-MM-DD`) written out in full, as a date line: "samedi 23 novembre 2024". */
  formatLongDate(isoDate: string, lang: LanguageTag, style: ValueStyle): string;
  /** Whether there is locale data to format values for `lang` (`fr-CA`: yes; `xx`: no). */
  hasLocaleData(lang: LanguageTag): boolean;
}

export function createFormatter(): Formatter {
  return {
    formatLongDate(isoDate, lang, style) {
      // Midnight UTC read in UTC: the calendar date never shifts with the machine's time zone.
      const day = new Date(`${isoDate}T00:00:00Z`);
      const date = renderValue({ type: 'date', year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }, lang, style);
      const weekday = renderValue({ type: 'weekday', weekday: day.getUTCDay() }, lang, style);
      if (date !== undefined && weekday !== undefined) return `${weekday}${weekdaySeparator(lang)} ${date}`;
      return intlFor(lang).formatDate(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    },
    hasLocaleData(lang) {
      // What @formatjs/intl checks before it falls back to the default locale.
      return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
    },
  };
}

/** Arabic sets the day's name off with a comma (السبت، 23 …), as its locale data does; French does not (samedi 23 …). */
function weekdaySeparator(lang: LanguageTag): string {
  return baseLanguage(lang) === 'ar' ? '،' : '';
}
