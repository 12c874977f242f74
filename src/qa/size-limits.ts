/**
 * qa/size-limits — does each block's translation fit the newsroom's limit for its kind?
 *
 * Takes: one article in one target language and the limits per block kind (`{ headline: 90 }`,
 *   from `wire-l10n.json` `xliff.sizeLimits`, which the XLIFF files also declare to CAT tools).
 * Returns: the same units; the last unit of each block whose whole target (its units' targets
 *   joined by a space, counted in code points as XLIFF's `xliff:codepoints` profile does) is over
 *   the limit carries a `qa/size-limit` warning. Pseudo-translations are checked too: showing
 *   what longer text does to a layout is what they are for.
 * Limitations: a block with an untranslated unit is not measured (there is no whole target yet).
 */
import type { Finding, LocalizedArticle, Unit } from '../model.js';
import { findingOn, hasTarget } from '../model.js';
import type { XliffSizeLimits } from '../xliff/size-limits.js';

export function checkSizeLimits(doc: LocalizedArticle, limits: XliffSizeLimits): Unit[] {
  const warnings = new Map<string, Finding>();
  for (const block of doc.article.blocks) {
    const limit = limits[block.kind];
    const units = doc.units.filter((unit) => unit.segment.blockId === block.id);
    const last = units.at(-1);
    if (limit === undefined || last === undefined || !units.every(hasTarget)) continue;
    const length = [...units.map((unit) => unit.target).join(' ')].length;
    if (length <= limit) continue;
    // About the block, carried by its last unit.
    warnings.set(last.id, findingOn({
      ruleId: 'qa/size-limit',
      source: 'qa/size-limits',
      severity: 'warning',
      reason: `the ${block.kind}'s translation is ${length} characters; the newsroom's limit is ${limit}`,
      actual: String(length),
      expected: [`at most ${limit}`],
    }, { lang: doc.targetLang, id: block.id, unitId: last.id }));
  }
  if (warnings.size === 0) return [...doc.units];
  return doc.units.map((unit) => {
    const warning = warnings.get(unit.id);
    return warning ? { ...unit, findings: [...unit.findings, warning] } : unit;
  });
}
