/**
 * Word-level tokens: what glossary forms and source text are compared on. A token is a run of
 * letters, marks and digits, or a single other non-space character, so word boundaries fall out
 * of tokenizing ("Hamasville" is one token, "anti-IS" is three, "Iraq's" is three).
 */
import { matchesOf } from '../util/matches-of.js';

/** One token of a text; offsets are UTF-16 code units into the original text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written, typographic variants folded (’ → ', ‑ → -), NFC. */
  readonly text: string;
  /** `text` lower-cased, for case-insensitive forms. */
  readonly lower: string;
  /** Whitespace (any run: spaces, no-break spaces, line breaks) separates it from the previous token. */
  readonly spaced: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
// Writers and agencies mix these freely. Each is one code unit, as is its replacement, so the
// folded text keeps the original offsets. ‘ is in the list because autocorrect types it for ’.
const APOSTROPHES = /[\u2018\u2019\u02BC]/gu;
const HYPHENS = /[\u2010\u2011]/gu;

export function tokenize(text: string): Token[] {
  const folded = text.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of matchesOf(TOKEN, folded)) {
    const start = match.index;
    const normalized = match[0].normalize('NFC');
    tokens.push({
      start,
      end: start + match[0].length,
      text: normalized,
      lower: normalized.toLowerCase(),
      spaced: tokens.length > 0 && start > previousEnd,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/**
 * The key of a token at a position in a term: its text, preceded by a space when whitespace
 * separates it from the previous token of the term ("Iran-backed" ≠ "Iran - backed").
 */
export function tokenKey(token: Token, caseSensitive: boolean, firstOfTerm: boolean): string {
  const text = caseSensitive ? token.text : token.lower;
  return token.spaced && !firstOfTerm ? ` ${text}` : text;
}

/**
 * A form's normalized spelling: apostrophes and hyphens folded, whitespace runs as one space,
 * lower-cased unless `caseSensitive`. Two forms with the same key match the same text.
 */
export function formKey(form: string, caseSensitive: boolean): string {
  // Two word tokens are never adjacent without a space, so plain concatenation is unambiguous.
  return tokenize(form)
    .map((token, index) => tokenKey(token, caseSensitive, index === 0))
    .join('');
}
