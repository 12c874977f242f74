/**
 * What the XLIFF reader returns: one file as a CAT tool sent it back, reduced to what `import`
 * needs. Every value is checked; anything the reader could not make sense of was an XliffReadError.
 */
import type { LanguageTag } from '../../model.js';
import type { InlineRun } from '../inline.js';

export type ReadXliffVersion = '1.2' | '2.0' | '2.1' | '2.2';

/**
 * A unit's state as the file says it, on our scale:
 * - `untranslated`: 1.2 `new`, `needs-translation`, `needs-adaptation`, `needs-l10n`, no target;
 *   2.x `initial`.
 * - `draft`: a target nobody has vouched for: 1.2 `needs-review-*`, `x-…` states, a target without
 *   `state`; 2.x `translated` whose `subState` is ours and says `wire-l10n:needs-review` or
 *   `wire-l10n:pseudo` (what we exported, untouched).
 * - `translated`: 1.2 `translated`; 2.x `translated` (any other subState).
 * - `reviewed`: 1.2 `signed-off`, or `approved="yes"` on a unit whose state is below `final`;
 *   2.x `reviewed`.
 * - `final`: 1.2 `final`; 2.x `final`.
 */
export type ReadState = 'untranslated' | 'draft' | 'translated' | 'reviewed' | 'final';

export interface ReadXliffFile {
  /** The path as given, for messages. */
  readonly path: string;
  readonly version: ReadXliffVersion;
  /** `<file original>`: the story the file translates, as the export wrote it. */
  readonly original?: string;
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  /** Story metadata wire-l10n wrote: 1.2 `<file product-name>`; 2.x `mda:meta type="id"` in category `wire-l10n:story`. */
  readonly articleId?: string;
  /** 1.2 `<file product-version>`; 2.x `mda:meta type="version"`. */
  readonly articleVersion?: number;
  /** In document order. Ids are unique (a duplicate is an XliffReadError). */
  readonly units: readonly ReadUnit[];
}

export interface ReadUnit {
  /** 1.2 `trans-unit@id`; 2.x `unit@id`. */
  readonly id: string;
  /** 1-based line of the unit's start tag. */
  readonly line: number;
  /**
   * The source content. 2.x units with several segments (a tool split or joined them) give their
   * segments and ignorables joined in order. Whitespace is collapsed (runs of XML whitespace → one
   * space, trimmed at both ends) unless `xml:space="preserve"` is in scope: CAT tools re-indent.
   */
  readonly source: readonly InlineRun[];
  /** The target content, treated like `source`; undefined when the unit has no target. */
  readonly target?: readonly InlineRun[];
  /** 1-based line of the first target start tag, when there is one. */
  readonly targetLine?: number;
  /** The lowest state of the unit's segments (2.x), or its target's (1.2). */
  readonly state: ReadState;
  /** The state as written (`needs-review-translation`, `translated`…; `approved` is added as `+approved`), for messages. */
  readonly stateAsWritten: string;
  /** 1.2 `<target xml:lang>` when present. */
  readonly targetXmlLang?: LanguageTag;
  /**
   * The hash of the target wire-l10n exported the unit with (src/xliff/base-target.ts), when the
   * file still carries it: 1.2 `extradata="wire-l10n:base=…"`, 2.x unit metadata.
   */
  readonly baseTarget?: string;
}

export interface ReadXliffOptions {
  /** Largest file accepted, in bytes. @default 32 MiB */
  readonly maxBytes?: number;
  /** Deepest element nesting accepted. @default 64 */
  readonly maxDepth?: number;
}
