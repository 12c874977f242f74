/**
 * Reads our XLIFF back for assertions through xmlbuilder2's DOM. That parser is lenient (it proves
 * values, not well-formedness: schema-validation.test.ts does that) and decodes numeric references
 * twice (`&amp;#x41;` reads as "A"), so hostile text is read back through the `xliff` package
 * instead (escaping.test.ts). It also leaves `xml:lang` outside the XML namespace: read it with
 * `getAttribute('xml:lang')`.
 */
import { create } from 'xmlbuilder2';

export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
export const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';
export const glossaryNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0';

/** The part of the DOM the tests use. */
export interface XmlElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  /** Child nodes; `nodeType` 1 marks elements. (Its `children` lists every descendant.) */
  readonly childNodes: ArrayLike<XmlElement & { readonly nodeType: number }>;
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

interface XmlDocument {
  readonly documentElement: XmlElement;
}

export function parseXliff(xml: string): XmlElement {
  return (create(xml).node as unknown as XmlDocument).documentElement;
}

export function descendants(parent: XmlElement, namespace: string, localName: string): XmlElement[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName));
}

export function firstDescendant(parent: XmlElement, namespace: string, localName: string): XmlElement {
  const [found] = descendants(parent, namespace, localName);
  if (!found) throw new Error(`no <${localName}> in <${parent.localName} id="${parent.getAttribute('id') ?? ''}">`);
  return found;
}

/** The `<trans-unit>` (1.2) or `<unit>` (2.x) with that id. */
export function unitElement(root: XmlElement, id: string): XmlElement {
  const [namespace, name] =
    root.namespaceURI === xliff12Namespace ? [xliff12Namespace, 'trans-unit'] : [xliff2Namespace, 'unit'];
  const found = descendants(root, namespace, name).find((element) => element.getAttribute('id') === id);
  if (!found) throw new Error(`no <${name} id="${id}">`);
  return found;
}

/** Text of every `<note>` of a unit, in document order. */
export function noteTexts(unit: XmlElement): string[] {
  const namespace = unit.namespaceURI ?? xliff2Namespace;
  return descendants(unit, namespace, 'note').map((note) => note.textContent ?? '');
}

/** Each child element's name, module prefix included (`target`, `gls:glossary`, `mtc:matches`), in document order. */
export function childNames(parent: XmlElement): string[] {
  const prefixes: Readonly<Record<string, string>> = {
    [xliff12Namespace]: '',
    [xliff2Namespace]: '',
    [glossaryNamespace]: 'gls:',
    [matchesNamespace]: 'mtc:',
  };
  return Array.from(parent.childNodes)
    .filter((child) => child.nodeType === 1)
    .map((child) => `${prefixes[child.namespaceURI ?? ''] ?? '?:'}${child.localName}`);
}
