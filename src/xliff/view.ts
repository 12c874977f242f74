import type { BlockKind, LanguageTag, TargetOrigin, UnitState } from '../model.js';
import type { CodedRun } from './inline-write.js';

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
  /** Which story and version the file translates: 1.2 `product-name`/`product-version`, 2.1 `mda:metadata`. */
  readonly story: XliffStoryView;
  /** What the file is for: 1.2 `<phase process-name>`. */
  readonly purpose: XliffPurpose;
  /** One group per article block that has units, in reading order. */
  readonly groups: readonly XliffGroupView[];
}

/**
 * `translation` while some unit still needs translating (untranslated or pseudo-translated),
 * else `review`: every target is a translation someone should look at or has approved.
 */
export type XliffPurpose = 'translation' | 'review';

export interface XliffStoryView {
  /** The article id (`baghdad-attack-2024-11-23`). */
  readonly id: string;
  /** The story's version, as text (`2`). */
  readonly version: string;
  /** Every known fact about the story as 2.1 `<mda:meta type>` pairs, id and version first. */
  readonly metadata: readonly XliffMeta[];
}

export interface XliffMeta {
  /** `id`, `version`, `urgency`, `dateline-place`, `dateline-date`, `dateline-agency`. */
  readonly type: string;
  readonly value: string;
}

export interface XliffGroupView {
  /** The block id (`headline`, `p3`). */
  readonly id: string;
  readonly kind: BlockKind;
  /** 1-based line of the block in the source file, for error messages. */
  readonly line: number;
  /** Most characters (code points) the block's whole target may have, where the newsroom sets a limit. */
  readonly sizeLimit?: number;
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
  /**
   * `hashText(target)`: what the file was exported with, so an import can tell that the store's
   * translation changed in the meantime (1.2 `extradata`, 2.1 unit metadata; see base-target.ts).
   */
  readonly baseTarget: string;
  /** `source` with each protected span as an inline code (ids from 1). */
  readonly sourceRuns: readonly CodedRun[];
  /** `target` with the source's codes where it holds their texts. */
  readonly targetRuns: readonly CodedRun[];
  /** In the order writers print them: the most important first. */
  readonly notes: readonly XliffNote[];
  readonly glossEntries: readonly XliffGlossEntry[];
  /** Matches offered to the translator, never the target: the unit's own MT first, then TM matches, best first. */
  readonly suggestions: readonly XliffSuggestion[];
}

/** Why a note is there; XLIFF 2.1 prints it as the note's `category`. */
export type XliffNoteCategory = 'error' | 'pseudo-translation' | 'untranslated' | 'finding' | 'size-limit' | 'terminology' | 'origin';

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

/** One match as 1.2 `<alt-trans>` and the 2.1 matches module carry it. */
export interface XliffSuggestion {
  /** `tm`: a fuzzy translation-memory match; `mt`: the engine's translation of this very source. */
  readonly kind: 'tm' | 'mt';
  readonly source: string;
  readonly target: string;
  /** 0–100, checked; each version formats it its own way (suggestions.ts). */
  readonly similarity: number;
  /** Who offered it: `wire-l10n-tm`, or the engine's name; absent when the model does not say. */
  readonly origin?: string;
}
