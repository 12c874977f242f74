/**
 * Dates, weekdays and times of day. A month name is a date only with a day or a year next to it:
 * "May I", "the March on Rome" and "in May" are words; `May` and `March` are dates only as dates
 * are written (`ambiguousMonthIsDate`): "Theresa May 10 years ago" and "May 10 people" are not.
 */
import type { ProtectedSpan } from '../../model.js';
import { unitAlternation } from './numbers.js';
import { isYear, numberScale } from './quantity.js';
import { type Recogniser, valueSpan } from './recogniser.js';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthAbbreviations = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Written month (full name, or abbreviation with or without its full stop) → 1–12. */
const monthOfWord: Readonly<Record<string, number>> = Object.fromEntries([
  ...monthNames.map((name, i) => [name, i + 1] as const),
  ...monthAbbreviations.map((short) => [short, monthNames.findIndex((name) => name.startsWith(short.slice(0, 3))) + 1] as const),
]);
const longestFirst = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
// Only an abbreviation takes a full stop: after "November" it is the sentence's.
const month = (name: string): string => String.raw`(?<${name}>${longestFirst(monthNames)}|(?:${longestFirst(monthAbbreviations)})\.?)`;
const day = (name: string): string => String.raw`(?<${name}>\d{1,2})(?:st|nd|rd|th)?`;
const year = (name: string): string => String.raw`(?<${name}>\d{4})`;
/** After a day or a year: not glued to more, not the start of a range (`Dec. 1-3` is no single date). */
const free = String.raw`(?![\p{L}\p{N}_]|[.,:]\d|[-–]\d)`;
const gap = String.raw`[ \u00A0]`;

/**
 * Month day-year: `December 1`, `Dec. 1st`, `December 1, 2024`; day-month-year: `1 December 2024`,
 * `the 31st of March` (the `of` only after an ordinal day); month-year: `November 2023`.
 */
const date: Recogniser = {
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_.,])(?:${month('month')}${gap}(?:${day('day')}${free}(?:,?${gap}${year('year')}${free})?|${year('yearAlone')}${free})` +
      String.raw`|(?<dayFirst>\d{1,2})(?:(?:st|nd|rd|th)(?:${gap}of)?)?${gap}${month('monthLast')}(?![\p{L}\p{N}_])(?:,?${gap}${year('yearLast')}${free})?)`,
    'gu',
  ),
  toSpan: (match, sentence) => {
    const groups = match.groups!;
    const monthNumber = monthOfWord[(groups.month ?? groups.monthLast)!.replace('.', '')]!;
    const dayWritten = groups.day ?? groups.dayFirst;
    const yearWritten = groups.year ?? groups.yearAlone ?? groups.yearLast;
    const dayNumber = dayWritten === undefined ? undefined : Number(dayWritten);
    if (dayNumber !== undefined && (dayNumber < 1 || dayNumber > daysIn[monthNumber - 1]!)) return undefined;
    if (groups.month !== undefined && groups.year === undefined && !ambiguousMonthIsDate(match, sentence.text)) return undefined;
    if (yearWritten !== undefined && !isYear(yearWritten)) {
      if (dayNumber === undefined) return undefined;
      // "March 3, 2500 people": the date ends at its day.
      const written = match[0].slice(0, match[0].lastIndexOf(yearWritten)).replace(/,?[ \u00A0]$/u, '');
      return valueSpan(match.index, written, { type: 'date', month: monthNumber, day: dayNumber });
    }
    return valueSpan(match.index, withoutSentenceStop(match, sentence.text), {
      type: 'date',
      month: monthNumber,
      ...(dayNumber !== undefined && { day: dayNumber }),
      ...(yearWritten !== undefined && { year: Number(yearWritten) }),
    });
  },
};
const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Month names that are also common English words: `Theresa May`, `May 10 people` (a modal), `March 20 km`. */
const ambiguousMonths = new Set(['May', 'March']);
/** What makes a month name a date before it: a preposition, an article, a weekday, a dateline's comma. */
const dateBefore = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Bb]etween|[Tt]hrough|[Oo]f|[Ii]n|[Aa]nd|[Oo]r|[Aa]s of|[Aa]round|[Tt]he|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Dd]ated|${weekdays.join('|')})[ \u00A0]|[,(][ \u00A0]?)$`,
  'u',
);
/** A capitalised word before it makes it a name (`Theresa May`, `Women’s March`, `Long March 5`). */
const nameBefore = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}’'.-]*[ \u00A0]$/u;
/** Nouns a number counts in wire copy (`May 10 years ago`, `May 10 people`), singular and plural. */
const countedNouns = ['years?', 'months?', 'weeks?', 'days?', 'hours?', 'minutes?', 'seconds?', 'decades?', 'centuries', 'times', 'people', 'persons', 'men', 'women', 'children', 'soldiers', 'troops', 'civilians', 'others', 'more', 'percent', 'per cent', 'points', 'votes', 'seats', 'members', 'countries'];
/** What a count is of, after the number: `May 10 years ago`, `May 10 people`, `March 20 km`. */
const countedAfter = new RegExp(
  String.raw`^[ \u00A0-](?:${countedNouns.join('|')}|${unitAlternation}|${numberScale})(?![\p{L}\p{N}_])`,
  'u',
);

