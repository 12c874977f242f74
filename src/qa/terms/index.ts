/**
 * qa/terms — is every glossary term of a segment rendered the house way?
 *
 * Takes: units (any origin but pseudo-translation) and the glossary.
 * Returns: the same units; for each entry found in a unit's source whose rendering in the target is
 *   not the house form, a finding with the entry's English form as `term`:
 *   - `terms/violation` (warning): the concept is rendered, not the house way — a forbidden form
 *     (`<lang>_forbidden`), the source's English left in, part of the house form or its words out
 *     of order (a synonym of one of its words, a truncated or longer name), a name spelled another
 *     way (`Hizbollah`, `تيليغرام`), an elision before an h aspiré. The range is the offending text
 *     in the target.
 *   - `terms/missing` (warning): no trace of it. The range is the term in the source.
 *   Human work is checked and reported like the rest (warnings block nothing).
 * A source plural the termbase does not list (`air strikes`, a hit marked `plural`) is checked like
 *   its singular, its text English that may be left in but no variant's wording to echo.
 * Matching: French and Arabic morphology (`french.ts`, `arabic.ts`): elision, contraction,
 *   articles, case and accents, regular plural/agreement/dual endings, proclitics, up to two
 *   inserted words; see `status.ts` for the order of the decisions and the echo of a source variant.
 * Limitations: irregular plurals (كتيبة/كتائب, `œil`/`yeux`) and a pronoun or a generic noun
 *   standing for the term (`le mouvement`, `الحزب`) count as missing; a synonym with no word of the house form in common is missing unless the
 *   termbase forbids it.
 */
import { findingOnUnit, hasTarget, termRendering, type Glossary, type LanguageTag, type TargetFinding, type TermHit, type Unit } from '../../model.js';
import { entriesById } from '../../terms/entry-index.js';
import { houseFormRange, termStatus, type TargetRange } from './status.js';

export { termStatus, type TermStatus } from './status.js';

export function checkTermCompliance(units: readonly Unit[], glossary: Glossary): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit) || unit.origin === 'pseudo' || unit.segment.terms.length === 0) return unit;
    const findings = termFindings(unit.segment.terms, unit.target, unit.targetLang, glossary).map((finding) => findingOnUnit(finding, unit));
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

/**
 * The term findings of one target text, one per glossary entry found in its source (`hits`), in
 * source order, each keyed by its entry's id.
 */
export function termFindings(hits: readonly TermHit[], target: string, lang: LanguageTag, glossary: Glossary): TargetFinding[] {
  const entries = entriesById(glossary);
  const hitsByEntry = new Map<string, TermHit[]>();
  for (const hit of hits) hitsByEntry.set(hit.entryId, [...(hitsByEntry.get(hit.entryId) ?? []), hit]);
  const found = [...hitsByEntry.keys()].flatMap((entryId) => {
    const entry = entries.get(entryId);
    return entry === undefined || entry.type === 'dnt' ? [] : [entry];
  });
  const ranges = new Map(found.map((entry) => [entry.id, houseFormRange(entry, lang, target)]));
  const findings: TargetFinding[] = [];
  for (const entry of found) {
    const entryHits = hitsByEntry.get(entry.id)!;
    const claimed = found.flatMap((other) => (other === entry ? [] : [ranges.get(other.id)].filter((range): range is TargetRange => range !== undefined)));
    const textsOf = (plural: boolean): string[] => entryHits.filter((hit) => (hit.plural === true) === plural).map((hit) => hit.text);
    const result = termStatus({ entry, lang, sourceTexts: textsOf(false), pluralTexts: textsOf(true), target, claimed });
    if (result === undefined || result.status === 'ok') continue;
    const first = entryHits[0]!;
    const rendering = termRendering(entry, lang);
    const expected = rendering === undefined ? [] : [rendering.target, ...rendering.variants];
    findings.push(
      result.status === 'missing'
        ? {
            key: entry.id,
            ruleId: 'terms/missing',
            source: 'qa/terms',
            severity: 'warning',
            reason: `“${first.text}” is not rendered: expected “${expected[0] ?? entry.source}”`,
            place: { side: 'source', start: first.start, end: first.end },
            expected,
            term: entry.source,
          }
        : {
            key: entry.id,
            ruleId: 'terms/violation',
            source: 'qa/terms',
            severity: 'warning',
            reason: result.reason,
            place: { side: 'target', start: result.start, end: result.end },
            actual: target.slice(result.start, result.end),
            expected,
            term: entry.source,
          },
    );
  }
  return findings;
}
