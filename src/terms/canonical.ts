/**
 * The meaning of entries, serialized canonically: what the glossary hash and the order of
 * disambiguated ids are computed over. Row order, cell whitespace, column order and the order
 * of variants inside a cell do not change it; any change of form, target, type, case or note does.
 */
import type { LanguageTag } from '../model.js';
import { sha256Hex } from '../util/hash.js';
import type { EntryDraft } from './rows.js';

// Bump when the serialization changes, so old and new hashes never compare equal by accident.
const FORMAT = 'wire-l10n/glossary/1';

export function canonicalEntry(entry: EntryDraft): string {
  return JSON.stringify([
    entry.source,
    [...entry.sourceVariants].sort(),
    sortedPairs(entry.targets),
    sortedPairs(entry.targetVariants)
      .filter(([, variants]) => variants.length > 0)
      .map(([lang, variants]) => [lang, [...variants].sort()]),
    entry.type,
    entry.caseSensitive,
    entry.note,
    // Appended only when present, so a termbase without forbidden forms keeps the hash it had.
    ...(entry.targetForbidden === undefined
      ? []
      : [sortedPairs(entry.targetForbidden).map(([lang, forms]) => [lang, [...forms].sort()])]),
  ]);
}

/** sha256 (hex) of the source language and the sorted canonical entries. */
export function glossaryHash(sourceLang: LanguageTag, entries: readonly EntryDraft[]): string {
  return sha256Hex(JSON.stringify([FORMAT, sourceLang, entries.map(canonicalEntry).sort()]));
}

function sortedPairs<T>(record: Readonly<Record<LanguageTag, T>>): [LanguageTag, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
