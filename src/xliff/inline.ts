/**
 * Inline codes: how a segment's protected spans (numbers, URLs, e-mail addresses,
 * do-not-translate terms) travel through XLIFF as codes a translator sees but cannot break.
 * The writers turn spans into codes; the reader turns codes back into runs; the import stage maps
 * runs back to text. One representation for both directions, so the two cannot drift apart.
 *
 * Written form (one standalone code per span, numbered from 1 in source order):
 *   2.1  <ph id="1" dataRef="d1" equiv="2,500" disp="2,500" canCopy="no" canDelete="no"
 *            type="other" subType="wire-l10n:number"/>
 *        with <originalData><data id="d1">2,500</data></originalData> in the unit
 *   1.2  <ph id="1" ctype="x-number" equiv-text="2,500">2,500</ph>
 *        (OmegaT 3.6 shows it as a short tag of its own naming: <f0/> for a number, <h0/> for a URL)
 * A segment's markup codes (links, emphasis, line breaks) are codes too, with their own ids (`m1`…):
 *   1.2  <g id="m1" ctype="link">…</g>, <x id="m2" ctype="lb"/>
 *   2.1  <pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" … type="link">…</pc>,
 *        <ph id="m2" dataRef="dm2" … type="fmt" subType="xlf:lb"/>   (see README.md)
 */

/** A piece of segment content as XLIFF carries it: plain text or an inline code. */
export type InlineRun = string | InlineCode;

export interface InlineCode {
  /**
   * `standalone`: 2.x `ph`, 1.2 `ph`/`x`/`it`. `open`/`close`: the two ends of 2.x `pc` (and `sc`/`ec`),
   * 1.2 `g` (and `bpt`/`ept`, `bx`/`ex`).
   */
  readonly kind: 'standalone' | 'open' | 'close';
  /**
   * The code's id as the file writes it. Both ends of a pair share it (2.x `ec` → its `startRef`,
   * 1.2 `ept` → its `rid`, `ex` → its `rid`).
   */
  readonly id: string;
  /**
   * The text the code stands for: 2.x `originalData` by `dataRef`, else 1.2 native content (`ph`,
   * `bpt`, `ept`, `it`), else `equiv` / `equiv-text`, else undefined.
   */
  readonly text?: string;
  /**
   * How the code reads to a translator, when the file says so and it differs from `text`: 1.2
   * `equiv-text`, 2.x `disp` (else `equiv`), standalone codes only. wire-l10n writes there a value as the target language writes it
   * (`2 500` for the code of `2,500`), so a target reads with it as it will be published.
   */
  readonly display?: string;
  /** 1-based line of the code's element, for messages. */
  readonly line: number;
}

/** The runs as plain text, each code replaced by its `text` (codes without text count as empty). */
export function runsToText(runs: readonly InlineRun[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : (run.text ?? ''))).join('');
}

/** The runs as a reader of their language sees them: each code by its `display`, else its `text`. */
export function runsAsDisplayed(runs: readonly InlineRun[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : (run.display ?? run.text ?? ''))).join('');
}

/** The codes among the runs, in order. */
export function inlineCodes(runs: readonly InlineRun[]): InlineCode[] {
  return runs.filter((run): run is InlineCode => typeof run !== 'string');
}
