/**
 * A ninjs item's dateline: the opening of its first body paragraph (`BAGHDAD, Nov 23 (AFP) – `,
 * recognised as plain-text ingest recognises it), taken off that block's text; else `located` as
 * the place. The date is the dateline's (its year the one nearest the
 * item's date), else the date of `versionCreated` as the item writes it.
 */
import { datelinePrefixDate, yearUnknown, type YearSource } from '../../ingest/dateline.js';
import { matchDatelinePrefix, type DatelinePrefix } from '../../ingest/dateline-prefix.js';
import { formatIsoDate, isRealDate, readIsoDate, type CalendarDate } from '../../ingest/dates.js';
import type { Block, Dateline, TargetFinding } from '../../model.js';
import { takeHtmlDateline } from './html-field.js';
import type { DatelineOrigin, NinjsSlot } from './template.js';

export interface ItemDateline {
  readonly dateline: Dateline;
  readonly origin: DatelineOrigin;
  /** The blocks, the datelined one without its dateline. */
  readonly blocks: readonly Block[];
  /** The slots, an HTML body's template marking where its dateline goes back. */
  readonly slots: readonly NinjsSlot[];
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
  // A bare place ("Grossetto – ") counts when it is `located`'s first part, as ingest's place line.
  const taken = takeOpening(blocks, slots, located?.split(',')[0]?.trim());
  if (taken === undefined) {
    const dateline: Dateline = { ...(located === undefined ? {} : { place: located }), ...(date === undefined ? {} : { date }) };
    return { dateline, origin: located === undefined ? { from: 'none' } : { from: 'located' }, blocks, slots, findings: [] };
  }
  const { prefix, block } = taken;
  const written = prefix.date;
  const dated = datelinePrefixDate(written, createdDate(created), { file: context.file, line: block.line });
  const dateline: Dateline = {
    place: prefix.place,
    // A yearless date with nothing to date it leaves the date out (there is no item date either).
    ...(dated ? { date: dated } : date === undefined ? {} : { date }),
    ...(prefix.agency === undefined ? {} : { agency: prefix.agency }),
  };
  const undated = written !== undefined && dated === undefined;
  return {
    dateline,
    origin: { from: 'body', blockId: block.id },
    blocks: taken.blocks,
    slots: taken.slots,
    findings: undated ? [yearUnknown(prefix.dateText!, block.line, ninjsYear)] : [],
  };
}

interface TakenOpening {
  readonly prefix: DatelinePrefix;
  /** The datelined block as read. */
  readonly block: Block;
  readonly blocks: readonly Block[];
  readonly slots: readonly NinjsSlot[];
}

/**
 * The dateline opening the first paragraph of the first body read into blocks (an HTML body may
 * open with a title or a sub-head), taken off it: an HTML body's by the HTML reader, which keeps
 * elements around the dateline (`<strong>BAGHDAD</strong>`) in its template for the writer.
 */
function takeOpening(blocks: readonly Block[], slots: readonly NinjsSlot[], knownPlace: string | undefined): TakenOpening | undefined {
  const slot = slots.find(({ field, content }) => field === 'bodies' && (content.kind === 'plain' || content.kind === 'html') && content.blockIds.length > 0);
  const content = slot?.content;
  if (content?.kind === 'html') {
    const own = content.blockIds.map((id) => blocks.find((block) => block.id === id)!);
    const taken = takeHtmlDateline(own, content.html, knownPlace);
    if (taken === undefined) return undefined;
    const changed = new Map(taken.blocks.map((block) => [block.id, block]));
    return {
      prefix: taken.prefix,
      block: taken.datelined,
      blocks: blocks.map((other) => changed.get(other.id) ?? other),
      slots: slots.map((other) => (other === slot ? { ...other, content: { ...content, html: taken.html } } : other)),
    };
  }
  if (content?.kind !== 'plain') return undefined;
  const ids = new Set(content.blockIds);
  const block = blocks.find((candidate) => ids.has(candidate.id) && candidate.kind === 'paragraph');
  const prefix = block && matchDatelinePrefix(block.text, knownPlace);
  if (block === undefined || prefix === undefined) return undefined;
  const cut = block.text.length - prefix.rest.length;
  return { prefix, block, blocks: blocks.map((other) => (other === block ? withoutOpening(block, cut) : other)), slots };
}

/** A plain block without its first `cut` characters (plain text has no markup), its line breaks shifted. */
function withoutOpening(block: Block, cut: number): Block {
  const { lineBreaks, ...rest } = block;
  const breaks = (lineBreaks ?? []).filter((offset) => offset >= cut).map((offset) => offset - cut);
  return { ...rest, text: block.text.slice(cut), ...(breaks.length === 0 ? {} : { lineBreaks: breaks }) };
}

const ninjsYear: YearSource = { none: 'the item has no versionCreated to take one from' };
