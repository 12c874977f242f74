import { OutputError } from '../errors.js';
import type { FileLocation } from '../errors.js';
import { hasTarget } from '../model.js';
import type { Suggestion, Unit } from '../model.js';
import { toolName } from './tool.js';
import type { XliffSuggestion } from './view.js';

/**
 * What the translator is offered besides the target: a machine-translated unit's own MT first
 * (so it stays at hand once the target is rewritten), then the translation-memory suggestions in
 * the order the model gives them (best first).
 */
export function suggestionViews(unit: Unit, location: FileLocation): XliffSuggestion[] {
  const machineTranslation = machineTranslationMatch(unit);
  return [...(machineTranslation ? [machineTranslation] : []), ...memoryMatches(unit, location)];
}

/** The engine translated exactly this source: similarity 100, origin the engine's name. */
function machineTranslationMatch(unit: Unit): XliffSuggestion | undefined {
  if (unit.origin !== 'mt' || !hasTarget(unit)) return undefined;
  return {
    kind: 'mt',
    source: unit.segment.source,
    target: unit.target,
    similarity: 100,
    ...(unit.engine === undefined ? {} : { origin: unit.engine }),
  };
}

/**
 * A similarity outside 0–100 is refused rather than clamped: it means the caller's scoring is
 * broken, and a CAT tool would show the wrong percentage. Messages count suggestions from 1 as
 * the model lists them.
 */
function memoryMatches(unit: Unit, location: FileLocation): XliffSuggestion[] {
  return (unit.suggestions ?? []).map((suggestion, index): XliffSuggestion => {
    const { similarity } = suggestion;
    if (!Number.isFinite(similarity) || similarity < 0 || similarity > 100) {
      throw new OutputError(
        `cannot write XLIFF: unit ${unit.id} suggestion ${index + 1} has similarity ${String(similarity)}, ` +
          'which is not a number from 0 to 100',
        location,
      );
    }
    return {
      kind: 'tm',
      source: suggestion.source,
      target: suggestion.target,
      similarity,
      origin: memoryOrigin(suggestion.origin),
    };
  });
}

/** `origin` in both versions: which tool and resource offered the match (`wire-l10n-tm`). */
function memoryOrigin(origin: Suggestion['origin']): string {
  return `${toolName}-${origin}`;
}

/**
 * 1.2 `match-quality` (free text in the spec): the whole percent, without a sign (`87`), for
 * memory matches only. An engine's output has no quality score, and 100 would read as an exact match.
 */
export function xliff12MatchQuality(suggestion: XliffSuggestion): string | undefined {
  return suggestion.kind === 'tm' ? String(truncate(suggestion.similarity, 0)) : undefined;
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
