import { InputError, type FileLocation } from '../errors.js';
import type { Dateline, TargetFinding } from '../model.js';
import { formatIsoDate, isInYearRange, isPossibleMonthDay, isRealDate, nearestYear, readIsoDate, type CalendarDate, type MonthDay, YEARS } from './dates.js';
import type { FrontMatter } from './front-matter.js';
import type { StoryLayout } from './layout.js';

export interface ResolvedDateline {
  readonly dateline: Dateline;
  /** A dateline date ingest could not keep, said rather than dropped (the story has no id yet: the caller places it). */
  readonly findings: readonly TargetFinding[];
}

/**
 * The article's dateline from its three sources, strongest first: front matter, the dateline
 * prefix of the first paragraph, the date and place lines of the layout. The date is the one the
 * dateline writes, when it writes one: a date without a year ("March 4") takes the year that puts
 * it nearest the story's date (front matter `date`, else the date line); with neither, it cannot
 * be dated, and a warning says so. Otherwise the story's date.
 */
export function resolveDateline(layout: StoryLayout, frontMatter: FrontMatter, file: string): ResolvedDateline {
  const prefix = layout.datelinePrefix;
  const place = frontMatter.place ?? prefix?.place ?? layout.placeLine;
  const agency = frontMatter.agency ?? prefix?.agency;
  const storyDate = (frontMatter.date === undefined ? undefined : readIsoDate(frontMatter.date)) ?? layout.dateLine;
  const written = datelinePrefixDate(prefix?.date, storyDate, { file, line: layout.paragraphs[0]?.line ?? 1 });
  const date = written ?? frontMatter.date ?? (layout.dateLine && formatIsoDate(layout.dateLine));
  const undated = prefix?.dateText !== undefined && written === undefined;
  return {
    dateline: {
      ...(place === undefined ? {} : { place }),
      ...(date === undefined ? {} : { date }),
      ...(agency === undefined ? {} : { agency }),
    },
    findings: undated ? [yearUnknown(prefix.dateText!, layout.paragraphs[0]!.line)] : [],
  };
}

/**
 * The day a dateline prefix writes (`matchDatelinePrefix`'s `date`) as `YYYY-MM-DD`: its own year,
 * else the year that puts it nearest `reference` (the story's date); undefined when it writes no
 * day, or no year can be found (the caller warns: `yearUnknown`). A day that does not exist, or a
 * year outside those read, is refused at `at`. Every reader's datelines are dated by it.
 */
export function datelinePrefixDate(written: MonthDay | undefined, reference: CalendarDate | undefined, at: FileLocation): string | undefined {
  if (written === undefined) return undefined;
  const year = written.year ?? (reference && nearestYear(written, reference));
  const date = year === undefined ? undefined : { year, month: written.month, day: written.day };
  if (date ? !isRealDate(date) : !isPossibleMonthDay(written)) {
    throw new InputError('the dateline gives a date that does not exist', at);
  }
  if (date && !isInYearRange(date)) {
    throw new InputError(`the dateline's date falls in year ${date.year}; wire-l10n reads dates from year ${YEARS.first} to ${YEARS.last}`, at);
  }
  return date && formatIsoDate(date);
}

/** Where a story's year would have come from, for the warning: what says none, and how to give one. */
export interface YearSource {
  /** `the story gives none`. */
  readonly none: string;
  readonly note?: string;
}

const plainStoryYear: YearSource = {
  none: 'the story gives none',
  note: 'give the story its date: `date: YYYY-MM-DD` in a front-matter block, or a date line above the headline',
};

/** The warning for a dateline date with no year and no story date to take one from (every reader's). */
export function yearUnknown(dateText: string, line: number, source: YearSource = plainStoryYear): TargetFinding {
  return {
    ruleId: 'ingest/dateline-year-unknown',
    source: 'ingest',
    severity: 'warning',
    line,
    reason: `the dateline's date "${dateText}" has no year and ${source.none}: it is left out of the localized datelines`,
    ...(source.note === undefined ? {} : { note: source.note }),
  };
}
