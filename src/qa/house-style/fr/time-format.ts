/**
 * fr-typography/time-format — times read 14 h 30, 14 h, 9 h 45, with no-break spaces (U+00A0,
 * or U+202F) around the h. Violations: 17:30, 2 p.m. / 2:30 pm / 4.15pm / 7am (converted from
 * the 12-hour clock), 0900 GMT, 16.30 GMT, 22h, 14h30, 14H30, 09 h 30, and ordinary spaces around the h.
 * The fix writes the house form with U+00A0 (minutes :00 dropped: 9 h).
 * Not times: h:mm:ss and m:ss.hh durations (2:05:30, 4:32.15), a duration in units (4 h 03 min), ratios before a grouped
 * number (1:50 000), a reference after a name or a reference word (Jean 3:16, verset 2:11), digits
 * in URLs, a colon between digits glued to letters.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { Coverage, NBSP, literalZones } from '../text.js';
import { isReferenceNumber } from './number-context.js';
import { matchesOf } from '../../../util/matches-of.js';

interface TimeForm {
  readonly pattern: RegExp;
  readonly reason: string;
  /** The 24-hour hour and the minutes of the match, or undefined when it is not a time. */
  readonly read: (match: RegExpMatchArray, text: string) => { hour: number; minutes: string } | undefined;
}

const edge = String.raw`(?<![\p{L}\p{N}_.,:/])`;
const meridiem = String.raw`([ap])\.?m\.?|([AP])\.?M\.?`;

const forms: readonly TimeForm[] = [
  {
    pattern: new RegExp(`${edge}(\\d{1,2})(?:[:.h](\\d{2}))?[ \\u00A0\\u202F]?(?:${meridiem})(?![\\p{L}\\p{N}])`, 'gu'),
    reason: 'a 12-hour time; French writes the 24-hour clock (14 h 30)',
    read: (match) => {
      const hour = Number(match[1]);
      if (hour < 1 || hour > 12) return undefined;
      const afternoon = (match[3] ?? match[4] ?? '').toLowerCase() === 'p';
      return { hour: (hour % 12) + (afternoon ? 12 : 0), minutes: match[2] ?? '00' };
    },
  },
  {
    pattern: new RegExp(`${edge}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{N}]|[:.,]\\d|[ \\u00A0\\u202F]\\d{3})`, 'gu'),
    reason: 'a time with a colon; French writes 14 h 30',
    read: (match, text) => (isReferenceNumber(text, match.index!) ? undefined : { hour: Number(match[1]), minutes: match[2]! }),
  },
  {
    // 0900 GMT, 16.30 GMT: the zone says it is a clock time.
    pattern: new RegExp(`${edge}(?:([01]?\\d|2[0-3])\\.|([01]\\d|2[0-3]))([0-5]\\d)(?=[ \\u00A0\\u202F]?(?:GMT|UTC))`, 'gu'),
    reason: 'a time written 0900 or 16.30 before the zone; French writes 9 h, 16 h 30',
    read: (match) => ({ hour: Number(match[1] ?? match[2]), minutes: match[3]! }),
  },
  {
    // The space after the h belongs to the time only when minutes follow (9 h : accueil); minutes
    // followed by "min" make a duration (4 h 03 min), and so does an h followed by digits it does not take.
    pattern: new RegExp(
      `${edge}(\\d{1,2})([ \\u00A0\\u202F]?)[hH](?:([ \\u00A0\\u202F]?)([0-5]\\d)(?![\\p{L}\\p{N}]|[ \\u00A0\\u202F]?min)|(?![\\p{L}\\p{N}]|[ \\u00A0\\u202F]\\d))`,
      'gu',
    ),
    reason: 'French writes times 14 h 30 with no-break spaces around the h',
    read: (match) => {
      // Without minutes it may be a duration (48 h), written the same way.
      const hour = Number(match[1]);
      return match[4] !== undefined && hour > 24 ? undefined : { hour, minutes: match[4] ?? '00' };
    },
  },
];

export const timeFormat: HouseStyleRule = {
  name: 'time-format',
  defaultSeverity: 'warning',
  description: 'times as 14 h 30, 14 h, 9 h 45 (24-hour clock, no-break spaces)',
  check(text) {
    const taken = new Coverage(text.length, literalZones(text));
    const hits: RuleHit[] = [];
    for (const form of forms) {
      for (const match of matchesOf(form.pattern, text)) {
        const start = match.index!;
        const end = start + match[0].length;
        const time = form.read(match, text);
        if (time === undefined || taken.overlaps(start, end)) continue;
        taken.add({ start, end });
        const expected = houseTime(time.hour, time.minutes, match[0], text.slice(end));
        if (expected === match[0] || isHouseSpelling(match[0])) continue;
        hits.push(replacementHit(start, end, expected, form.reason));
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

/** 14 h 30 / 9 h with U+00A0; a sentence's final dot that ended "p.m." is kept. */
function houseTime(hour: number, minutes: string, written: string, after: string): string {
  const time = minutes === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minutes}`;
  const endedSentence = written.endsWith('.') && /^(?:$|\s+\p{Lu})/u.test(after);
  return endedSentence ? `${time}.` : time;
}

/** 14 h 30, 9 h, 14 h 00 with no-break spaces: already house style. */
function isHouseSpelling(written: string): boolean {
  return /^(?:[1-9]\d?|0)[\u00A0\u202F]h(?:[\u00A0\u202F][0-5]\d)?$/u.test(written);
}
