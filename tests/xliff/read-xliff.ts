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
export const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';

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
    [metadataNamespace]: 'mda:',
  };
  return Array.from(parent.childNodes)
    .filter((child) => child.nodeType === 1)
    .map((child) => `${prefixes[child.namespaceURI ?? ''] ?? '?:'}${child.localName}`);
}

/** A code as the tests read it back: its id and the text it stands for. */
export interface ReadCode {
  readonly id: string;
  readonly text: string;
}

/**
 * The content of a `<source>` or `<target>` as runs: text, and each `<ph>` as its id and text
 * (1.2: the element's content; 2.1: its `<data>` in the unit's `<originalData>`, by `dataRef`).
 */
export function contentRuns(element: XmlElement, unit: XmlElement): Array<string | ReadCode> {
  const namespace = element.namespaceURI ?? xliff2Namespace;
  const data = new Map(descendants(unit, namespace, 'data').map((item) => [item.getAttribute('id'), item.textContent ?? '']));
  return Array.from(element.childNodes).map((node) => {
    if (node.nodeType !== 1) return node.textContent ?? '';
    if (node.localName !== 'ph') throw new Error(`unexpected <${node.localName}> in <${element.localName}>`);
    const text = namespace === xliff12Namespace ? node.textContent : data.get(node.getAttribute('dataRef'));
    return { id: node.getAttribute('id') ?? '', text: text ?? '' };
  });
}

/** The runs as plain text, each code as its text. */
export function runsText(runs: ReadonlyArray<string | ReadCode>): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}
