import { InputError } from '../errors.js';
import type { Dateline } from '../model.js';
import { formatIsoDate, isPossibleMonthDay, isRealDate, nearestYear } from './dates.js';
import type { FrontMatter } from './front-matter.js';
import type { StoryLayout } from './layout.js';

/**
 * The article's dateline from its three sources, strongest first: front matter, the dateline
 * prefix of the first paragraph, the date and place lines of the agency layout. A prefix date
 * without a year ("March 4") takes the year that puts it nearest the date line; with no date
 * line its date stays unknown.
 */
export function resolveDateline(layout: StoryLayout, frontMatter: FrontMatter, file: string): Dateline {
  const prefix = layout.datelinePrefix;
  const place = frontMatter.place ?? prefix?.place ?? layout.placeLine;
  const agency = frontMatter.agency ?? prefix?.agency;
  const date = frontMatter.date ?? prefixDate(layout, file) ?? (layout.dateLine && formatIsoDate(layout.dateLine));
  return {
    ...(place === undefined ? {} : { place }),
    ...(date === undefined ? {} : { date }),
    ...(agency === undefined ? {} : { agency }),
  };
}

function prefixDate(layout: StoryLayout, file: string): string | undefined {
  const written = layout.datelinePrefix?.date;
  if (written === undefined) return undefined;
  const year = written.year ?? (layout.dateLine && nearestYear(written, layout.dateLine));
  const date = year === undefined ? undefined : { year, month: written.month, day: written.day };
  if (date ? !isRealDate(date) : !isPossibleMonthDay(written)) {
    throw new InputError('the dateline gives a date that does not exist', { file, line: layout.paragraphs[0]!.line });
  }
  return date && formatIsoDate(date);
}
