import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { errorMessage, InputError } from '../errors.js';
import type { LanguageTag, PubStatus, Urgency } from '../model.js';
import { formatIsoDate, isInYearRange, isRealDate, readIsoDate, YEARS } from './dates.js';

/** Metadata given in YAML front matter; each field overrides what the story's layout says. */
export interface FrontMatter {
  readonly id?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date?: string;
  readonly place?: string;
  readonly agency?: string;
  readonly urgency?: Urgency;
  readonly language?: LanguageTag;
  readonly version?: number;
  /** The item's publishing status: `withdrawn` or `canceled` takes its outputs away. */
  readonly status?: PubStatus;
  /** ISO 8601 date-time with its offset: the story must not be published (nor sent to online MT) before it. */
  readonly embargo?: string;
}

/** The front matter, and the 0-based index of the first line after it. */
export interface SplitFrontMatter {
  readonly frontMatter: FrontMatter;
  readonly bodyStart: number;
}

const DELIMITER = '---';
/**
 * Front matter holds at most nine keys: these bounds leave room for comments and keep a hostile
 * file (100,000 keys, or one line of them) from costing more than a story's worth of parsing.
 */
export const FRONT_MATTER_LIMITS = { lines: 100, characters: 8 * 1024 } as const;
const KNOWN_KEYS = ['id', 'date', 'place', 'agency', 'urgency', 'language', 'version', 'status', 'embargo'] as const;
type FrontMatterKey = (typeof KNOWN_KEYS)[number];

/** Ids become file names: no separators, no leading dot, nothing a shell or file system minds. */
export const SAFE_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/u;
/** A BCP 47 tag's shape (language, then subtags); not checked against the registry. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u;

interface RawField {
  readonly value: unknown;
  readonly line: number;
}

/** Reads front matter when the first line is `---`; a file without it has empty front matter. */
export function readFrontMatter(lines: readonly string[], file: string): SplitFrontMatter {
  if (lines[0]?.trim() !== DELIMITER) return { frontMatter: {}, bodyStart: 0 };
  const closing = closingLine(lines, file);
  const fields = readFields(lines.slice(1, closing).join('\n'), file);
  const field = <T>(key: FrontMatterKey, expected: string, read: (value: unknown) => T | undefined): T | undefined => {
    const raw = fields.get(key);
    if (raw === undefined) return undefined;
    const value = read(raw.value);
    if (value === undefined) {
      throw new InputError(`front matter \`${key}\` must be ${expected}, got ${describeValue(raw.value)}`, { file, line: raw.line });
    }
    return value;
  };
  const frontMatter: FrontMatter = {
    id: field('id', 'a file-safe id (lowercase letters, digits, ".", "_", "-"; at most 128)', (value) =>
      typeof value === 'string' && SAFE_ID.test(value) ? value : undefined,
    ),
    date: field('date', `a real date from year ${YEARS.first} to ${YEARS.last}, written YYYY-MM-DD`, readDate),
    place: field('place', 'a place name', readText),
    agency: field('agency', 'an agency name', readText),
    urgency: field('urgency', 'a whole number from 1 to 8', (value) => (isUrgency(value) ? value : undefined)),
    language: field('language', 'a BCP 47 language tag such as en or fr-CA', (value) =>
      typeof value === 'string' && LANGUAGE_TAG.test(value) ? value : undefined,
    ),
    version: field('version', 'a whole number from 1 up', (value) => (isWholeNumber(value) && value >= 1 ? value : undefined)),
    status: field('status', `one of ${PUB_STATUSES.join(', ')}`, (value) => PUB_STATUSES.find((status) => status === value)),
    embargo: field('embargo', 'a date-time with its offset, written YYYY-MM-DDThh:mm[:ss][.fff]Z or ±hh:mm', readDateTime),
  };
  return { frontMatter, bodyStart: closing + 1 };
}

/** The index of the closing delimiter, within the limits. */
function closingLine(lines: readonly string[], file: string): number {
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === DELIMITER);
  const { lines: maxLines, characters: maxCharacters } = FRONT_MATTER_LIMITS;
  const hint = `front matter holds at most ${maxLines} lines and ${maxCharacters} characters: ${KNOWN_KEYS.join(', ')}`;
  if (closing === -1) {
    throw new InputError('front matter opened at line 1 is not closed', { file, line: 1 }, {
      hint: `end the metadata with a line holding only ${DELIMITER}`,
    });
  }
  if (closing - 1 > maxLines) {
    throw new InputError(`front matter has ${closing - 1} lines, more than ${maxLines}`, { file, line: maxLines + 2 }, { hint });
  }
  let characters = 0;
  for (let index = 1; index < closing; index++) {
    characters += lines[index]!.length + 1;
    if (characters > maxCharacters) {
      throw new InputError(`front matter has more than ${maxCharacters} characters`, { file, line: index + 1 }, { hint });
    }
  }
  return closing;
}

/** Parses the YAML between the delimiters into key → value and the key's line in the file. */
function readFields(yamlText: string, file: string): Map<string, RawField> {
  const lineCounter = new LineCounter();
  // Keys are checked below, in one pass: the yaml package's own check compares every key with every other.
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
  // The YAML starts on the file's line 2, after the opening delimiter.
  const fileLine = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line) + 1;
  const [error] = document.errors;
  if (error) {
    throw new InputError(`invalid YAML in front matter: ${error.message}`, { file, line: fileLine(error.pos[0]) });
  }
  const fields = new Map<string, RawField>();
  if (document.contents === null) return fields;
  if (!isMap(document.contents)) {
    throw new InputError('front matter must be `key: value` lines', { file, line: fileLine(document.contents.range?.[0]) });
  }
  const values = frontMatterValues(document, file);
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = fileLine(isNode(pair.key) ? pair.key.range?.[0] : undefined);
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      throw new InputError(`unknown front matter key \`${key}\``, { file, line }, { hint: `known keys: ${KNOWN_KEYS.join(', ')}` });
    }
    const earlier = fields.get(key);
    if (earlier !== undefined) throw new InputError(`front matter key \`${key}\` is given twice (line ${earlier.line} and here)`, { file, line });
    fields.set(key, { value: values[key] ?? null, line });
  }
  return fields;
}

/** Values come from toJS() so that aliases resolve; the syntax tree gives the keys' lines. */
function frontMatterValues(document: Document.Parsed, file: string): Record<string, unknown> {
  try {
    return document.toJS() as Record<string, unknown>;
  } catch (error) {
    // toJS refuses alias bombs (more than 100 alias expansions).
    throw new InputError(`invalid YAML in front matter: ${errorMessage(error)}`, { file, line: 2 }, { cause: error });
  }
}

function readDate(value: unknown): string | undefined {
  const date = typeof value === 'string' ? readIsoDate(value) : undefined;
  return date && isRealDate(date) && isInYearRange(date) ? formatIsoDate(date) : undefined;
}

const PUB_STATUSES: readonly PubStatus[] = ['usable', 'withdrawn', 'canceled'];

/** ISO 8601 date-time with seconds optional and the offset required: a moment, not a wall-clock time somewhere. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/u;

function readDateTime(value: unknown): string | undefined {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const date = match ? readIsoDate(match[1]!) : undefined;
  return date && isRealDate(date) && isInYearRange(date) && !Number.isNaN(Date.parse(value as string)) ? (value as string) : undefined;
}

function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isUrgency(value: unknown): value is Urgency {
  return isWholeNumber(value) && value >= 1 && value <= 8;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
