import { parseXml } from '../../../src/util/xml-read/parse.js';

/** Throws unless `text` is well-formed XML, read as an XML parser reads XHTML without its DTD (so `&nbsp;` is an error). */
export function parseAsXml(text: string): void {
  parseXml(text, 'page.xhtml', {
    maxDepth: 64,
    onRoot: () => ({ keep: () => false }),
    fail: (place, reason) => {
      throw new Error(`line ${place.line}: ${reason}`);
    },
  });
}