/**
 * Whether `May 10`, `March 2022` (an ambiguous month with no year after a day) is a date: when a
 * preposition, article, weekday or comma comes before it, yes; after a name (`Theresa May 10 years
 * ago`) no; before a counted noun or a unit (`May 10 people`, `March 20 km`) no. Other months are
 * dates as written. Only a short window around the match is read (linear in the text).
 */
function ambiguousMonthIsDate(match: RegExpExecArray, text: string): boolean {
  if (!ambiguousMonths.has(match.groups!.month!)) return true;
  const before = text.slice(Math.max(0, match.index - 16), match.index);
  if (dateBefore.test(before)) return true;
  if (nameBefore.test(before)) return false;
  return !countedAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40));
}

/** Words that make a weekday part of a name: `Good Friday`, `Super Tuesday`, `The Mail on Sunday`. */
const namingBefore = ['Good', 'Black', 'Bloody', 'Super', 'Ash', 'Easter', 'Palm', 'Holy', 'Cyber', 'Maundy', 'Shrove', 'Giving', 'Mail on'];
/** …and after it: newspapers and shows (`The Sunday Times`, `Saturday Night Live`). */
const namingAfter = ['Times', 'Telegraph', 'Mirror', 'Express', 'Post', 'Herald', 'Mail', 'Sport', 'People', 'Night Live', 'Night Football'];
/** A weekday, not inside a name (`Good Friday`, `The Sunday Times` are the names' words to translate). */
const weekday: Recogniser = {
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_])(?<!(?:${namingBefore.join('|')})[ \u00A0])(?:${weekdays.join('|')})(?![\p{L}\p{N}_])(?![ \u00A0](?:${namingAfter.join('|')})(?![\p{L}\p{N}_]))`,
    'gu',
  ),
  toSpan: (match) => valueSpan(match.index, match[0], { type: 'weekday', weekday: weekdays.indexOf(match[0]) }),
};

/** `pm`, `p.m.`, `PM`, `am` … */
const meridiem = (name: string): string => String.raw`(?<${name}>[aApP]\.[mM]\.|[aApP][mM](?![\p{L}\p{N}_]))`;
/** Time zones as agencies write them after a time, with an offset (`GMT+1`). */
const zoneNames = 'GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|WET|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK';
const zone = (name: string): string => String.raw`(?<${name}>(?:${zoneNames})(?:[+-]\d{1,2})?)(?![\p{L}\p{N}_])`;
const timeStart = String.raw`(?<![\p{L}\p{N}_.,:])`;

/** What lets `0800` be a time with no zone of its own: a zoned end after it (`0800-1600 GMT`, `0800 to 1600 GMT`). */
const beforeZonedTime = String.raw`(?=(?:[-–]|[ \u00A0](?:to|and)[ \u00A0])[012]\d[0-5]\d[ \u00A0]?(?:${zoneNames})(?![\p{L}\p{N}_]))`;

/**
 * `14:30`, `2:30 pm`, `09:00 GMT`; `0800-1600 GMT`; `4.15pm`, `7am`, `7 a.m.`; `0900 GMT`; `19.30` only before a
 * zone or `local time` (a bare `19.30` is a decimal).
 */
const time: Recogniser = {
  pattern: new RegExp(
    String.raw`${timeStart}(?:(?<hour>\d{1,2}):(?<minute>\d{2})(?:\s?${meridiem('meridiem')})?` +
      String.raw`|(?<hourDot>\d{1,2})(?:\.(?<minuteDot>\d{2}))?\s?${meridiem('meridiemDot')}` +
      String.raw`|(?<hourLocal>\d{1,2})\.(?<minuteLocal>[0-5]\d)(?=[ \u00A0](?:local time|(?:${zoneNames})(?![\p{L}\p{N}_]))))` +
      String.raw`(?:[ \u00A0]${zone('zone')})?(?![\p{L}\p{N}_]|[:.,]\d)` +
      String.raw`|${timeStart}(?<hourZoned>[012]\d)(?<minuteZoned>[0-5]\d)(?:[ \u00A0]?${zone('zoneOnly')}|${beforeZonedTime})`,
    'gu',
  ),
  toSpan: (match, sentence) => {
    const groups = match.groups!;
    const hourWritten = Number(groups.hour ?? groups.hourDot ?? groups.hourLocal ?? groups.hourZoned);
    const minute = Number(groups.minute ?? groups.minuteDot ?? groups.minuteLocal ?? groups.minuteZoned ?? 0);
    const meridiemWritten = (groups.meridiem ?? groups.meridiemDot)?.toLowerCase();
    const hour = meridiemWritten === undefined ? hourWritten : hourOf12(hourWritten, meridiemWritten.startsWith('p'));
    if (hour === undefined || hour > 23 || minute > 59) return undefined;
    const zoneWritten = groups.zone ?? groups.zoneOnly;
    return valueSpan(match.index, withoutSentenceStop(match, sentence.text), {
      type: 'time',
      hour,
      minute,
      ...(zoneWritten !== undefined && { zone: zoneWritten }),
    });
  },
};

/** 12 pm is noon, 12 am midnight; 0 or 13 with am/pm is no time. */
function hourOf12(hour: number, afternoon: boolean): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (afternoon ? 12 : 0);
}

/**
 * The match, without a final "p.m."'s or "Nov."'s full stop when it also ends the sentence (end of
 * text, or a space and a capital next): the target writes "18 h" and the sentence keeps its full stop.
 */
function withoutSentenceStop(match: RegExpExecArray, text: string): string {
  const written = match[0];
  if (!written.endsWith('.')) return written;
  const after = text.slice(match.index + written.length, match.index + written.length + 2);
  return after === '' || /^\s\p{Lu}/u.test(after) ? written.slice(0, -1) : written;
}

/** ISO dates as some copy writes them: `2024-12-01`. */
const isoDate: Recogniser = {
  pattern: /(?<![\p{L}\p{N}_.,-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\p{L}\p{N}_-])/gu,
  toSpan: (match): ProtectedSpan | undefined => {
    const { year: yearWritten, month: monthWritten, day: dayWritten } = match.groups!;
    const [monthNumber, dayNumber] = [Number(monthWritten), Number(dayWritten)];
    if (!isYear(yearWritten!) || monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > daysIn[monthNumber - 1]!) return undefined;
    return valueSpan(match.index, match[0], { type: 'date', year: Number(yearWritten), month: monthNumber, day: dayNumber });
  },
};

export const calendarRecognisers: readonly Recogniser[] = [time, isoDate, date, weekday];
