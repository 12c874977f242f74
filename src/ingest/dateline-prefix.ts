import { MONTH_DAY_PATTERN, readMonthDay, type MonthDay } from './dates.js';
import { isSamePlace, PLACE_PATTERN } from './place-name.js';

/** The dateline that opens a story's first paragraph ("BAGHDAD, Nov 23 (AFP) – "). */
export interface DatelinePrefix {
  /** As written ("Baghdad", "BAGHDAD"). */
  readonly place: string;
  readonly agency?: string;
  readonly date?: MonthDay;
  /** The date as written ("March 4"), for messages. */
  readonly dateText?: string;
  /** The paragraph's text after the prefix. */
  readonly rest: string;
}

const AGENCY = String.raw`\p{L}[\p{L}\p{N}&./' -]{0,39}`;
const SPACED_DASH = String.raw`\s+[-–—]\s+`;
const PREFIX = new RegExp(
  String.raw`^(?<place>${PLACE_PATTERN})(?:,\s+(?<date>${MONTH_DAY_PATTERN}))?(?:\s+\((?<agency>${AGENCY})\))?${SPACED_DASH}(?=\S)`,
  'u',
);

/**
 * Recognizes a dateline at the start of a paragraph: a place, optionally ", <date>" and/or
 * "(<agency>)", then a spaced hyphen, en dash or em dash.
 *
 * A bare place ("Baghdad – ") counts only when it is the story's known place (place line or
 * front matter): otherwise "Hamas – which runs Gaza – said" would lose its subject. With a date
 * or an agency credit the shape is specific enough on its own.
 */
export function matchDatelinePrefix(text: string, knownPlace: string | undefined): DatelinePrefix | undefined {
  const match = PREFIX.exec(text);
  const place = match?.groups?.['place'];
  if (!match || place === undefined) return undefined;
  const dateText = match.groups?.['date'];
  const agency = match.groups?.['agency']?.trim();
  const date = dateText === undefined ? undefined : readMonthDay(dateText);
  if (dateText !== undefined && date === undefined) return undefined;
  const bare = date === undefined && agency === undefined;
  if (bare && (knownPlace === undefined || !isSamePlace(place, knownPlace))) return undefined;
  return {
    place,
    ...(agency === undefined ? {} : { agency }),
    ...(date === undefined ? {} : { date, dateText: dateText! }),
    rest: text.slice(match[0].length),
  };
}
