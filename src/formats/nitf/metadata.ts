/**
 * What a NITF item says about itself: its language (root `baselang`, else `xml:lang`), and in
 * `head/docdata` its id (`doc-id id-string`), urgency (`urgency ed-urg`, 1–8), date (`date.issue
 * norm`) and version (`du-key version`, the NITF "dynamic use key" revision).
 */
import { InputError } from '../../errors.js';
import { SAFE_ID, LANGUAGE_TAG } from '../../ingest/front-matter.js';
import { formatIsoDate, isInYearRange, isRealDate } from '../../ingest/dates.js';
import type { LanguageTag, Urgency } from '../../model.js';
import { XML_NAMESPACE, attribute, type XmlElement } from '../../util/xml-read/xml.js';
import type { Cut } from './template.js';
import { attributeOf, child } from './tree.js';
import { matchesOf } from '../../util/matches-of.js';

export interface ItemLanguage {
  readonly lang: LanguageTag;
  /** Where the writer puts the target language: each language attribute's value, or a new `baselang`. */
  readonly cuts: readonly Cut[];
}

/** The item's language and its slots; `fallback` when the root states none. Throws InputError for a malformed tag. */
export function readItemLanguage(root: XmlElement, source: string, fallback: LanguageTag, file: string): ItemLanguage {
  const stated = [
    { name: 'baselang', value: attribute(root, 'baselang') },
    { name: 'xml:lang', value: attribute(root, 'lang', XML_NAMESPACE) },
  ].filter((candidate): candidate is { name: string; value: string } => candidate.value !== undefined);
  for (const { name, value } of stated) {
    if (!LANGUAGE_TAG.test(value)) {
      throw new InputError(`<${root.name} ${name}="${value}">: not a language tag`, { file, line: root.line }, {
        hint: 'write a BCP 47 tag such as en, en-GB or nb-NO',
      });
    }
  }
  if (stated.length === 0) {
    const afterName = root.tags.start + 1 + root.name.length;
    return { lang: fallback, cuts: [{ start: afterName, end: afterName, slot: { kind: 'language-attribute', raw: '' } }] };
  }
  const values = attributeValues(source, root);
  const cuts = stated.flatMap(({ name }) => {
    const range = values.get(name);
    return range === undefined ? [] : [{ ...range, slot: { kind: 'language', raw: source.slice(range.start, range.end) } } satisfies Cut];
  });
  return { lang: stated[0]!.value, cuts };
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** Where each attribute's value is in the source, by its name as written (the start tag is well-formed: saxes read it). */
function attributeValues(source: string, element: XmlElement): Map<string, { start: number; end: number }> {
  const from = element.tags.start + 1 + element.name.length;
  const tag = source.slice(from, element.tags.startTagEnd);
  const ranges = new Map<string, { start: number; end: number }>();
  for (const match of matchesOf(ATTRIBUTE, tag)) {
    const value = match[2] ?? match[3] ?? '';
    // The value ends one character (its quote) before the match does.
    const end = from + match.index + match[0].length - 1;
    ranges.set(match[1]!, { start: end - value.length, end });
  }
  return ranges;
}

export interface Docdata {
  readonly docId?: string;
  readonly urgency?: Urgency;
  /** `date.issue norm` as `YYYY-MM-DD`. */
  readonly date?: string;
  readonly version: number;
}

export function readDocdata(head: XmlElement | undefined, file: string): Docdata {
  const docdata = child(head, 'docdata');
  const docId = attributeOf(child(docdata, 'doc-id'), 'id-string')?.trim();
  const urgency = Number(attributeOf(child(docdata, 'urgency'), 'ed-urg'));
  const issue = child(docdata, 'date.issue');
  const norm = attributeOf(issue, 'norm');
  const version = attributeOf(child(docdata, 'du-key'), 'version');
  return {
    ...(docId ? { docId } : {}),
    // Out-of-range urgencies (0, 9: "user-defined" in some feeds) say nothing we can map.
    ...(Number.isInteger(urgency) && urgency >= 1 && urgency <= 8 ? { urgency: urgency as Urgency } : {}),
    ...(norm === undefined ? {} : { date: readNormDate(norm, { file, line: issue!.line }, 'date.issue') }),
    version: version !== undefined && /^[1-9]\d{0,8}$/u.test(version.trim()) ? Number(version) : 1,
  };
}

const NORM_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/u;

/** A `norm` attribute's calendar date (ISO 8601, basic `20210516T090004` or extended `2021-05-16T09:00:04`) as `YYYY-MM-DD`. */
export function readNormDate(norm: string, at: { file: string; line: number }, element: string): string {
  const match = NORM_DATE.exec(norm.trim());
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date || !isRealDate(date) || !isInYearRange(date)) {
    throw new InputError(`<${element} norm="${norm}">: not a date`, at, {
      hint: 'norm is an ISO 8601 date: 20210516, 2021-05-16, optionally followed by T and a time',
    });
  }
  return formatIsoDate(date);
}

/** The article id from `doc-id id-string`: lower-case, any character a file name minds as `-`; undefined when nothing is left. */
export function idFromDocId(docId: string): string | undefined {
  const id = docId
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/gu, '-')
    .replace(/^[^a-z0-9]+/u, '')
    .slice(0, 128);
  return SAFE_ID.test(id) ? id : undefined;
}
