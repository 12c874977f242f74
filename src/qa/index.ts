/**
 * qa — the checks run on an article in one language once every target is known, whatever
 * produced it (ledger, translation memory, MT cache, engine): one place, so no origin escapes a
 * check and a re-run from the cache finds exactly what the first run found.
 *
 * Takes: one article in one target language, the glossary and the newsroom's size limits.
 * Returns: the same units, with the checks' findings added:
 *   - `terms/violation`, `terms/missing` (warning, terms/): a glossary term rendered not the house
 *     way, or not at all, in a target of any origin but pseudo-translation;
 *   - `qa/span-missing` (error, protected-spans.ts): a target that lost a number, URL, e-mail or
 *     do-not-translate term;
 *   - `qa/size-limit` (warning, size-limits.ts): a block whose whole translation is over its limit.
 */
import type { Glossary, LocalizedArticle, Unit } from '../model.js';
import type { XliffSizeLimits } from '../xliff/size-limits.js';
import { checkProtectedSpans } from './protected-spans.js';
import { checkSizeLimits } from './size-limits.js';
import { checkTermCompliance } from './terms/index.js';

export interface QaOptions {
  readonly glossary: Glossary;
  /** Most characters of a block's whole target, per block kind; none checked when absent. */
  readonly sizeLimits?: XliffSizeLimits;
}

export function checkArticle(doc: LocalizedArticle, options: QaOptions): Unit[] {
  const checked = checkProtectedSpans(checkTermCompliance(doc.units, options.glossary));
  return options.sizeLimits ? checkSizeLimits({ ...doc, units: checked }, options.sizeLimits) : checked;
}
