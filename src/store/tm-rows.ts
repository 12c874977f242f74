/**
 * A TM entry as both adapters keep it: languages lower-cased, the source whitespace-normalized
 * beside the source as written, the neighbours normalized ('' when unknown), absent fields null.
 */
import { normalizeText } from '../util/hash.js';
import type { TmContext, TmEntry, TmMatch } from './store.js';

/** The columns that identify an entry: a new one with the same values replaces it. */
export interface EntryKey {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly sourceNorm: string;
  readonly previousSource: string;
  readonly nextSource: string;
}

export interface EntryRow extends EntryKey {
  readonly source: string;
  readonly target: string;
  readonly origin: TmEntry['origin'];
  readonly createdBy: string | null;
  readonly note: string | null;
}

export function checkEntry(entry: TmEntry, index: number): void {
  for (const field of ['sourceLang', 'targetLang', 'source', 'target'] as const) {
    if (typeof entry[field] !== 'string' || entry[field].trim() === '') {
      throw new TypeError(`Expected TM entry ${index} to have a non-empty \`${field}\`, got \`${entry[field]}\``);
    }
  }
}

export function entryRow(entry: TmEntry): EntryRow {
  return {
    sourceLang: entry.sourceLang.toLowerCase(),
    targetLang: entry.targetLang.toLowerCase(),
    source: entry.source,
    sourceNorm: normalizeText(entry.source),
    previousSource: normalizeText(entry.previousSource ?? ''),
    nextSource: normalizeText(entry.nextSource ?? ''),
    target: entry.target,
    origin: entry.origin,
    createdBy: entry.createdBy ?? null,
    note: entry.note ?? null,
  };
}

export function entryKey(row: EntryRow): EntryKey {
  const { sourceLang, targetLang, sourceNorm, previousSource, nextSource } = row;
  return { sourceLang, targetLang, sourceNorm, previousSource, nextSource };
}

export function tmEntry(row: EntryRow): TmEntry {
  return {
    sourceLang: row.sourceLang,
    targetLang: row.targetLang,
    source: row.source,
    target: row.target,
    ...(row.previousSource === '' ? {} : { previousSource: row.previousSource }),
    ...(row.nextSource === '' ? {} : { nextSource: row.nextSource }),
    origin: row.origin,
    ...(row.createdBy === null ? {} : { createdBy: row.createdBy }),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/** The key `exact` looks up: the entry's key for this source in this context. */
export function lookupKey(sourceLang: string, targetLang: string, source: string, context: TmContext): EntryKey {
  return {
    sourceLang: sourceLang.toLowerCase(),
    targetLang: targetLang.toLowerCase(),
    sourceNorm: normalizeText(source),
    previousSource: normalizeText(context.previousSource ?? ''),
    nextSource: normalizeText(context.nextSource ?? ''),
  };
}

/** The exact match `row` gives for `key` (the row its lookup preferred). */
export function exactMatch(row: EntryRow, key: EntryKey): TmMatch {
  const hasContext = row.previousSource !== '' || row.nextSource !== '';
  const inContext = hasContext && row.previousSource === key.previousSource && row.nextSource === key.nextSource;
  return { source: row.source, target: row.target, similarity: 100, inContext, origin: row.origin };
}
