/**
 * The one escaper of the XLIFF writers. Characters XML 1.0 cannot carry never get here
 * (xml-chars.ts refuses them with a message naming the unit), so escaping is all that is left.
 *
 * Text: `&`, `<` and `>` (so `]]>` cannot close anything), and CR, which a parser would turn into LF.
 * Attributes: the same and `"` (values are double-quoted), and TAB, LF and CR as character
 * references, which survive attribute-value normalization (written raw, they read back as spaces).
 * Every `&` becomes `&amp;`, including in text that looks like a reference (`&amp;`, `&nbsp;`, `&#0;`).
 */

const textSpecial = /[&<>\r]/;
const attributeSpecial = /[&<>"\t\n\r]/;
const textSpecialAll = /[&<>\r]/g;
const attributeSpecialAll = /[&<>"\t\n\r]/g;

const references: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const reference = (char: string): string => references[char] ?? char;

/** `text` as element content. */
export function escapeXmlText(text: string): string {
  // Most text has nothing to escape: test first, copy only when needed.
  return textSpecial.test(text) ? text.replace(textSpecialAll, reference) : text;
}

/** `value` as a double-quoted attribute value. */
export function escapeXmlAttribute(value: string): string {
  return attributeSpecial.test(value) ? value.replace(attributeSpecialAll, reference) : value;
}
