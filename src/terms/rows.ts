/** One data row → one glossary entry (without its id, which depends on the whole glossary). */
import { GlossaryError } from '../errors.js';
import type { GlossaryEntry, LanguageTag, TermType } from '../model.js';
import { normalizeText } from '../util/hash.js';
import { defaultCaseSensitivity } from './case-rules.js';
import { SOURCE_LANG, type ColumnLayout } from './columns.js';
import type { CsvRecord } from './csv-records.js';
import { checkFormLength } from './limits.js';

export type EntryDraft = Omit<GlossaryEntry, 'id'>;

type RowLocation = GlossaryEntry['origin'];

const TERM_TYPES: readonly TermType[] = ['term', 'name', 'dnt'];
const CASE_VALUES = ['sensitive', 'insensitive'] as const;
const VARIANT_SEPARATOR = '|';
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** True for a row whose cells are all blank: spreadsheets leave them between and after entries. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

export function entryFromRecord(record: CsvRecord, layout: ColumnLayout, file: string): EntryDraft {
  const location: RowLocation = { file, line: record.line };
  // Whitespace is not meaning: cells are compared and hashed in their normalized form.
  const cell = (index: number | undefined): string => (index === undefined ? '' : normalizeText(record.fields[index] ?? ''));
  assertNoStrayCells(record, layout, location);

  const form = (index: number | undefined, column: string): string => {
    const value = cell(index);
    checkFormLength(value, column, location);
    return value;
  };
  const source = form(layout.source, SOURCE_LANG);
  if (source === '') {
    throw new GlossaryError(`empty "${SOURCE_LANG}" cell: expected the source term`, location, {
      hint: 'fill in the source term, or delete the row',
    });
  }
  const type = readType(cell(layout.type), location);
  const targets: Record<LanguageTag, string> = {};
  const targetVariants: Record<LanguageTag, readonly string[]> = {};
  const targetForbidden: Record<LanguageTag, readonly string[]> = {};
  for (const [lang, index] of layout.targets) {
    const target = form(index, lang) || requireTarget(type, source, lang, location);
    targets[lang] = target;
    const variants = splitVariants(cell(layout.targetVariants.get(lang)), target, `${lang}_variants`, location);
    if (variants.length > 0) targetVariants[lang] = variants;
    const forbidden = splitVariants(cell(layout.targetForbidden.get(lang)), target, `${lang}_forbidden`, location);
    assertNotAccepted(forbidden, [target, ...variants], `${lang}_forbidden`, location);
    if (forbidden.length > 0) targetForbidden[lang] = forbidden;
  }
  return {
    source,
    sourceVariants: splitVariants(cell(layout.sourceVariants), source, `${SOURCE_LANG}_variants`, location),
    targets,
    targetVariants,
    ...(Object.keys(targetForbidden).length > 0 ? { targetForbidden } : {}),
    type,
    caseSensitive: readCaseSensitivity(cell(layout.case), type, source, location),
    note: cell(layout.note),
    origin: location,
  };
}

/** Content past the header's columns, or under an unnamed one, is almost always a missing quote. */
function assertNoStrayCells(record: CsvRecord, layout: ColumnLayout, location: RowLocation): void {
  for (const [index, field] of record.fields.entries()) {
    if (field.trim() === '' || (index < layout.width && !layout.unnamed.has(index))) continue;
    throw new GlossaryError(
      `unexpected value "${field.trim()}" in column ${index + 1}, which has no name in the header`,
      location,
      { hint: 'a cell that contains a comma must be in double quotes ("a, b"); otherwise name the column or empty the cell' },
    );
  }
}

function readType(value: string, location: RowLocation): TermType {
  if (value === '') return 'term';
  const type = TERM_TYPES.find((candidate) => candidate === value.toLowerCase());
  if (type) return type;
  throw new GlossaryError(
    `unknown type "${value}": expected ${TERM_TYPES.join(', ')} (or empty for term)`,
    location,
    { hint: 'term = translated term, name = proper name (matched case-sensitively), dnt = do not translate' },
  );
}

function readCaseSensitivity(value: string, type: TermType, source: string, location: RowLocation): boolean {
  if (value === '') return defaultCaseSensitivity(type, source);
  const setting = CASE_VALUES.find((candidate) => candidate === value.toLowerCase());
  if (setting) return setting === 'sensitive';
  throw new GlossaryError(
    `unknown case "${value}": expected ${CASE_VALUES.join(' or ')} (or empty for the default)`,
    location,
    { hint: 'leave it empty: names, dnt terms and all-capital forms are case-sensitive, other terms not' },
  );
}

function requireTarget(type: TermType, source: string, lang: LanguageTag, location: RowLocation): string {
  // A do-not-translate term stays as in the source unless the row says otherwise.
  if (type === 'dnt') return source;
  throw new GlossaryError(
    `empty "${lang}" cell for "${source}": expected the ${languageNames.of(lang) ?? lang} rendering`,
    location,
    { hint: 'fill it in, or set type to "dnt" if the term stays as in English' },
  );
}

/** A form both accepted and forbidden would make every check of it contradict itself. */
function assertNotAccepted(forbidden: readonly string[], accepted: readonly string[], column: string, location: RowLocation): void {
  const both = forbidden.find((form) => accepted.includes(form));
  if (both === undefined) return;
  throw new GlossaryError(`"${both}" in "${column}" is also the required rendering or an accepted variant`, location, {
    hint: 'a rendering is either accepted or forbidden: remove it from one of the columns',
  });
}

/** `a|b|c` → distinct, normalized forms other than the canonical one, each checked for length. */
function splitVariants(value: string, canonical: string, column: string, location: RowLocation): string[] {
  const forms = value.split(VARIANT_SEPARATOR).map(normalizeText);
  for (const form of forms) checkFormLength(form, column, location);
  return [...new Set(forms)].filter((form) => form !== '' && form !== canonical);
}
