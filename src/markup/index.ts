/**
 * markup — inline markup codes (links, emphasis, line breaks) as data beside plain text: printing
 * a text with its codes (`print.ts`), judging a target's codes against its segment's
 * (`problems.ts`), cutting codes per sentence (`split.ts`), what of them is a segment's identity
 * (`signature.ts`), moving a target's placements with edits of its text (`follow.ts`). The types
 * are in the model (`MarkupCode`, `MarkupPlacement`).
 */
export { printMarkedText, type PlacedCode } from './print.js';
export { describeCode, markupFindings, markupProblems, type MarkupProblem } from './problems.js';
export { splitMarkup, withoutContinuation, type TextRange } from './split.js';
export { followEdits, withEditedTarget } from './follow.js';
export { markupSignature } from './signature.js';
