/** Calendar dates as wire copy writes them ("Saturday, November 23, 2024", "Nov 23"). */

export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** A date that may lack its year, as in a dateline ("March 4"). */
export interface MonthDay {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+`;
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_FIRST_DATE_LINE = new RegExp(String.raw`^(?:${WEEKDAY})?(\p{L}+)\.?\s+(\d{1,2})${ORDINAL},?\s+(\d{4})$`, 'iu');
const DAY_FIRST_DATE_LINE = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})${ORDINAL}\s+(\p{L}+)\.?,?\s+(\d{4})$`, 'iu');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH_FIRST_DAY = /^(\p{L}+)\.?\s+(\d{1,2})(?:,\s+(\d{4}))?$/u;
const DAY_FIRST_MONTH = /^(\d{1,2})\s+(\p{L}+)\.?(?:\s+(\d{4}))?$/u;

/** Pattern source for a dateline's date ("Nov 23", "March 4, 2024", "23 November"); read it with `readMonthDay`. */
export const MONTH_DAY_PATTERN = String.raw`(?:\p{L}+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?)`;

/**
 * Reads a whole line that states a date: "Saturday, November 23, 2024", "November 23, 2024",
 * "23 November 2024", "2024-11-23". Returns the date as written, possibly impossible (Feb 30):
 * check it with `isRealDate`. Undefined when the line is not shaped like a date.
 */
export function readDateLine(text: string): CalendarDate | undefined {
  const iso = readIsoDate(text);
  if (iso) return iso;
  const monthFirst = MONTH_FIRST_DATE_LINE.exec(text);
  if (monthFirst) return withMonthName(monthFirst[1]!, monthFirst[2]!, monthFirst[3]!);
  const dayFirst = DAY_FIRST_DATE_LINE.exec(text);
  if (dayFirst) return withMonthName(dayFirst[2]!, dayFirst[1]!, dayFirst[3]!);
  return undefined;
}

/** Reads `YYYY-MM-DD` (not checked against the calendar). */
export function readIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Reads a dateline's date ("Nov 23", "23 November 2024"); undefined unless the month is a month name. */
export function readMonthDay(text: string): MonthDay | undefined {
  const monthFirst = MONTH_FIRST_DAY.exec(text);
  if (monthFirst) return monthDayWithName(monthFirst[1]!, monthFirst[2]!, monthFirst[3]);
  const dayFirst = DAY_FIRST_MONTH.exec(text);
  if (dayFirst) return monthDayWithName(dayFirst[2]!, dayFirst[1]!, dayFirst[3]);
  return undefined;
}

/**
 * The years a story date may fall in: what `YYYY-MM-DD` can write (a dateline dated from a date
 * line on December 31, 9999 could otherwise reach year 10000, which no output format can hold).
 */
export const YEARS = { first: 1, last: 9999 } as const;

export function isInYearRange(date: CalendarDate): boolean {
  return date.year >= YEARS.first && date.year <= YEARS.last;
}

export function isRealDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

/** True when some year has this month and day (Feb 29 does, Feb 30 does not). */
export function isPossibleMonthDay(date: MonthDay): boolean {
  return isRealDate({ year: 2000, month: date.month, day: date.day });
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The year that puts a yearless month and day closest to a reference date, so "Dec 31" in copy
 * dated January 1 lands in the year before.
 */
export function nearestYear(date: MonthDay, reference: CalendarDate): number {
  const referenceTime = Date.UTC(reference.year, reference.month - 1, reference.day);
  const distance = (year: number): number => Math.abs(Date.UTC(year, date.month - 1, date.day) - referenceTime);
  return [reference.year - 1, reference.year + 1].reduce(
    (best, year) => (distance(year) < distance(best) ? year : best),
    reference.year,
  );
}

function withMonthName(monthName: string, day: string, year: string): CalendarDate | undefined {
  const month = MONTHS.get(monthName.toLowerCase());
  return month === undefined ? undefined : { year: Number(year), month, day: Number(day) };
}

function monthDayWithName(monthName: string, day: string, year: string | undefined): MonthDay | undefined {
  const month = MONTHS.get(monthName.toLowerCase());
  if (month === undefined) return undefined;
  return { month, day: Number(day), ...(year === undefined ? {} : { year: Number(year) }) };
}
