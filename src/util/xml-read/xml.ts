/**
 * The part of an XML document a reader keeps: elements with their namespace, attributes, start
 * line, where their tags are in the text, whether `xml:space="preserve"` is in scope, and their
 * text. Built by parse.ts.
 */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export interface XmlElement {
  /** Namespace URI; '' for none. */
  readonly uri: string;
  readonly local: string;
  /** The qualified name as written (`mda:meta`), for messages. */
  readonly name: string;
  /** 1-based line of the start tag's `<`. */
  readonly line: number;
  /** Where the element's tags are in the parsed text (UTF-16 offsets): what a writer cuts a skeleton from. */
  readonly tags: ElementTags;
  /** Attributes by `attributeKey(uri, local)`. */
  readonly attributes: ReadonlyMap<string, string>;
  /** `xml:space="preserve"` on this element or the nearest ancestor that says either way. */
  readonly preserveSpace: boolean;
  /** Kept child elements and text (adjacent text merged; CDATA is text). */
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * UTF-16 offsets into the parsed text: the start tag is `[start, startTagEnd)`, the content
 * `[startTagEnd, endTagStart)`, the end tag `[endTagStart, end)`. A self-closing element
 * (`<br/>`) has all three of `startTagEnd`, `endTagStart` and `end` equal and `selfClosing` set.
 */
export interface ElementTags {
  readonly start: number;
  readonly startTagEnd: number;
  readonly endTagStart: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

/** Unprefixed attributes by their local name, others as `{uri}local`. */
export function attributeKey(uri: string, local: string): string {
  return uri === '' ? local : `{${uri}}${local}`;
}

/** An attribute's value; `uri` for namespaced ones (`xml:lang` → XML_NAMESPACE). */
export function attribute(element: XmlElement, local: string, uri = ''): string | undefined {
  return element.attributes.get(attributeKey(uri, local));
}

/** The child elements in namespace `uri`, optionally only those named `local`. */
export function childElements(element: XmlElement, uri: string, local?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.uri === uri && (local === undefined || child.local === local),
  );
}

/** The text directly inside the element (child elements left out). */
export function ownText(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}
