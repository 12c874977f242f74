import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

/**
 * The whole document as text: XML declaration, 2-space indentation, LF line ends, final newline.
 * xmlbuilder2 escapes `< > "` in attributes and `< >` in text (so `]]>` becomes `]]&gt;`);
 * `&` needs help first (xmlbuilder-text.ts).
 * `wellFormed` is a second line of defence only: xml-chars.ts rejects bad characters first,
 * with a message that names the unit.
 */
export function serializeXml(node: XMLBuilder): string {
  return `${node.end({ prettyPrint: true, indent: '  ', newline: '\n', wellFormed: true })}\n`;
}
