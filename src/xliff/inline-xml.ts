import type { SpanCode, SpanRun } from './inline-write.js';
import { escapeXmlText } from './xml-text.js';

/** One code's element (1.2 or 2.1 `<ph>`) as markup. */
export type CodeMarkup = (code: SpanCode) => string;

/**
 * Source or target content as markup: text escaped, each code as `codeMarkup` prints it. The
 * printer keeps content on its element's line (xml-print.ts `leaf`), so no line break or
 * indentation ever lands inside text (`<source>Killed <ph …/> people</source>`).
 */
export function inlineMarkup(runs: readonly SpanRun[], codeMarkup: CodeMarkup): string {
  let markup = '';
  for (const run of runs) markup += typeof run === 'string' ? escapeXmlText(run) : codeMarkup(run);
  return markup;
}
