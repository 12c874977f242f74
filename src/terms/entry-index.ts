import type { Glossary, GlossaryEntry } from '../model.js';

// Glossaries are immutable values: an index built once serves every segment and unit.
const indexes = new WeakMap<Glossary, ReadonlyMap<string, GlossaryEntry>>();

/** The glossary's entries by id. */
export function entriesById(glossary: Glossary): ReadonlyMap<string, GlossaryEntry> {
  let index = indexes.get(glossary);
  if (!index) {
    index = new Map(glossary.entries.map((entry) => [entry.id, entry]));
    indexes.set(glossary, index);
  }
  return index;
}
