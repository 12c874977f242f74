/**
 * The values every locale writes from its own data alone, with no words of ours: percentages,
 * years, ranges, scores, weekdays. The language modules write the rest (`WordedValue`).
 */
import type { Quantity, TypedValue } from '../model.js';
import { exactDigits, formatNumber, formatPlain, formatQuantity, weekdayName, type LocaleFormat } from './intl.js';

export type LocaleDataValue = Extract<TypedValue, { type: 'percent' | 'year' | 'range' | 'score' | 'weekday' }>;
export type WordedValue = Exclude<TypedValue, LocaleDataValue>;

export function isLocaleDataValue(value: TypedValue): value is LocaleDataValue {
  return value.type === 'percent' || value.type === 'year' || value.type === 'range' || value.type === 'score' || value.type === 'weekday';
}

export function renderFromLocaleData(value: LocaleDataValue, format: LocaleFormat): string {
  switch (value.type) {
    case 'percent':
      // `3,5 %` in French (with the locale's no-break space), `3.5%` / `٣٫٥٪` in Arabic.
      return formatNumber(format, value.amount.value / 100, { style: 'percent', ...exactDigits(value.amount) });
    case 'year':
      return formatPlain(format, value.year);
    case 'range': {
      // `2014-2017` (years never grouped), `10-15`, `2 500-3 000`.
      const end = (amount: Quantity): string => (value.years ? formatPlain(format, amount.value) : formatQuantity(format, amount));
      return `${end(value.from)}-${end(value.to)}`;
    }
    case 'score':
      return `${formatPlain(format, value.home)}-${formatPlain(format, value.away)}`;
    case 'weekday':
      return weekdayName(format.lang, value.weekday);
  }
}

/** `23 novembre 2024`, `novembre 2023`, `23 نوفمبر`: the parts the date has, day first, the year never grouped. */
export function dayMonthYear(value: Extract<TypedValue, { type: 'date' }>, format: LocaleFormat, dayText: (day: number) => string, month: string): string {
  return [value.day === undefined ? undefined : dayText(value.day), month, value.year === undefined ? undefined : formatPlain(format, value.year)]
    .filter((part) => part !== undefined)
    .join(' ');
}
