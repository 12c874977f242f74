import type { CodedRun, SpanCode } from './inline-write.js';
import type { MarkupEnd } from './markup-ends.js';
import { escapeXmlText } from './xml-text.js';

/** One code's markup: a span's element (1.2 or 2.1 `<ph>`), or one end of a markup code (`<g …>`, `</g>`, `<x …/>`). */
export type CodeMarkup = (code: SpanCode | MarkupEnd) => string;

/**
 * Source or target content as markup: text escaped, each code as `codeMarkup` prints it. The
 * printer keeps content on its element's line (xml-print.ts `leaf`), so no line break or
 * indentation ever lands inside text (`<source>Killed <ph …/> people</source>`).
 */
export function inlineMarkup(runs: readonly CodedRun[], codeMarkup: CodeMarkup): string {
  let markup = '';
  for (const run of runs) markup += typeof run === 'string' ? escapeXmlText(run) : codeMarkup(run);
  return markup;
}
