/**
 * Characters text must not hold. XML 1.0 cannot carry some at all (no escape can: `&#1;` is not
 * well-formed either), so XLIFF and TMX could not be written; Unicode's noncharacters are for a
 * program's internal use and never meant for interchange. A story or termbase holding one is
 * refused when it is read, before anything is segmented, billed or sent.
 */

/** One character outside XML 1.0's `Char` production: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const supplementaryNoncharacters = Array.from({ length: 16 }, (_, plane) => `\\u{${(plane + 1).toString(16)}FFFE}\\u{${(plane + 1).toString(16)}FFFF}`).join('');
/** Not XML, or a noncharacter: U+FDD0–U+FDEF and the last two code points of every plane. */
const notForInterchange = new RegExp(`${notXml.source}|[\\uFDD0-\\uFDEF${supplementaryNoncharacters}]`, 'u');

export interface ForbiddenChar {
  /** UTF-16 offset in the text. */
  readonly offset: number;
  /** `U+FFFE` */
  readonly codePoint: string;
}

/** The first character XML 1.0 cannot carry, if any. */
export function findCharNotInXml(text: string): ForbiddenChar | undefined {
  return first(notXml, text);
}

/** The first character XML cannot carry or that is a noncharacter, if any. */
export function findCharNotForInterchange(text: string): ForbiddenChar | undefined {
  return first(notForInterchange, text);
}

/** The 1-based line of a UTF-16 offset; LF, CRLF and a lone CR each end a line. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) line++;
  }
  return line;
}

function first(pattern: RegExp, text: string): ForbiddenChar | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return { offset: match.index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}
