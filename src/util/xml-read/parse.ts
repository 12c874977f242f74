/**
 * Text → the element tree a format's reader walks, with saxes: a strict, non-validating parser
 * that never reads a DTD. A DOCTYPE without internal subset (`<!DOCTYPE xliff PUBLIC … "…dtd">`,
 * `<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">`) is passed over unread, never fetched; one with an
 * internal subset is refused, so no entity can ever be declared (no "billion laughs", no external
 * entities), and any entity besides XML's five is an error. Comments and processing instructions
 * are dropped, CDATA is text. Only the elements the caller keeps are stored (with their text and
 * where their tags are in the text); the rest is still parsed and checked, so a well-formedness
 * error anywhere rejects the file. Shared by the XLIFF reader (`xliff/read/`) and the NITF reader
 * (`formats/nitf/`), each throwing its own error type through `fail`.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { FileLocation } from '../../errors.js';
import { XML_NAMESPACE, attributeKey, type ElementTags, type XmlElement } from './xml.js';

const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const PREDEFINED_ENTITIES: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Whether to store `element` (and what it holds) among its kept parent's children. */
export type KeepElement = (element: XmlElement) => boolean;

export interface ParseXmlOptions<R extends { readonly keep: KeepElement }> {
  /** Deepest element nesting accepted (the root is at depth 1). */
  readonly maxDepth: number;
  /**
   * Called once, with the root element (attributes, no children yet), as soon as its start tag is
   * read: checks it (throwing to reject the file at once) and says which descendants to keep.
   */
  readonly onRoot: (root: XmlElement) => R;
  /** Throws the caller's error for a problem at `place` (a syntax error, the DTD, the depth). */
  readonly fail: (place: FileLocation, reason: string) => never;
  /** Called with the XML declaration's `encoding`, when it has one: throws if the reader cannot take it. */
  readonly onDeclaredEncoding?: (encoding: string) => void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Frame {
  readonly element: XmlElement;
  readonly kept: boolean;
  /** The element's tags, completed when its end tag is read. */
  readonly tags: Mutable<ElementTags>;
}

/** Parses the whole text; throws through `options.fail` at the first problem, with its line. */
export function parseXml<R extends { readonly keep: KeepElement }>(
  text: string,
  file: string,
  options: ParseXmlOptions<R>,
): { readonly root: XmlElement; readonly rootResult: R } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: Frame[] = [];
  let root: XmlElement | undefined;
  let rootResult: R | undefined;
  const { fail } = options;
  let startLine = 1;
  let startOffset = 0;
  let atEnd = false;
  /** The element saxes closed last: on a mismatched end tag, the one that should have been closed. */
  let lastClosed: string | undefined;

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the location goes into the error instead.
    const { line, column } = parser;
    const message = error.message.replace(/^\d+:\d+: /u, '');
    const reason = syntaxReason(message, { text, line, column, atEnd, lastClosed });
    // saxes' column is that of the last character read (0 at a line's start).
    fail(column > 0 ? { file, line, column } : { file, line }, reason);
  });
  parser.on('xmldecl', (declaration) => {
    if (declaration.encoding !== undefined) options.onDeclaredEncoding?.(declaration.encoding);
  });
  parser.on('doctype', (doctype) => {
    if (hasInternalSubset(doctype)) {
      // The event comes at the DOCTYPE's end; report the line it starts on.
      const line = parser.line - (doctype.match(/\n/gu)?.length ?? 0);
      fail(
        { file, line },
        'DTD internal subsets are not processed: remove the DOCTYPE\'s [ … ] (entity declarations are never expanded)',
      );
    }
  });
  parser.on('opentagstart', () => {
    startLine = parser.line;
    // saxes has read `<name` and the character after it: the `<` is the last one before here.
    startOffset = text.lastIndexOf('<', parser.position - 1);
    if (open.length >= options.maxDepth) {
      fail({ file, line: startLine }, `elements are nested more than ${options.maxDepth} deep`);
    }
  });
  parser.on('opentag', (tag) => {
    const parent = open.at(-1);
    // The event comes right after the start tag's `>`.
    const startTagEnd = parser.position;
    const selfClosing = tag.isSelfClosing;
    const tags = { start: startOffset, startTagEnd, endTagStart: startTagEnd, end: startTagEnd, selfClosing };
    const element = newElement(tag, startLine, tags, parent?.element);
    if (parent === undefined) {
      root = element;
      rootResult = options.onRoot(element);
      open.push({ element, kept: true, tags });
      return;
    }
    const kept = parent.kept && rootResult!.keep(element);
    if (kept) parent.element.children.push(element);
    open.push({ element, kept, tags });
  });
  const addText = (value: string): void => {
    const frame = open.at(-1);
    if (frame === undefined || !frame.kept) return;
    const children = frame.element.children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += value;
    else children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    const frame = open.pop();
    if (frame !== undefined && !frame.tags.selfClosing) {
      // The event comes right after the end tag's `>`; `</` cannot occur inside an end tag.
      frame.tags.end = parser.position;
      frame.tags.endTagStart = text.lastIndexOf('</', parser.position - 1);
    }
    lastClosed = tag.name;
  });

  parser.write(text);
  atEnd = true;
  parser.close();
  // saxes reports a document without root element as an error, so both are set here.
  return { root: root!, rootResult: rootResult! };
}

