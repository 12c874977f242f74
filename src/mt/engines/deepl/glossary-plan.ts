/**
 * What glossary sync wants on DeepL for one termbase and set of target languages: the name that
 * carries the termbase's hash, and one dictionary per target language that has entries.
 */
import { GlossaryEntries } from 'deepl-node';
import { UsageError } from '../../../errors.js';
import type { Glossary, LanguageTag } from '../../../model.js';
import { deeplSourceLang } from './config.js';
import { glossaryEntriesFor, type DeepLGlossaryEntry, type DroppedGlossaryEntry } from './glossary-entries.js';

/** Marks the glossaries wire-l10n created; a name of this shape and no other is ever deleted. */
export const glossaryNamePrefix = 'wire-l10n ';
/** `wire-l10n 3f9a0c21b7d4` (v3) or `wire-l10n 3f9a0c21b7d4 en-fr` (v2, one per language pair). */
const ourName = /^wire-l10n [0-9a-f]{12}(?: [a-z]{2,3}-[a-z]{2,3})?$/u;
const hashLength = 12;

export interface DictionaryPlan {
  /** Our tag, as requested (`fr`, `fr-CA`). */
  readonly targetLang: LanguageTag;
  /** DeepL's glossary codes: base languages, lower case (`en`, `fr`). */
  readonly sourceLangCode: string;
  readonly targetLangCode: string;
  readonly entries: readonly DeepLGlossaryEntry[];
}

export interface GlossaryPlan {
  /** First 12 hex digits of the termbase hash. */
  readonly hash: string;
  /** Only the languages with entries: DeepL refuses an empty dictionary. */
  readonly dictionaries: readonly DictionaryPlan[];
  /** Entries per requested language, 0 included. */
  readonly entryCounts: Readonly<Record<LanguageTag, number>>;
  readonly dropped: readonly DroppedGlossaryEntry[];
}

export function planGlossary(glossary: Glossary, targetLangs: readonly LanguageTag[]): GlossaryPlan {
  if (!/^[0-9a-f]{12}/u.test(glossary.hash)) {
    throw new TypeError(`Expected \`glossary.hash\` to be a hex content hash, got \`${glossary.hash}\``);
  }
  const sourceLangCode = deeplSourceLang(glossary.sourceLang);
  const dictionaries: DictionaryPlan[] = [];
  const entryCounts: Record<LanguageTag, number> = {};
  const dropped: DroppedGlossaryEntry[] = [];
  const requestedBy = new Map<string, LanguageTag>();
  for (const targetLang of new Set(targetLangs)) {
    // Glossaries pair base languages: `fr` and `fr-CA` would need the same dictionary.
    const targetLangCode = deeplSourceLang(targetLang);
    const earlier = requestedBy.get(targetLangCode);
    if (earlier !== undefined) {
      // A user's choice of languages, not a bug: `--to fr-FR,fr-CA` with DeepL must say what to do.
      throw new UsageError(`--to ${earlier},${targetLang}: ${earlier} and ${targetLang} share DeepL's ${targetLangCode} glossary dictionary, so one DeepL job cannot hold both`, {
        hint: `run ${earlier} and ${targetLang} as separate jobs`,
      });
    }
    requestedBy.set(targetLangCode, targetLang);
    const result = glossaryEntriesFor(glossary, targetLang);
    entryCounts[targetLang] = result.entries.length;
    dropped.push(...result.dropped);
    if (result.entries.length > 0) dictionaries.push({ targetLang, sourceLangCode, targetLangCode, entries: result.entries });
  }
  return { hash: glossary.hash.slice(0, hashLength), dictionaries, entryCounts, dropped };
}

/** The v3 glossary's name: one glossary holds every language's dictionary. */
export function multilingualGlossaryName(plan: GlossaryPlan): string {
  return `${glossaryNamePrefix}${plan.hash}`;
}

/** A v2 glossary's name: one glossary per language pair. */
export function pairGlossaryName(plan: GlossaryPlan, dictionary: DictionaryPlan): string {
  return `${glossaryNamePrefix}${plan.hash} ${dictionary.sourceLangCode}-${dictionary.targetLangCode}`;
}

/** True for a name wire-l10n gives; `wire-l10n staging`, named by someone, is not ours. */
export function isOurGlossaryName(name: string): boolean {
  return ourName.test(name);
}

export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function toGlossaryEntries(entries: readonly DeepLGlossaryEntry[]): GlossaryEntries {
  // Through an object, not `add()`: `add` checks with `in`, so "constructor" would pass for a duplicate.
  return new GlossaryEntries({ entries: Object.fromEntries(entries.map((entry) => [entry.source, entry.target])) });
}

/** Oldest first, then by id: which of two same-named glossaries is kept does not depend on list order. */
export function oldestFirst<T extends { readonly creationTime: Date; readonly glossaryId: string }>(a: T, b: T): number {
  return a.creationTime.getTime() - b.creationTime.getTime() || (a.glossaryId < b.glossaryId ? -1 : a.glossaryId > b.glossaryId ? 1 : 0);
}
