/** Finding NITF elements in the parsed tree: by local name, in the root's namespace (none, or NITF's XSD namespace). */
import { attribute, childElements, type XmlElement } from '../../util/xml-read/xml.js';

export function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element === undefined ? undefined : childElements(element, element.uri, local)[0];
}

export function children(element: XmlElement | undefined, local?: string): XmlElement[] {
  return element === undefined ? [] : childElements(element, element.uri, local);
}

/** Every character of text inside the element, its descendants' included. */
export function allText(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : allText(node))).join('');
}

/** XML's whitespace runs as one space, trimmed: how a block's text is read. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r]+/gu, ' ').trim();
}

/** The element's content in the source text: `[startTagEnd, endTagStart)`. */
export function contentRange(element: XmlElement): { readonly start: number; readonly end: number } {
  return { start: element.tags.startTagEnd, end: element.tags.endTagStart };
}

/** An unprefixed attribute of an element that may be absent. */
export function attributeOf(element: XmlElement | undefined, local: string): string | undefined {
  return element === undefined ? undefined : attribute(element, local);
}