function newElement(tag: SaxesTagNS, line: number, tags: ElementTags, parent: XmlElement | undefined): XmlElement {
  const attributes = new Map<string, string>();
  for (const { uri, local, value } of Object.values(tag.attributes)) {
    if (uri !== XMLNS_NAMESPACE) attributes.set(attributeKey(uri, local), value);
  }
  const space = attributes.get(attributeKey(XML_NAMESPACE, 'space'));
  const inherited = parent === undefined ? false : parent.preserveSpace;
  return {
    uri: tag.uri,
    local: tag.local,
    name: tag.name,
    line,
    tags,
    attributes,
    preserveSpace: space === 'preserve' ? true : space === 'default' ? false : inherited,
    children: [],
  };
}

/** `[` after the name and external id, outside their quotes: `<!DOCTYPE x [ <!ENTITY …> ]>`. */
export function hasInternalSubset(doctype: string): boolean {
  return doctype.replace(/"[^"]*"|'[^']*'/gu, '').includes('[');
}

interface ErrorContext {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** saxes reported the error when the input ended. */
  readonly atEnd: boolean;
  readonly lastClosed: string | undefined;
}

/** saxes' message, made to say what it means for the file's author. */
function syntaxReason(message: string, context: ErrorContext): string {
  if (message.startsWith('undefined entity')) {
    const name = referenceBefore(context, /&([^\s&;<>#]+);/gu, (found) => !PREDEFINED_ENTITIES.has(found));
    const reference = name === undefined ? 'an entity reference' : `&${name};`;
    return `undefined entity ${reference}: XML only knows &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; (an HTML entity was probably pasted into the text)`;
  }
  const unclosed = /^unclosed tag: (.+)$/u.exec(message);
  if (context.atEnd && unclosed) return `the file ends inside <${unclosed[1]}>: it is truncated (or an end tag is missing)`;
  if (message.startsWith('unexpected close tag') && context.lastClosed !== undefined) {
    // saxes closes the open element, then reports the end tag that did not match it.
    const name = referenceBefore(context, /<\/([^\s>]+)/gu, () => true);
    if (name !== undefined) return `not well-formed XML: </${name}> where </${context.lastClosed}> was expected`;
  }
  return `not well-formed XML: ${message.replace(/\.$/u, '')}`;
}

/** The last match of `pattern` on the error's line up to its column (else the first on the line): the name saxes stopped at. */
function referenceBefore(context: ErrorContext, pattern: RegExp, accept: (name: string) => boolean): string | undefined {
  // saxes counts CRLF, LF and a lone CR as one line end each.
  const lineText = context.text.split(/\r\n|\n|\r/u)[context.line - 1] ?? '';
  const matches = [...lineText.matchAll(pattern)].filter((match) => accept(match[1]!));
  const before = matches.filter((match) => match.index + match[0].length <= context.column);
  return (before.at(-1) ?? matches[0])?.[1];
}
