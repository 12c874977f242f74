/**
 * Text a target legitimately keeps as the source wrote it, so checks for English left in do not
 * count it: the verbatim protected spans of the source (URLs, handles, designations,
 * do-not-translate terms) and, for each glossary term of the source, its renderings in the target
 * language (house form and variants) and, for a name or do-not-translate entry, its source forms.
 * Ranges in the target, as whole tokens (tokenOccurrences).
 */
import { termRendering, type Glossary } from '../../model.js';
import type { TextRange } from '../house-style/text.js';
import type { UnitWithTarget } from './unit-check.js';
import { tokenOccurrences } from './verbatim.js';

export function keptTextRanges(unit: UnitWithTarget, glossary: Glossary): TextRange[] {
  const kept = new Set(unit.segment.protectedSpans.filter((span) => span.kind !== 'value').map((span) => span.text));
  const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  for (const hit of unit.segment.terms) {
    const entry = entries.get(hit.entryId);
    if (entry === undefined) continue;
    const rendering = termRendering(entry, unit.targetLang);
    for (const form of rendering ? [rendering.target, ...rendering.variants] : []) kept.add(form);
    if (entry.type !== 'term') for (const form of [entry.source, ...entry.sourceVariants, hit.text]) kept.add(form);
  }
  return [...kept].flatMap((text) => tokenOccurrences(unit.target, text));
}

/** The source with its protected spans and name / do-not-translate terms blanked: what a translator translates. */
export function translatableSource(unit: UnitWithTarget, glossary: Glossary): string {
  const names = new Set(glossary.entries.filter((entry) => entry.type !== 'term').map((entry) => entry.id));
  const blanks = [...unit.segment.protectedSpans, ...unit.segment.terms.filter((hit) => names.has(hit.entryId))];
  let text = unit.segment.source;
  for (const range of blanks) text = text.slice(0, range.start) + ' '.repeat(range.end - range.start) + text.slice(range.end);
  return text;
}
