import type { BlockKind, LanguageTag, Suggestion, TargetOrigin, UnitState } from '../model.js';

/**
 * What both XLIFF writers print, built and checked once (build-view.ts) so that
 * write-12.ts and write-21.ts only format: every string here is final text.
 */
export interface XliffDocumentView {
  /** The `original` attribute: the article's source path unless the caller gave another. */
  readonly original: string;
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly sourceIsRightToLeft: boolean;
  readonly targetIsRightToLeft: boolean;
  /** One group per article block that has units, in reading order. */
  readonly groups: readonly XliffGroupView[];
}

export interface XliffGroupView {
  /** The block id (`headline`, `p3`). */
  readonly id: string;
  readonly kind: BlockKind;
  /** 1-based line of the block in the source file, for error messages. */
  readonly line: number;
  readonly units: readonly XliffUnitView[];
}

export interface XliffUnitView {
  /** The segment id (`p3.s2`). */
  readonly id: string;
  readonly state: UnitState;
  readonly origin?: TargetOrigin;
  readonly source: string;
  /** The target to print: the source text itself for untranslated units. */
  readonly target: string;
  /** In the order writers print them: the most important first. */
  readonly notes: readonly XliffNote[];
  readonly glossEntries: readonly XliffGlossEntry[];
  /** Translation-memory matches for the translator, best first; never the target. */
  readonly suggestions: readonly XliffSuggestion[];
}

/** Why a note is there; XLIFF 2.1 prints it as the note's `category`. */
export type XliffNoteCategory = 'pseudo-translation' | 'terminology' | 'origin' | 'untranslated';

export interface XliffNote {
  readonly category: XliffNoteCategory;
  /** The side of the unit the note talks about. */
  readonly appliesTo: 'source' | 'target';
  readonly text: string;
}

/** One glossary entry as the XLIFF 2.1 glossary module carries it. */
export interface XliffGlossEntry {
  /** Canonical source form. */
  readonly term: string;
  /** Where the entry is defined (`glossary/terms.csv:12`). */
  readonly termOrigin: string;
  /** The rendering the target language requires. */
  readonly translation?: string;
  /** The entry's note for editors. */
  readonly definition?: string;
}

/** One fuzzy match as 1.2 `<alt-trans>` and the 2.1 matches module carry it. */
export interface XliffSuggestion {
  readonly source: string;
  readonly target: string;
  /** 0–100, checked; each version formats it its own way (suggestions.ts). */
  readonly similarity: number;
  readonly origin: Suggestion['origin'];
}
