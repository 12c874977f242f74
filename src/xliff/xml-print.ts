import { escapeXmlAttribute } from './xml-text.js';

/** An element's attributes in the order printed; an undefined value leaves the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>;

/** `<name a="1">markup</name>`, or `<name a="1"/>` when `markup` (already escaped) is empty. */
export function xmlElement(name: string, attributes: XmlAttributes, markup = ''): string {
  const start = `<${name}${printAttributes(attributes)}`;
  return markup === '' ? `${start}/>` : `${start}>${markup}</${name}>`;
}

/** `<name a="1">`: the start of an element whose end tag comes later (a paired inline code). */
export function xmlStartTag(name: string, attributes: XmlAttributes): string {
  return `<${name}${printAttributes(attributes)}>`;
}

function printAttributes(attributes: XmlAttributes): string {
  let printed = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) printed += ` ${name}="${escapeXmlAttribute(value)}"`;
  }
  return printed;
}

/**
 * Prints a document line by line, as the writers have always printed it: XML declaration, an
 * element per line indented by two spaces per level, LF line ends, a final newline. An element
 * holds either child elements (`open` … `close`) or content (`leaf`), which stays on the element's
 * line: content with inline codes is never indented, so no whitespace is added inside text.
 * An element closed with no children is printed empty (`<name/>`).
 */
export class XmlPrinter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  /** Per open element: its name, its start tag and the index of its line. */
  private readonly open: { name: string; start: string; line: number }[] = [];

  /** Starts an element whose children follow. */
  start(name: string, attributes: XmlAttributes = {}): void {
    const start = `<${name}${printAttributes(attributes)}`;
    this.lines.push(`${this.indent()}${start}>`);
    this.open.push({ name, start, line: this.lines.length - 1 });
  }

  /** Ends the innermost element `start` began. */
  end(): void {
    const element = this.open.pop();
    if (!element) throw new Error('XmlPrinter: end() without start()');
    if (element.line === this.lines.length - 1) this.lines[element.line] = `${this.indent()}${element.start}/>`;
    else this.lines.push(`${this.indent()}</${element.name}>`);
  }

  /** An element with `markup` (already escaped; see xmlElement) as its content, on one line. */
  leaf(name: string, attributes: XmlAttributes, markup = ''): void {
    this.lines.push(`${this.indent()}${xmlElement(name, attributes, markup)}`);
  }

  /** The document; every element must be ended. */
  print(): string {
    if (this.open.length > 0) throw new Error(`XmlPrinter: <${this.open.at(-1)!.name}> was not ended`);
    return `${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}
