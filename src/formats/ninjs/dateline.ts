/**
 * A ninjs item's dateline: the opening of its first body paragraph (`BAGHDAD, Nov 23 (AFP) – `,
 * recognised as plain-text ingest recognises it), taken off that block's text with its markup
 * shifted; else `located` as the place. The date is the dateline's (its year the one nearest the
 * item's date), else the date of `versionCreated` as the item writes it.
 */
import { InputError } from '../../errors.js';
import { matchDatelinePrefix } from '../../ingest/dateline-prefix.js';
import { formatIsoDate, isRealDate, nearestYear, readIsoDate, type CalendarDate } from '../../ingest/dates.js';
import { splitMarkup } from '../../markup/index.js';
import type { Block, Dateline, TargetFinding } from '../../model.js';
import type { DatelineOrigin, NinjsSlot } from './template.js';

export interface ItemDateline {
  readonly dateline: Dateline;
  readonly origin: DatelineOrigin;
  /** The blocks, the datelined one without its dateline. */
  readonly blocks: readonly Block[];
  readonly findings: readonly TargetFinding[];
}

/** The calendar date a `versionCreated` time stamp writes (`2024-11-23T08:15:00+03:00` → 2024-11-23, its own day). */
function createdDate(created: string | undefined): CalendarDate | undefined {
  const date = created === undefined ? undefined : readIsoDate(created.slice(0, 10));
  return date !== undefined && isRealDate(date) ? date : undefined;
}

/** The item's date as `YYYY-MM-DD`, from `versionCreated`. */
export function storyDate(created: string | undefined): string | undefined {
  const date = createdDate(created);
  return date && formatIsoDate(date);
}

export function readItemDateline(
  blocks: readonly Block[],
  slots: readonly NinjsSlot[],
  context: { readonly located: string | undefined; readonly created: string | undefined; readonly file: string },
): ItemDateline {
  const { located, created } = context;
  const date = storyDate(created);
  const first = firstBodyBlock(blocks, slots);
  // A bare place ("Grossetto – ") counts when it is `located`'s first part, as ingest's place line.
  const prefix = first && matchDatelinePrefix(first.text, located?.split(',')[0]?.trim());
  if (first !== undefined && prefix !== undefined) {
    const cut = first.text.length - prefix.rest.length;
    const written = prefix.date;
    const reference = createdDate(created);
    const year = written?.year ?? (written && reference && nearestYear(written, reference));
    const dated = written && year !== undefined ? { year, month: written.month, day: written.day } : undefined;
    if (dated !== undefined && !isRealDate(dated)) throw new InputError('the dateline gives a date that does not exist', { file: context.file, line: first.line });
    const undated = written !== undefined && dated === undefined;
    const dateline: Dateline = {
      place: prefix.place,
      // A yearless date with nothing to date it leaves the date out (there is no item date either).
      ...(dated ? { date: formatIsoDate(dated) } : date === undefined ? {} : { date }),
      ...(prefix.agency === undefined ? {} : { agency: prefix.agency }),
    };
    return {
      dateline,
      origin: { from: 'body', blockId: first.id },
      blocks: blocks.map((block) => (block === first ? withoutOpening(block, cut) : block)),
      findings: undated ? [yearUnknown(prefix.dateText!, first.line)] : [],
    };
  }
  const dateline: Dateline = { ...(located === undefined ? {} : { place: located }), ...(date === undefined ? {} : { date }) };
  return { dateline, origin: located === undefined ? { from: 'none' } : { from: 'located' }, blocks, findings: [] };
}

/** The first paragraph of the first body read into blocks (an HTML body may open with a title or a sub-head). */
function firstBodyBlock(blocks: readonly Block[], slots: readonly NinjsSlot[]): Block | undefined {
  for (const { field, content } of slots) {
    if (field !== 'bodies' || (content.kind !== 'plain' && content.kind !== 'html') || content.blockIds.length === 0) continue;
    const ids = new Set(content.blockIds);
    return blocks.find((block) => ids.has(block.id) && block.kind === 'paragraph');
  }
  return undefined;
}

/** The block without its first `cut` characters: markup and line breaks shifted, what lay inside the cut dropped. */
function withoutOpening(block: Block, cut: number): Block {
  const { markup, lineBreaks, ...rest } = block;
  const text = block.text.slice(cut);
  const shifted = markup === undefined ? [] : splitMarkup(markup, [{ start: cut, end: block.text.length }])[0]!;
  const breaks = (lineBreaks ?? []).filter((offset) => offset >= cut).map((offset) => offset - cut);
  return { ...rest, text, ...(shifted.length === 0 ? {} : { markup: shifted }), ...(breaks.length === 0 ? {} : { lineBreaks: breaks }) };
}

function yearUnknown(dateText: string, line: number): TargetFinding {
  return {
    ruleId: 'ingest/dateline-year-unknown',
    source: 'ingest',
    severity: 'warning',
    line,
    reason: `the dateline's date "${dateText}" has no year and the item has no versionCreated to take one from: it is left out of the localized datelines`,
  };
}
