/**
 * The header row: which column holds what. Names are case-insensitive and in any order; any
 * language tag other than the source's is a target language.
 */
import { GlossaryError } from '../errors.js';
import type { LanguageTag } from '../model.js';
import type { CsvRecord } from './csv-records.js';

/** The termbase's source language: its column is the canonical source form. */
export const SOURCE_LANG: LanguageTag = 'en';

const REQUIRED_COLUMNS = [SOURCE_LANG, 'fr', 'ar', 'note'] as const;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:-([a-z]{2}))?$/iu;
const VARIANTS_SUFFIX = '_variants';
const FORBIDDEN_SUFFIX = '_forbidden';
const EXPECTED_NAMES = `${REQUIRED_COLUMNS.join(', ')}, another language tag (es, pt-BR), <tag>_variants, <tag>_forbidden, type, case`;

/** Column indexes (0-based) of each kind of cell. */
export interface ColumnLayout {
  readonly source: number;
  readonly sourceVariants: number | undefined;
  /** Target language → column, in header order. */
  readonly targets: ReadonlyMap<LanguageTag, number>;
  readonly targetVariants: ReadonlyMap<LanguageTag, number>;
  /** Target language → column of its forbidden renderings (optional columns). */
  readonly targetForbidden: ReadonlyMap<LanguageTag, number>;
  readonly type: number | undefined;
  readonly case: number | undefined;
  readonly note: number;
  /** Columns with an empty header cell: their cells must stay empty. */
  readonly unnamed: ReadonlySet<number>;
  /** Number of header cells; cells past it must stay empty. */
  readonly width: number;
}

export function readColumnLayout(header: CsvRecord, file: string): ColumnLayout {
  const columns = new Map<string, number>();
  const unnamed = new Set<number>();
  for (const [index, cell] of header.fields.entries()) {
    const name = columnName(cell.trim(), header.line, file);
    if (name === '') {
      unnamed.add(index);
      continue;
    }
    const earlier = columns.get(name);
    if (earlier !== undefined) {
      throw new GlossaryError(
        `column "${name}" appears twice (columns ${earlier + 1} and ${index + 1})`,
        { file, line: header.line },
        { hint: 'keep one of them: each column name may appear once' },
      );
    }
    columns.set(name, index);
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new GlossaryError(
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')}: expected ${REQUIRED_COLUMNS.join(', ')}; got ${[...columns.keys()].join(', ') || 'no named column'}`,
      { file, line: header.line },
      { hint: 'the first row must name the columns (any order); add the missing ones, even if some cells stay empty' },
    );
  }
  return layoutOf(columns, unnamed, header, file);
}

/** The canonical name of a header cell: keywords lower-case, language tags as `xx` or `xx-YY`. */
function columnName(cell: string, line: number, file: string): string {
  const lower = cell.toLowerCase();
  if (lower === '' || lower === 'note' || lower === 'type' || lower === 'case') return lower;
  const suffix = suffixOf(lower) ?? '';
  const tag = canonicalTag(lower.slice(0, lower.length - suffix.length));
  if (tag === undefined || (suffix === FORBIDDEN_SUFFIX && tag === SOURCE_LANG)) {
    throw new GlossaryError(
      `unknown column "${cell}": expected ${EXPECTED_NAMES}`,
      { file, line },
      { hint: 'rename the column, or delete it if it is not part of the termbase' },
    );
  }
  return tag + suffix;
}

/** `_variants` or `_forbidden` when a column name ends with one. */
function suffixOf(name: string): string | undefined {
  return [VARIANTS_SUFFIX, FORBIDDEN_SUFFIX].find((candidate) => name.endsWith(candidate));
}

function canonicalTag(name: string): LanguageTag | undefined {
  const match = LANGUAGE_TAG.exec(name);
  if (!match) return undefined;
  const [, language, region] = match;
  return region === undefined ? language!.toLowerCase() : `${language!.toLowerCase()}-${region.toUpperCase()}`;
}

function layoutOf(columns: ReadonlyMap<string, number>, unnamed: ReadonlySet<number>, header: CsvRecord, file: string): ColumnLayout {
  const targets = new Map<LanguageTag, number>();
  const targetVariants = new Map<LanguageTag, number>();
  const targetForbidden = new Map<LanguageTag, number>();
  for (const [name, index] of columns) {
    const suffix = suffixOf(name);
    if (suffix !== undefined) {
      const tag = name.slice(0, -suffix.length);
      if (!columns.has(tag)) {
        throw new GlossaryError(
          `column "${name}" has no "${tag}" column to go with`,
          { file, line: header.line },
          { hint: `add a "${tag}" column, or rename "${name}"` },
        );
      }
      if (tag !== SOURCE_LANG) (suffix === VARIANTS_SUFFIX ? targetVariants : targetForbidden).set(tag, index);
    } else if (canonicalTag(name) !== undefined && name !== SOURCE_LANG) {
      targets.set(name, index);
    }
  }
  return {
    source: columns.get(SOURCE_LANG)!,
    sourceVariants: columns.get(SOURCE_LANG + VARIANTS_SUFFIX),
    targets,
    targetVariants,
    targetForbidden,
    type: columns.get('type'),
    case: columns.get('case'),
    note: columns.get('note')!,
    unnamed,
    width: header.fields.length,
  };
}
