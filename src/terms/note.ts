/** Glossary hits as text for translators: the XLIFF writer puts it in a unit's notes. */
import { termRendering, type Glossary, type GlossaryEntry, type LanguageTag, type TermHit } from '../model.js';
import { entriesById } from './entry-index.js';
import { formKey } from './tokens.js';

/**
 * One line per entry hit, in order of first occurrence:
 * `Iran-backed armed groups (“Iran-allied armed groups”) → groupes armés pro-Iran (also: …) — note`.
 * The form as written follows the canonical one when it differs by more than case, apostrophe
 * or spacing. Hits whose entry is not in the glossary are skipped; no hits → "".
 */
export function describeTermsForNote(hits: readonly TermHit[], glossary: Glossary, targetLang: LanguageTag): string {
  const entries = entriesById(glossary);
  const writtenForms = new Map<GlossaryEntry, string[]>();
  for (const hit of hits) {
    const entry = entries.get(hit.entryId);
    if (!entry) continue;
    const forms = writtenForms.get(entry) ?? [];
    const differs = formKey(hit.text, false) !== formKey(entry.source, false);
    if (differs && !forms.includes(hit.text)) forms.push(hit.text);
    writtenForms.set(entry, forms);
  }
  return [...writtenForms].map(([entry, forms]) => describeEntry(entry, forms, targetLang)).join('\n');
}

function describeEntry(entry: GlossaryEntry, writtenForms: readonly string[], targetLang: LanguageTag): string {
  const rendering = termRendering(entry, targetLang);
  const target = rendering?.target;
  const variants = rendering?.variants ?? [];
  const parts = [
    entry.source,
    writtenForms.length > 0 ? ` (${writtenForms.map((form) => `“${form}”`).join(', ')})` : '',
    target === undefined ? ` → (no ${targetLang} rendering in the termbase)` : ` → ${target}`,
    variants.length > 0 ? ` (also: ${variants.join(', ')})` : '',
    entry.type === 'dnt' ? ' [do not translate]' : '',
    entry.note === '' ? '' : ` — ${entry.note}`,
  ];
  return parts.join('');
}
