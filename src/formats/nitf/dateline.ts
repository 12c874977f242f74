/**
 * The dateline of a NITF item: the `body.head/dateline` element (`location` → place, its `city`
 * when it names one; `story.date norm` → date; a dateline of bare text that is a place name, as
 * NTB writes it), or, when there is none, a dateline opening the first paragraph ("GAZA CITY,
 * May 16 (AFP) - …", as AFP writes it), taken off that paragraph's text.
 */
import { matchDatelinePrefix } from '../../ingest/dateline-prefix.js';
import { readIsoDate } from '../../ingest/dates.js';
import { looksLikePlace } from '../../ingest/place-name.js';
import { datelinePrefixDate, yearUnknown, type YearSource } from '../../ingest/dateline.js';
import { splitMarkup, withoutContinuation } from '../../markup/index.js';
import type { TargetFinding } from '../../model.js';
import type { XmlElement } from '../../util/xml-read/xml.js';
import type { MarkedContent } from './marked-content.js';
import { readNormDate } from './metadata.js';
import type { Cut, WrittenPrefix } from './template.js';
import { allText, attributeOf, child, children, collapseWhitespace, contentRange } from './tree.js';

export interface ElementDateline {
  readonly place?: string;
  /** `story.date norm` as `YYYY-MM-DD`. */
  readonly date?: string;
  /** The place's and the date's texts, where the writer puts them in the target language. */
  readonly cuts: readonly Cut[];
}

/** The dateline element of `body.head`, when there is one. */
export function readDatelineElement(bodyHead: XmlElement | undefined, source: string, file: string): ElementDateline {
  const dateline = child(bodyHead, 'dateline');
  if (dateline === undefined) return { cuts: [] };
  const location = child(dateline, 'location');
  const storyDate = child(dateline, 'story.date');
  if (location === undefined && storyDate === undefined) {
    const text = collapseWhitespace(allText(dateline));
    const barePlace = children(dateline).length === 0 && looksLikePlace(text);
    return barePlace ? { place: text, cuts: [textCut(dateline, text, 'dateline-place', source)] } : { cuts: [] };
  }
  const placeElement = location && (child(location, 'city') ?? location);
  const place = placeElement && collapseWhitespace(allText(placeElement));
  const norm = attributeOf(storyDate, 'norm');
  const dateText = storyDate && collapseWhitespace(allText(storyDate));
  const cuts: Cut[] = [];
  if (place) cuts.push(textCut(placeElement!, place, 'dateline-place', source));
  if (dateText) cuts.push(textCut(storyDate!, dateText, 'dateline-date', source));
  return {
    ...(place ? { place } : {}),
    ...(norm === undefined ? {} : { date: readNormDate(norm, { file, line: storyDate!.line }, 'story.date') }),
    cuts,
  };
}

function textCut(element: XmlElement, text: string, kind: 'dateline-place' | 'dateline-date', source: string): Cut {
  const { start, end } = contentRange(element);
  return { start, end, slot: { kind, raw: source.slice(start, end), text } };
}

export interface PrefixDateline {
  readonly prefix: WrittenPrefix;
  /** The prefix's date as `YYYY-MM-DD`, its year from the story's date when it writes none. */
  readonly date?: string;
  /** The paragraph after the prefix. */
  readonly rest: MarkedContent;
  /** Said when the prefix's date has no year and the item no date to take one from. */
  readonly finding?: TargetFinding;
}

/**
 * The dateline opening a paragraph's text, when it has one (with a date or an agency credit: a
 * bare place is not told from a sentence's subject). The markup moves with the text; a code wholly
 * inside the prefix is left out (the writer rewrites the prefix as plain text), one running on
 * past it opens where the rest begins.
 */
export function takeDatelinePrefix(content: MarkedContent, storyDate: string | undefined, at: { file: string; line: number }): PrefixDateline | undefined {
  const match = matchDatelinePrefix(content.text, undefined);
  if (match === undefined) return undefined;
  const cut = content.text.length - match.rest.length;
  const inPrefix = new Set(content.markup.filter((code) => code.start < cut && code.end <= cut).map((code) => code.id));
  const [pieces = []] = splitMarkup(content.markup, [{ start: cut, end: content.text.length }]);
  const markup = pieces.filter((piece) => !inPrefix.has(piece.id)).map(withoutContinuation);
  const rest: MarkedContent = { text: match.rest, markup, lineBreaks: content.lineBreaks.filter((offset) => offset >= cut).map((offset) => offset - cut) };
  const prefix: WrittenPrefix = {
    text: content.text.slice(0, cut),
    place: match.place,
    ...(match.dateText === undefined ? {} : { dateText: match.dateText }),
    ...(match.agency === undefined ? {} : { agency: match.agency }),
  };
  if (match.date === undefined) return { prefix, rest };
  const reference = storyDate === undefined ? undefined : readIsoDate(storyDate);
  const date = datelinePrefixDate(match.date, reference, at);
  return date === undefined ? { prefix, rest, finding: yearUnknown(match.dateText!, at.line, nitfYear) } : { prefix, rest, date };
}

const nitfYear: YearSource = { none: 'the item gives none', note: 'give the item its date: <date.issue norm="YYYYMMDD"/> in head/docdata' };
