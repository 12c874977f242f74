/**
 * Our termbase → the entries of one DeepL glossary dictionary (source language → one target).
 *
 * DeepL matches surface forms, so every source form of an entry (the canonical `en` form and each
 * `en_variants` form) maps to the entry's required target; accepted target variants are not sent
 * (a dictionary has one target per source). `dnt` entries are left out: their spans travel inside
 * `<dnt>` tags that DeepL ignores (`ignore_tags`) and the engine restores them from the source, so
 * an entry for them would never apply. DeepL refuses a dictionary with a repeated source, an empty
 * term, control characters (tab and line breaks included) or a term over 1024 UTF-8 bytes, so terms
 * are cleaned and checked here, and what cannot be sent is reported, never silently lost. The
 * result is sorted by source: the same termbase gives the same dictionary whatever its row order,
 * as its hash (and so the glossary's name) ignores row order.
 */
import { termRendering, type Glossary, type LanguageTag } from '../../../model.js';

/** One line of a DeepL dictionary. */
export interface DeepLGlossaryEntry {
  readonly source: string;
  readonly target: string;
}

export type DroppedEntryReason = 'invalid-term' | 'too-long' | 'duplicate-source';

/** A source form of the termbase that is not in the dictionary, and why. */
export interface DroppedGlossaryEntry {
  readonly entryId: string;
  readonly targetLang: LanguageTag;
  readonly source: string;
  readonly target: string;
  readonly reason: DroppedEntryReason;
  /** For people: what is wrong, and which entry won for a duplicate. */
  readonly detail: string;
}

export interface DeepLDictionaryEntries {
  /** Sorted by source (UTF-16 code unit order), one per source. */
  readonly entries: readonly DeepLGlossaryEntry[];
  readonly dropped: readonly DroppedGlossaryEntry[];
}

/** DeepL's limit on one source or target term, in UTF-8 bytes. */
const maxTermBytes = 1024;

interface Candidate extends DeepLGlossaryEntry {
  readonly entryId: string;
  /** The entry's canonical form (preferred over a variant when two entries claim one source). */
  readonly canonical: boolean;
}

/** The dictionary `glossary.sourceLang` → `targetLang` DeepL should get for our termbase. */
export function glossaryEntriesFor(glossary: Glossary, targetLang: LanguageTag): DeepLDictionaryEntries {
  const dropped: DroppedGlossaryEntry[] = [];
  const candidates: Candidate[] = [];
  for (const entry of glossary.entries) {
    if (entry.type === 'dnt') continue;
    const rawTarget = termRendering(entry, targetLang)?.target;
    // A termbase file without this language's column: nothing to send, nothing lost.
    if (rawTarget === undefined) continue;
    const target = cleanTerm(rawTarget);
    const forms = [entry.source, ...entry.sourceVariants].map((form, i) => ({ source: cleanTerm(form), canonical: i === 0 }));
    for (const { source, canonical } of forms) {
      const drop = (reason: DroppedEntryReason, detail: string) => dropped.push({ entryId: entry.id, targetLang, source, target, reason, detail });
      const invalid = invalidTerm(source) ?? invalidTerm(target);
      if (invalid !== undefined) drop(invalid.reason, invalid.detail);
      else candidates.push({ entryId: entry.id, source, target, canonical });
    }
  }

  const bySource = new Map<string, Candidate[]>();
  for (const candidate of candidates) bySource.set(candidate.source, [...(bySource.get(candidate.source) ?? []), candidate]);
  const entries: DeepLGlossaryEntry[] = [];
  for (const [source, claims] of bySource) {
    const [kept, ...others] = [...claims].sort(preferredClaim);
    entries.push({ source, target: kept!.target });
    // The same form with the same target in two rows is allowed by the termbase: nothing is lost.
    for (const other of others.filter((claim) => claim.target !== kept!.target)) {
      dropped.push({
        entryId: other.entryId,
        targetLang,
        source,
        target: other.target,
        reason: 'duplicate-source',
        detail: `"${source}" is also a form of entry ${kept!.entryId}, whose target "${kept!.target}" is kept (a DeepL dictionary has one target per source)`,
      });
    }
  }
  entries.sort((a, b) => compareCodeUnits(a.source, b.source));
  dropped.sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.entryId, b.entryId) || compareCodeUnits(a.reason, b.reason));
  return { entries, dropped };
}

/**
 * NFC, line breaks and tabs as spaces, spaces collapsed, ends trimmed: how the termbase compares
 * cells anyway, and what DeepL requires (no tab, no line break, no surrounding space). No-break
 * spaces inside a term are kept: French typography needs them.
 */
function cleanTerm(term: string): string {
  return term.normalize('NFC').replace(/[\t\n\v\f\r\u0085\u2028\u2029 ]+/gu, ' ').trim();
}

function invalidTerm(term: string): { reason: DroppedEntryReason; detail: string } | undefined {
  if (term === '') return { reason: 'invalid-term', detail: 'the term is empty' };
  // deepl-node refuses C0 and C1 control characters before sending (its GlossaryEntries check).
  const control = /[\u0000-\u001f\u0080-\u009f]/u.exec(term);
  if (control) return { reason: 'invalid-term', detail: `"${term}" holds control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
  const bytes = Buffer.byteLength(term, 'utf8');
  if (bytes > maxTermBytes) return { reason: 'too-long', detail: `a term of ${bytes} UTF-8 bytes, DeepL takes at most ${maxTermBytes}` };
  return undefined;
}

/** Canonical forms first, then by entry id and target: a choice that does not depend on row order. */
function preferredClaim(a: Candidate, b: Candidate): number {
  if (a.canonical !== b.canonical) return a.canonical ? -1 : 1;
  return compareCodeUnits(a.entryId, b.entryId) || compareCodeUnits(a.target, b.target);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
