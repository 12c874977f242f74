import { OutputError } from '../errors.js';
import type { FileLocation } from '../errors.js';
import { termRendering, type GlossaryEntry, type LanguageTag, type Unit } from '../model.js';
import type { XliffGlossEntry } from './view.js';

/**
 * The glossary entries a unit's segment hits, once each, in order of first hit.
 * A hit on an entry the glossary lacks means the caller passed another glossary than the terms
 * stage used: that is refused, since a note missing a term would mislead the translator.
 */
export function unitTermEntries(
  unit: Unit,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
  location: FileLocation,
): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const hit of unit.segment.terms) {
    if (entries.has(hit.entryId)) continue;
    const entry = entriesById.get(hit.entryId);
    if (!entry) {
      throw new OutputError(
        `cannot write XLIFF: unit ${unit.id} has a term hit ("${hit.text}") on glossary entry "${hit.entryId}", ` +
          'which the glossary given to the XLIFF writer does not have; pass the glossary the terms stage used',
        location,
      );
    }
    entries.set(hit.entryId, entry);
  }
  return [...entries.values()];
}

/** What translators must write for the entry: its target, or for a do-not-translate entry the source itself. */
export function requiredRendering(entry: GlossaryEntry, lang: LanguageTag): string | undefined {
  const target = termRendering(entry, lang)?.target;
  if (target) return target;
  return entry.type === 'dnt' ? entry.source : undefined;
}

/** `Glossary: Islamic State (IS) → groupe État islamique (EI); Reuters (do not translate)` */
export function termNoteText(entries: readonly GlossaryEntry[], lang: LanguageTag): string {
  const items = entries.map((entry) => {
    if (entry.type === 'dnt') return `${entry.source} (do not translate)`;
    const rendering = requiredRendering(entry, lang);
    return `${entry.source} → ${rendering ?? `(no ${lang} rendering in the glossary)`}`;
  });
  return `Glossary: ${items.join('; ')}`;
}

/**
 * The entry for the XLIFF 2.1 glossary module, or undefined when it would carry neither a
 * translation nor a definition (the 2.1 spec requires one; the term note still names the entry).
 */
export function glossEntryView(entry: GlossaryEntry, lang: LanguageTag): XliffGlossEntry | undefined {
  const translation = requiredRendering(entry, lang);
  const definition = entry.note.trim() || undefined;
  if (translation === undefined && definition === undefined) return undefined;
  return {
    term: entry.source,
    termOrigin: `${entry.origin.file}:${entry.origin.line}`,
    ...(translation === undefined ? {} : { translation }),
    ...(definition === undefined ? {} : { definition }),
  };
}
