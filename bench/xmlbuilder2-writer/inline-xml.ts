import { fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { runsToText } from '../../src/xliff/inline.js';
import { isSpanCode, spanCodes, type CodedRun, type SpanCode } from '../../src/xliff/inline-write.js';
import { serializeXml } from './serialize.js';
import { forXmlbuilder } from './xmlbuilder-text.js';

/** Adds one code's element (1.2 or 2.1 `<ph>`) to `parent`. */
export type CodeWriter = (parent: XMLBuilder, code: SpanCode) => void;

/** An element name no XLIFF file has; text cannot forge one, since `<` in text is always escaped. */
const markerPrefix = 'wire-l10n-inline-';
/** A marker as the pretty printer leaves it: on its own line, indented, in an element of its own. */
const printedMarker = new RegExp(`\\n *<${markerPrefix}(\\d+)/>\\n *`, 'g');

/**
 * Writes source and target content that holds codes, and prints the document.
 *
 * xmlbuilder2's pretty printer puts every child of an element on a line of its own, indented, so
 * `<source>Killed <ph/> people</source>` would gain line breaks and spaces inside the text
 * (`<source>\n  Killed \n  <ph/>\n   people\n</source>`). Content with codes is therefore printed
 * on its own, unindented, by xmlbuilder2 (so escaping stays in one place), and the document gets
 * a marker element in its place, replaced once the document is printed. Content without codes is
 * plain text, printed as before.
 */
export class InlineContentWriter {
  private readonly printed: string[] = [];

  constructor(private readonly writeCode: CodeWriter) {}

  /** Writes `runs` as the content of `element` (a `<source>` or `<target>`). */
  write(element: XMLBuilder, runs: readonly CodedRun[]): void {
    if (runs.some((run) => typeof run !== 'string' && !isSpanCode(run))) {
      // This writer is kept as the string writers' baseline from before markup codes (issue #13).
      throw new Error('the xmlbuilder2 baseline writer prints protected spans only, not markup codes');
    }
    if (spanCodes(runs).length === 0) {
      element.txt(forXmlbuilder(runsToText(runs)));
      return;
    }
    const content = fragment();
    for (const run of runs) {
      if (typeof run === 'string') content.txt(forXmlbuilder(run));
      else if (isSpanCode(run)) this.writeCode(content, run);
    }
    element.ele(`${markerPrefix}${this.printed.length}`);
    this.printed.push(content.end({ prettyPrint: false, wellFormed: true }));
  }

  /** The whole document as text (serialize.ts), each marker replaced by the content it stands for. */
  serialize(root: XMLBuilder): string {
    const filled = new Set<number>();
    const xml = serializeXml(root).replace(printedMarker, (_marker, index: string) => {
      filled.add(Number(index));
      return this.printed[Number(index)] ?? '';
    });
    if (filled.size !== this.printed.length) {
      // Only a change in xmlbuilder2's pretty printer can cause this; a file with markers left would be invalid.
      throw new Error(`XLIFF writer: ${this.printed.length - filled.size} inline content marker(s) were not printed as expected`);
    }
    return xml;
  }
}
