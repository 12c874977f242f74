import { OutputError } from '../errors.js';
import type { FileLocation } from '../errors.js';
import type { Suggestion, Unit } from '../model.js';
import { toolName } from './tool.js';
import type { XliffSuggestion } from './view.js';

/**
 * The unit's translation-memory suggestions in the order the model gives them (best first).
 * A similarity outside 0–100 is refused rather than clamped: it means the caller's scoring is
 * broken, and a CAT tool would show the wrong percentage.
 */
export function suggestionViews(unit: Unit, location: FileLocation): XliffSuggestion[] {
  return (unit.suggestions ?? []).map((suggestion, index) => {
    const { similarity } = suggestion;
    if (!Number.isFinite(similarity) || similarity < 0 || similarity > 100) {
      throw new OutputError(
        `cannot write XLIFF: unit ${unit.id} suggestion ${index + 1} has similarity ${String(similarity)}, ` +
          'which is not a number from 0 to 100',
        location,
      );
    }
    return { source: suggestion.source, target: suggestion.target, similarity, origin: suggestion.origin };
  });
}

/** `origin` in both versions: which tool and resource offered the match (`wire-l10n-tm`). */
export function suggestionOrigin(origin: Suggestion['origin']): string {
  return `${toolName}-${origin}`;
}

/** 2.1 `type` (the module's fixed list): a Record, so a new model origin must choose one. */
const xliff21MatchTypes: Readonly<Record<Suggestion['origin'], 'tm' | 'mt' | 'other'>> = { tm: 'tm' };

export function xliff21MatchType(origin: Suggestion['origin']): 'tm' | 'mt' | 'other' {
  return xliff21MatchTypes[origin];
}

/** 1.2 `match-quality` (free text in the spec): the whole percent, without a sign (`87`). */
export function xliff12MatchQuality(similarity: number): string {
  return String(truncate(similarity, 0));
}

/** 2.1 `similarity` (`xs:decimal` 0.0–100.0), to one decimal (`85.7`). */
export function xliff21Similarity(similarity: number): string {
  return truncate(similarity, 1).toFixed(1);
}

/**
 * Cut, not rounded, so that a fuzzy match never reads as 100: CAT tools treat 100 as an exact
 * match and may confirm it without review. The epsilon absorbs binary noise (a value stored as
 * 87.29999… still reads 87.3).
 */
function truncate(similarity: number, decimals: number): number {
  const scale = 10 ** decimals;
  const cut = Math.floor(similarity * scale + 1e-9) / scale;
  return similarity < 100 ? Math.min(cut, 100 - 1 / scale) : cut;
}
