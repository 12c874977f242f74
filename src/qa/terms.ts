/**
 * qa/terms — is every glossary term of a segment rendered as the termbase requires?
 *
 * Takes: units (with targets from an engine) and the glossary.
 * Returns: the same units, each machine-translated target that lacks a required rendering (or an
 *   accepted variant) carrying a `qa/term-missing` warning naming the term and what was expected.
 *   A DeepL glossary makes the right rendering likely, not certain: this is the check after it.
 * Limitations: a rendering counts when it occurs in the target, compared case-insensitively
 *   after NFC normalization; inflected forms the termbase does not list are reported.
 */
import { termRendering, type Finding, type Glossary, type Unit } from '../model.js';
import { sha256Hex } from '../util/hash.js';

export function checkTermRenderings(units: readonly Unit[], glossary: Glossary): Unit[] {
  const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  return units.map((unit) => {
    if (unit.origin !== 'mt' || unit.target === undefined || unit.segment.terms.length === 0) return unit;
    const target = comparable(unit.target);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const hit of unit.segment.terms) {
      const entry = entries.get(hit.entryId);
      if (!entry || entry.type === 'dnt' || seen.has(entry.id)) continue;
      seen.add(entry.id);
      const rendering = termRendering(entry, unit.targetLang);
      if (rendering === undefined) continue;
      const required = rendering.target;
      const accepted = [required, ...rendering.variants];
      if (accepted.some((form) => target.includes(comparable(form)))) continue;
      findings.push({
        id: sha256Hex(`qa/term-missing\u0000${unit.targetLang}\u0000${unit.id}\u0000${entry.id}`).slice(0, 16),
        ruleId: 'qa/term-missing',
        source: 'qa/terms',
        severity: 'warning',
        reason: `"${hit.text}" should be rendered "${required}"`,
        unitId: unit.id,
        place: { side: 'source', start: hit.start, end: hit.end },
        expected: accepted,
      });
    }
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ');
}
