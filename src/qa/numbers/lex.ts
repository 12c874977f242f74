/**
 * The pieces of a French or Arabic target text that values are read from: numerals (digits of any
 * of the three sets, with the language's grouping and decimal marks), words (with their folded
 * key) and single marks (`%`, `:`, `-`, `/` …). Whitespace, no-break spaces and format controls
 * (bidi isolates and marks) only separate pieces: each piece keeps what came before it as `gap`.
 */
import { foldWord, type NumberLanguage } from './words.js';

interface PieceBase {
  readonly start: number;
  readonly end: number;
  /** The whitespace and format controls between the previous piece and this one ('' when glued). */
  readonly gap: string;
}

export interface Numeral extends PieceBase {
  readonly kind: 'numeral';
  /** NaN when the marks make no number in the language (English `2,500,000` in French). */
  readonly value: number;
  /** Digits before any grouping or decimal mark: `2` in `2 500`, `14` in `14`. */
  readonly leadDigits: number;
  /** Written with a grouping or decimal mark. */
  readonly marked: boolean;
}

export interface Word extends PieceBase {
  readonly kind: 'word';
  readonly raw: string;
  readonly key: string;
}

export interface Mark extends PieceBase {
  readonly kind: 'mark';
  readonly char: string;
}

export type Piece = Numeral | Word | Mark;

/** Grouping and decimal marks: French groups by spaces (and the agency `.`), Arabic by ٬ and `,`. */
const marks: Readonly<Record<NumberLanguage, { readonly group: string; readonly decimal: string }>> = {
  fr: { group: ' \u00A0\u202F\u2009.', decimal: ',.' },
  ar: { group: '\u066C,', decimal: '\u066B.,' },
};
/** Any mark that can sit between digits: two of them in a row make a malformed numeral. */
const numeralMarks = ',.\u066B\u066C';

const separator = /[\s\u00A0\u202F\u2009\p{Cf}]/u;
const letters = /[\p{L}\p{M}\u0640]+/uy;

/** The text with Arabic-Indic and Extended Arabic-Indic digits as ASCII digits (same offsets). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

export function lex(text: string, lang: NumberLanguage): Piece[] {
  const ascii = asciiDigits(text);
  const pieces: Piece[] = [];
  let gapStart = 0;
  let at = 0;
  while (at < ascii.length) {
    const char = ascii[at]!;
    if (separator.test(char)) {
      at += 1;
      continue;
    }
    const gap = text.slice(gapStart, at);
    let piece: Piece;
    if (isDigit(ascii, at)) {
      piece = { kind: 'numeral', start: at, gap, ...readNumeral(ascii, at, lang) };
    } else {
      letters.lastIndex = at;
      const word = letters.exec(text)?.[0];
      if (word !== undefined) piece = { kind: 'word', start: at, end: at + word.length, gap, raw: word, key: foldWord(word) };
      else {
        const mark = String.fromCodePoint(text.codePointAt(at)!);
        piece = { kind: 'mark', start: at, end: at + mark.length, gap, char: mark };
      }
    }
    pieces.push(piece);
    at = piece.end;
    gapStart = at;
  }
  return pieces;
}

/**
 * The numeral at `start`: a lead of digits; groups of exactly three digits after one grouping mark
 * (only after a lead of at most three digits, so `2024 500` is two numbers); a decimal part.
 * French reads `2,500` as 2.5 and `1.200` as 1200; Arabic reads `2,500` as 2500 and `2.5` as 2.5.
 */
function readNumeral(ascii: string, start: number, lang: NumberLanguage): { end: number; value: number; leadDigits: number; marked: boolean } {
  const { group, decimal } = marks[lang];
  let at = skipDigits(ascii, start);
  const leadDigits = at - start;
  let digits = ascii.slice(start, at);
  const next = ascii[at];
  const groupMark = leadDigits <= 3 && next !== undefined && group.includes(next) && isGroupAt(ascii, at + 1) ? next : undefined;
  while (groupMark !== undefined && ascii[at] === groupMark && isGroupAt(ascii, at + 1)) {
    digits += ascii.slice(at + 1, at + 4);
    at += 4;
  }
  let fraction = '';
  const decimalMark = ascii[at];
  if (decimalMark !== undefined && decimal.includes(decimalMark) && decimalMark !== groupMark && isDigit(ascii, at + 1)) {
    const end = skipDigits(ascii, at + 1);
    fraction = ascii.slice(at + 1, end);
    at = end;
  }
  const marked = at > start + leadDigits;
  if (numeralMarks.includes(ascii[at] ?? '') && isDigit(ascii, at + 1)) {
    while (isDigit(ascii, at) || (numeralMarks.includes(ascii[at] ?? '') && isDigit(ascii, at + 1))) at += 1;
    return { end: at, value: Number.NaN, leadDigits, marked };
  }
  return { end: at, value: Number(fraction === '' ? digits : `${digits}.${fraction}`), leadDigits, marked };
}

function isGroupAt(ascii: string, at: number): boolean {
  return isDigit(ascii, at) && isDigit(ascii, at + 1) && isDigit(ascii, at + 2) && !isDigit(ascii, at + 3);
}

function skipDigits(ascii: string, at: number): number {
  while (isDigit(ascii, at)) at += 1;
  return at;
}

function isDigit(ascii: string, at: number): boolean {
  const code = ascii.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}
