/**
 * leverage — reuses human translations from the translation memory before anything goes to MT.
 *
 * Takes: the units of one article in one target language, in reading order; a translation
 *   memory to look them up in (only `hasEntries`, `exact` and `fuzzy` are used).
 * Returns (a promise: the TM answers asynchronously, one lookup at a time): every unit, in the order given. An untranslated unit with an exact TM match (same
 *   whitespace-normalized source, case-sensitive) carries its target with state `translated` and
 *   origin `tm` — whether or not the match is in context: reuse in a new article is not a review
 *   of it, so neither kind becomes `reviewed`. A segment with markup is looked up by its tagged
 *   source (`markup/tagged.ts`) and its match read back with placements (`targetMarkup`); one whose
 *   tags do not fit the segment's codes is no match. `exactMatches` tells which units were filled and
 *   whether in context. Fuzzy matches are never written into a target: they come back apart,
 *   in `suggestions`, for translators (looked up by the plain source, shown as stored). Units
 *   that already have a target are returned by identity
 *   and not looked up.
 * Options: `sourceLang` (required), `fuzzyThreshold` (default 75), `fuzzyLimit` (default 3).
 * Limitations: a unit's context is its neighbours in the article's reading order, across blocks
 *   (`neighbourContexts`); record TM entries with the same function so that in-context matches
 *   can happen. Run it on freshly segmented units, before job state is restored from the ledger,
 *   so that what it returns depends on the sources and the TM alone (resumed runs match fresh ones).
 */
import type { LanguageTag, Unit } from '../model.js';
import { taggedSource, untaggedTarget } from '../markup/tagged.js';
import type { TmContext, TmMatch, TranslationMemory } from '../store/store.js';
import { resolveFuzzyOptions } from './fuzzy-options.js';

/** The part of a translation memory that leverage reads. */
export type TmLookup = Pick<TranslationMemory, 'exact' | 'fuzzy' | 'hasEntries'>;

export interface LeverageOptions {
  /** The articles' language. */
  readonly sourceLang: LanguageTag;
  /** Lowest similarity offered as a suggestion, in (0, 100]. @default 75 */
  readonly fuzzyThreshold?: number;
  /** Most suggestions per unit. @default 3 */
  readonly fuzzyLimit?: number;
}

export interface LeverageResult {
  readonly units: Unit[];
  /** Unit id → the TM entry that filled it. */
  readonly exactMatches: ReadonlyMap<string, TmMatch>;
  /** Unit id → fuzzy matches, best first; only units that have some. */
  readonly suggestions: ReadonlyMap<string, readonly TmMatch[]>;
}

export async function leverageUnits(units: readonly Unit[], tm: TmLookup, options: LeverageOptions): Promise<LeverageResult> {
  const fuzzyOptions = resolveFuzzyOptions({ threshold: options.fuzzyThreshold, limit: options.fuzzyLimit });
  checkUnits(units);
  const contexts = neighbourContexts(units);
  const exactMatches = new Map<string, TmMatch>();
  const suggestions = new Map<string, readonly TmMatch[]>();
  // A project without a memory for this pair (most, at first) asks once, not twice per unit.
  const pending = units.find((unit) => unit.state === 'untranslated');
  if (pending === undefined || !(await tm.hasEntries(options.sourceLang, pending.targetLang))) return { units: [...units], exactMatches, suggestions };
  const leveraged: Unit[] = [];
  for (const [index, unit] of units.entries()) {
    leveraged.push(await leverageUnit(unit, contexts[index]));
  }
  async function leverageUnit(unit: Unit, context: TmContext | undefined): Promise<Unit> {
    if (unit.state !== 'untranslated') return unit;
    const { source } = unit.segment;
    const exact = await tm.exact(options.sourceLang, unit.targetLang, taggedSource(unit.segment), context);
    const read = exact && untaggedTarget(exact.target, unit.segment);
    if (exact && read) {
      exactMatches.set(unit.id, exact);
      return { ...unit, target: read.target, ...(read.markup === undefined ? {} : { targetMarkup: read.markup }), state: 'translated', origin: 'tm' };
    }
    const fuzzy = await tm.fuzzy(options.sourceLang, unit.targetLang, source, fuzzyOptions);
    if (fuzzy.length > 0) suggestions.set(unit.id, fuzzy);
    return unit;
  }
  return { units: leveraged, exactMatches, suggestions };
}

/**
 * Each unit's neighbours in reading order: the sources before and after it in the article
 * (across block boundaries); none before the first unit, none after the last.
 */
export function neighbourContexts(units: readonly Unit[]): TmContext[] {
  return units.map((_, index) => {
    const previous = units[index - 1];
    const next = units[index + 1];
    return {
      ...(previous ? { previousSource: previous.segment.source } : {}),
      ...(next ? { nextSource: next.segment.source } : {}),
    };
  });
}

function checkUnits(units: readonly Unit[]): void {
  const first = units[0];
  const ids = new Set<string>();
  for (const unit of units) {
    if (unit.targetLang !== first?.targetLang) {
      throw new TypeError(
        `Expected the units of one target language, got \`${first?.targetLang}\` and \`${unit.targetLang}\``,
      );
    }
    if (ids.has(unit.id)) throw new TypeError(`Expected the units of one article, got unit \`${unit.id}\` twice`);
    ids.add(unit.id);
  }
}
