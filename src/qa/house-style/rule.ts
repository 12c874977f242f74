/**
 * The shape of a house-style rule: a check from text to hits; each hit the fixer can correct
 * carries the edits that correct it, so the fixer is the check's own edits applied — it can
 * change nothing the rule does not name.
 */
import type { DigitSet, Severity } from '../../model.js';
import { applyEdits, type Edit, type TextRange } from './text.js';

export type { DigitSet };

/** What a rule may need beyond the text (today: the Arabic house digits). */
export interface RuleContext {
  readonly digits: DigitSet;
}

/** One place where the text breaks the rule (UTF-16 offsets into the checked text). */
export interface RuleHit extends TextRange {
  readonly reason: string;
  /** What `[start, end)` should read, when there is one canonical form. */
  readonly expected?: string;
  /** The fixer's edits for this hit; absent when only a person can fix it. */
  readonly edits?: readonly Edit[];
}

export interface HouseStyleRule {
  /** The rule's name; its id is `<language>-typography/<name>`. */
  readonly name: string;
  readonly defaultSeverity: Severity;
  /** What the rule asks for, one sentence (the README's finding catalogue says the same). */
  readonly description: string;
  check(text: string, context: RuleContext): RuleHit[];
}

/** The rule's fixer: the edits of every fixable hit, applied at once. */
export function fixWithRule(rule: HouseStyleRule, text: string, context: RuleContext): string {
  const edits = rule.check(text, context).flatMap((hit) => hit.edits ?? []);
  return edits.length === 0 ? text : applyEdits(text, edits);
}

/** A hit whose fix replaces exactly its own range with `expected`. */
export function replacementHit(start: number, end: number, expected: string, reason: string): RuleHit {
  return { start, end, reason, expected, edits: [{ start, end, text: expected }] };
}
