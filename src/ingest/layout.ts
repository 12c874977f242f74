import { InputError } from '../errors.js';
import type { SourceBlock } from './blocks.js';
import { isInYearRange, isRealDate, readDateLine, YEARS, type CalendarDate } from './dates.js';
import { matchDatelinePrefix, type DatelinePrefix } from './dateline-prefix.js';
import { looksLikePlace } from './place-name.js';

/** The roles the blocks of a story play, whichever layout it came in. */
export interface StoryLayout {
  readonly dateLine?: CalendarDate;
  readonly placeLine?: string;
  readonly headline: SourceBlock;
  readonly standfirst?: SourceBlock;
  readonly caption?: SourceBlock;
  /** At least one; the first one without its dateline prefix. */
  readonly paragraphs: readonly SourceBlock[];
  /** The dateline that opened the first paragraph, if any. */
  readonly datelinePrefix?: DatelinePrefix;
}

export interface LayoutContext {
  readonly file: string;
  /** The place the front matter names, which a bare dateline ("Baghdad – ") may repeat. */
  readonly knownPlace?: string;
}

/**
 * Gives each block its role. A story whose first block is a date line is in the agency layout
 * (date line, place line, headline, …); any other is in the plain layout (headline, paragraphs).
 */
export function readLayout(blocks: readonly SourceBlock[], context: LayoutContext): StoryLayout {
  const first = blocks[0]!;
  const dateLine = readDateLineBlock(first, context.file);
  if (dateLine === undefined) return readPlainLayout(first, blocks.slice(1), context);
  return readAgencyLayout(dateLine, first, blocks.slice(1), context);
}

/** The date of a block that is one line stating a date (checked); undefined for any other block. */
function readDateLineBlock(block: SourceBlock, file: string): CalendarDate | undefined {
  const date = block.lineCount === 1 ? readDateLine(block.text) : undefined;
  if (date === undefined) return undefined;
  if (!isRealDate(date)) throw new InputError(`the date line says "${block.text}", which is not a real date`, { file, line: block.line });
  if (!isInYearRange(date)) {
    throw new InputError(`the date line says "${block.text}"; wire-l10n reads dates from year ${YEARS.first} to ${YEARS.last}`, {
      file,
      line: block.line,
    });
  }
  return date;
}

/**
 * Plain layout: headline, then paragraphs. A date line right under the headline (the Wikinews
 * layout) is the story's date, not a paragraph to translate.
 */
function readPlainLayout(headline: SourceBlock, rest: readonly SourceBlock[], context: LayoutContext): StoryLayout {
  assertHeadline(headline, context.file);
  const dateLine = rest[0] && readDateLineBlock(rest[0], context.file);
  if (dateLine === undefined) return withBody({ headline }, rest, context.knownPlace, context.file);
  return withBody({ dateLine, headline }, rest.slice(1), context.knownPlace, context.file);
}

/**
 * Raw agency copy starts with the datelined first paragraph and has no headline: taking that
 * paragraph as the headline would give a 40-word headline and an id made of its first words.
 * Only a dateline with a date or an agency credit counts here; a bare place could open a headline.
 */
function assertHeadline(headline: SourceBlock, file: string): void {
  const prefix = matchDatelinePrefix(headline.text, undefined);
  if (prefix === undefined) return;
  const written = headline.text.slice(0, headline.text.length - prefix.rest.length).trim();
  throw new InputError(`the story has no headline: it opens with a datelined paragraph ("${written}"), as raw agency copy does`, {
    file,
    line: headline.line,
  }, { hint: 'put the headline on the first line, then a blank line, then the story' });
}

/**
 * Agency layout: date line, place line (when the second block looks like a place and a headline
 * follows it), headline, then up to two blocks before the first body paragraph, which is the
 * first block opening with a dateline. Between the headline and it, a block repeating the
 * headline is dropped; one remaining block is the photo caption (agencies put the caption right
 * above the body); two are the standfirst, then the caption. Without any dateline nothing marks
 * where the body starts, so every block after the headline (but a repeat of it) is a paragraph.
 */
function readAgencyLayout(
  dateLine: CalendarDate,
  dateBlock: SourceBlock,
  afterDate: readonly SourceBlock[],
  context: LayoutContext,
): StoryLayout {
  const placeLine = readPlaceLine(afterDate);
  const [headline, ...rest] = placeLine === undefined ? afterDate : afterDate.slice(1);
  if (headline === undefined) {
    const last = afterDate.at(-1) ?? dateBlock;
    throw new InputError('no headline after the date line', { file: context.file, line: last.line }, {
      hint: 'the agency layout is: date line, place line, headline, then the story, separated by blank lines',
    });
  }
  assertHeadline(headline, context.file);
  const knownPlace = context.knownPlace ?? placeLine;
  const header = { dateLine, ...(placeLine === undefined ? {} : { placeLine }), headline };
  const bodyStart = rest.findIndex((block) => matchDatelinePrefix(block.text, knownPlace) !== undefined);
  if (bodyStart === -1) {
    const body = rest[0] !== undefined && repeatsHeadline(rest[0], headline) ? rest.slice(1) : rest;
    return withBody(header, body, knownPlace, context.file);
  }
  const between = rest.slice(0, bodyStart).filter((block) => !repeatsHeadline(block, headline));
  const extra = between[2];
  if (extra !== undefined) {
    const bodyLine = rest[bodyStart]!.line;
    throw new InputError(
      `${between.length} blocks between the headline and the first paragraph (line ${bodyLine}); ` +
        'expected at most a standfirst and a photo caption',
      { file: context.file, line: extra.line },
      { hint: 'join or remove the extra blocks' },
    );
  }
  const [standfirst, caption] = between.length === 2 ? between : [undefined, between[0]];
  return withBody(
    { ...header, ...(standfirst === undefined ? {} : { standfirst }), ...(caption === undefined ? {} : { caption }) },
    rest.slice(bodyStart),
    knownPlace,
    context.file,
  );
}

function readPlaceLine(afterDate: readonly SourceBlock[]): string | undefined {
  const [candidate, next] = afterDate;
  if (candidate === undefined || next === undefined || candidate.lineCount !== 1) return undefined;
  if (!looksLikePlace(candidate.text)) return undefined;
  // A title-case headline looks like a place too; it is the headline when the body follows it directly.
  return matchDatelinePrefix(next.text, candidate.text) === undefined ? candidate.text : undefined;
}

/** Adds the paragraphs, taking the dateline off the first one; a story must have a body. */
function withBody(
  header: Omit<StoryLayout, 'paragraphs' | 'datelinePrefix'>,
  body: readonly SourceBlock[],
  knownPlace: string | undefined,
  file: string,
): StoryLayout {
  const [first, ...others] = body;
  if (first === undefined) {
    throw new InputError('no body paragraphs after the headline', { file, line: header.headline.line }, {
      hint: 'separate the headline from the first paragraph with a blank line',
    });
  }
  const prefix = matchDatelinePrefix(first.text, knownPlace);
  if (prefix === undefined) return { ...header, paragraphs: body };
  const cut = first.text.length - prefix.rest.length;
  const lineBreaks = first.lineBreaks.map((offset) => offset - cut).filter((offset) => offset > 0);
  return { ...header, paragraphs: [{ ...first, text: prefix.rest, lineBreaks }, ...others], datelinePrefix: prefix };
}

function repeatsHeadline(block: SourceBlock, headline: SourceBlock): boolean {
  const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return normalize(block.text) === normalize(headline.text);
}
