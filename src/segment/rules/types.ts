/**
 * The shape of sentence rules, SRX-style: data, not code. `compile-rules.ts` turns a
 * `LanguageRules` into regular expressions once per language.
 */

/**
 * One SRX-style rule, tested at a candidate position (just after sentence-final punctuation,
 * before whitespace). Rules are tried in order; the first whose `before` and `after` both match
 * decides. When none matches, the position is not a boundary.
 */
export interface SegmentationRule {
  /** Short kebab-case name, for messages and for readers of the rule list. */
  readonly name?: string;
  /** Whether a match makes the position a sentence boundary. */
  readonly break: boolean;
  /** Regex source that must match the text ending at the position (`u` flag). */
  readonly before: string;
  /** Regex source that must match the text starting at the position (`u` flag). */
  readonly after: string;
}

/**
 * One rule about a single line break inside a block (a blank line is always a boundary). Tested
 * at each line break, in order; the first whose `line`, `next` and `shorterThan` all hold decides.
 * When none does, the line break is not a boundary: a hard-wrapped paragraph reads on.
 */
export interface LineRule {
  readonly name: string;
  /** Whether a match makes the line break a sentence boundary. */
  readonly break: boolean;
  /** Regex source that must match the whole line before the break, trimmed (`u` flag). */
  readonly line: string;
  /** Regex source that must match the start of the next line, trimmed (`u` flag). */
  readonly next: string;
  /**
   * Only when the line is shorter than this share of the longest line of its paragraph: a
   * sub-head or a label among wrapped lines of similar length.
   */
  readonly shorterThan?: number;
}

export interface LanguageRules {
  /** Primary language subtag: `en`, `fr`, `ar`. */
  readonly lang: string;
  /** Characters that may end a sentence (`.?!…`). */
  readonly terminals: string;
  /** Closing quotes and brackets that may follow them and belong to the same sentence. */
  readonly closers: string;
  /** Closers that may be separated from the punctuation by spaces (French « … »). */
  readonly spacedClosers: string;
  /**
   * Named word lists (abbreviations without their final dot, sentence starters…). A rule
   * source uses a list as `{{name}}`: it becomes an alternation of the escaped words,
   * longest first.
   */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Ordered rules; the first match decides. End with a catch-all break rule. */
  readonly rules: readonly SegmentationRule[];
  /** Ordered rules for single line breaks; none means a single line break is never a boundary. */
  readonly lineRules?: readonly LineRule[];
}
