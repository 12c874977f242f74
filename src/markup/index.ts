/**
 * markup — inline markup codes (links, emphasis, line breaks) as data beside plain text: printing
 * a text with its codes (`print.ts`), judging a target's codes against its segment's
 * (`problems.ts`). The types are in the model (`MarkupCode`, `MarkupPlacement`).
 */
export { printMarkedText, type PlacedCode } from './print.js';
export { describeCode, markupFindings, markupProblems, type MarkupProblem } from './problems.js';
export { splitMarkup, type TextRange } from './split.js';
