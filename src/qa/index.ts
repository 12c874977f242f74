/**
 * qa — the checks run on an article in one language once every target is known, whatever
 * produced it (ledger, translation memory, MT cache, engine): one place, so no origin escapes a
 * check and a re-run from the cache finds exactly what the first run found.
 *
 * Takes: one article in one target language, the glossary, the newsroom's size limits and the
 *   house style.
 * Returns: the same units, French and Arabic targets fixed to the house style (never a human
 *   `reviewed`/`final` one), with the checks' findings added:
 *   - `fr-typography/*`, `ar-typography/*` (house-style-units.ts, house-style/): what the house
 *     style still finds in the target; `qa/house-style-fixed` (info): the fixer changed it;
 *   - `terms/violation`, `terms/missing` (warning, terms/): a glossary term rendered not the house
 *     way, or not at all, in a target of any origin but pseudo-translation;
 *   - `qa/span-missing` (error, protected-spans.ts): a target that lost a URL, e-mail address,
 *     domain, handle, hashtag, designation or do-not-translate term;
 *   - `numbers/value-missing` (error, numbers/): a target that lost a typed value of the source or
 *     changed it (`2,500` in French reads 2.5), in any origin but human work;
 *   - `qa/size-limit` (warning, size-limits.ts): a block whose whole translation is over its limit;
 *   - per unit, from checks/ (warnings; each module says which origins it reads):
 *     `qa/span-duplicated` a URL, handle, designation … more often in the target than the source;
 *     `qa/quote-unbalanced` a quotation mark without its partner, beyond what the source leaves open;
 *     `qa/untranslated` a target that is its source, or an Arabic target mostly in Latin letters;
 *     `qa/english-run` English words left in a French or Arabic target;
 *     `qa/length-ratio` a target too short or too long for its source and language.
 * `checkTexts` runs the same unit checks on texts read from files (`wire-l10n qa FILE…`).
 */
import { type Glossary, type LanguageTag, type LocalizedArticle, type Segment, type Unit } from '../model.js';
import { protectSegments } from '../protect/index.js';
import { findTerms } from '../terms/index.js';
import { hashText } from '../util/hash.js';
import type { XliffSizeLimits } from '../xliff/size-limits.js';
import { checkEnglishRun } from './checks/english-run.js';
import { checkLengthRatio } from './checks/length-ratio.js';
import { checkQuoteBalance } from './checks/quote-balance.js';
import { checkSpanDuplicated } from './checks/span-duplicated.js';
import { runUnitCheck, type UnitCheck } from './checks/unit-check.js';
import { checkUntranslated } from './checks/untranslated.js';
import type { HouseStyleConfig } from './house-style/index.js';
import { applyHouseStyle, houseStyleProfileFor } from './house-style-units.js';
import { checkValues } from './numbers/index.js';
import { checkProtectedSpans } from './protected-spans.js';
import { checkSizeLimits } from './size-limits.js';
import { checkTermCompliance } from './terms/index.js';

export interface QaOptions {
  readonly glossary: Glossary;
  /** Most characters of a block's whole target, per block kind; none checked when absent. */
  readonly sizeLimits?: XliffSizeLimits;
  /** `wire-l10n.json` `houseStyle`; absent: the defaults. */
  readonly houseStyle?: HouseStyleConfig;
}

const unitChecks: readonly UnitCheck[] = [
  checkSpanDuplicated,
  checkQuoteBalance,
  checkUntranslated,
  checkEnglishRun,
  checkLengthRatio,
];

export function checkArticle(doc: LocalizedArticle, options: QaOptions): Unit[] {
  const checked = checkUnits(doc.units, doc.targetLang, options, { fix: true });
  return options.sizeLimits ? checkSizeLimits({ ...doc, units: checked }, options.sizeLimits) : checked;
}

/** A target text to check as it is, with its English source when known (terms and spans need it). */
export interface TextToCheck {
  readonly id: string;
  readonly target: string;
  readonly source?: string;
}

/**
 * The findings of every unit check on texts read from files, fixing nothing: a target is checked
 * as an unreviewed one (every check runs), its findings in `Finding.place` offsets into `target`
 * (side `target`) or into `source` (side `source`). Article-level checks (size limits) need the
 * story's blocks and are not run.
 */
export function checkTexts(texts: readonly TextToCheck[], targetLang: LanguageTag, options: QaOptions): Unit[] {
  const segments = protectSegments(findTerms(texts.map(segmentOf), options.glossary), options.glossary);
  const units = segments.map((segment, i): Unit => ({
    id: segment.id,
    segment,
    targetLang,
    target: texts[i]!.target,
    state: 'translated',
    findings: [],
  }));
  return checkUnits(units, targetLang, options, { fix: false });
}

/** The per-unit checks, in order: house style first, so the others read the target as published. */
function checkUnits(units: readonly Unit[], targetLang: LanguageTag, options: QaOptions, mode: { readonly fix: boolean }): Unit[] {
  const profile = houseStyleProfileFor(targetLang, options.houseStyle);
  const styled = profile ? applyHouseStyle(units, profile, mode) : units;
  const spansChecked = checkValues(checkProtectedSpans(checkTermCompliance(styled, options.glossary)));
  return unitChecks.reduce((checked, check) => runUnitCheck(checked, check, options), spansChecked);
}

function segmentOf(text: TextToCheck): Segment {
  const source = text.source ?? '';
  return { id: text.id, blockId: text.id, index: 1, source, hash: hashText(source), protectedSpans: [], terms: [] };
}
