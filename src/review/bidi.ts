import { escapeHtml } from './html.js';
import { matchesOf } from '../util/matches-of.js';

/**
 * Latin words and numbers in right-to-left text, as one run each: letters or digits, with the
 * spaces and punctuation between them (`Sabrina Singh`, `2,500`, `3.5%`, `US-led`), and a currency
 * sign written against a number (`$7.5`, `40€`). A run ends on a letter, a digit, a percent or
 * currency sign, so neighbouring Arabic punctuation stays outside.
 */
const leftToRightRun = /(?:\p{Sc}(?=\p{Nd}))?[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}\p{Zs}.,:/@#_'’&+\-]*[\p{Script=Latin}\p{Nd}%\p{Sc}])?/gu;

/**
 * Escaped text for a right-to-left cell, each Latin or numeric run in `<bdi>` so the bidi
 * algorithm lays it out on its own and never reorders it with the Arabic around it.
 */
export function isolateLeftToRightRuns(text: string): string {
  let out = '';
  let last = 0;
  for (const match of matchesOf(leftToRightRun, text)) {
    out += `${escapeHtml(text.slice(last, match.index))}<bdi>${escapeHtml(match[0])}</bdi>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
