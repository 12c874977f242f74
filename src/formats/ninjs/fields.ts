/**
 * The translatable fields of a ninjs item as blocks: `headlines[]` (the `main` one, else the
 * first, is the article's headline; a `sub…` role is a standfirst; any other a further headline),
 * `descriptions[]` (`caption` → caption, anything else → standfirst) and `bodies[]` (paragraphs;
 * HTML bodies through the HTML body reader). A `text/plain` body saying what an HTML body says is
 * not read twice: it is written from that body's translation. Each field's slot says where its
 * blocks go back.
 */
import type { Node } from 'jsonc-parser';
import type { Block, BlockKind } from '../../model.js';
import type { HtmlBodyTemplate } from '../html/body.js';
import type { NinjsNames } from './dialect.js';
import { readHtmlField } from './html-field.js';
import { expectType, fail, optionalString, propertyNode, type JsonDocument } from './json.js';
import { comparableText, splitPlainText } from './plain-text.js';
import type { SlotContent } from './template.js';

/** A block before its id is known (ids follow reading order, which the article decides). */
export type Piece = Omit<Block, 'id'>;

/** A field's value read: its pieces and how to write them back (block ids still to give). */
export interface ReadField {
  readonly field: 'headlines' | 'descriptions' | 'bodies';
  readonly index: number;
  readonly role?: string;
  readonly pieces: readonly Piece[];
  readonly content: PendingContent;
}

/** A slot's content before block ids: `plain` and `html` get theirs from the field's pieces. */
export type PendingContent =
  | { readonly kind: 'plain'; readonly separator: string }
  | { readonly kind: 'html'; readonly html: HtmlBodyTemplate; readonly xhtml?: true }
  | Exclude<SlotContent, { kind: 'plain' | 'html' }>;

type TextType = 'plain' | 'html' | 'xhtml' | 'other';

function textType(contentType: string | undefined): TextType {
  const type = contentType?.split(';')[0]!.trim().toLowerCase();
  if (type === undefined || type === 'text/plain') return 'plain';
  if (type === 'text/html') return 'html';
  return type === 'application/xhtml+xml' ? 'xhtml' : 'other';
}

/** The entries of an optional array field, each an object with a string `value`. */
function entries(root: Node, field: ReadField['field'], doc: JsonDocument): Node[] {
  const list = propertyNode(root, field);
  if (list === undefined) return [];
  const items = expectType(list, 'array', `"${field}"`, doc).children ?? [];
  return items.map((entry, index) => {
    expectType(entry, 'object', `"${field}[${index}]"`, doc);
    if (propertyNode(entry, 'value') === undefined) fail(doc, entry, `"${field}[${index}]" has no "value"`);
    return entry;
  });
}

/** One entry's value as pieces of `kind`, by its content type. */
function readValue(entry: Node, kind: BlockKind, names: NinjsNames, doc: JsonDocument): { pieces: Piece[]; content: PendingContent } {
  const value = optionalString(entry, 'value', doc)!;
  const contentType = optionalString(entry, names.contentType, doc)?.value;
  const type = textType(contentType);
  if (type === 'html' || type === 'xhtml') {
    const { pieces, html } = readHtmlField(value.value, kind, { file: doc.file, line: value.line });
    return { pieces, content: { kind: 'html', html, ...(type === 'xhtml' ? { xhtml: true as const } : {}) } };
  }
  if (type === 'other') return { pieces: [], content: { kind: 'dropped', contentType: contentType! } };
  const { paragraphs, separator } = splitPlainText(value.value);
  const pieces = paragraphs.map(({ text, lineBreaks }) => ({ kind, text, line: value.line, ...(lineBreaks.length === 0 ? {} : { lineBreaks }) }));
  return { pieces, content: { kind: 'plain', separator } };
}

function roleOf(entry: Node, doc: JsonDocument): string | undefined {
  return optionalString(entry, 'role', doc)?.value;
}

export function readHeadlines(root: Node, names: NinjsNames, doc: JsonDocument): ReadField[] {
  const read = entries(root, 'headlines', doc).map((entry, index): ReadField => {
    const role = roleOf(entry, doc);
    const kind: BlockKind = role !== undefined && /^sub/iu.test(role) ? 'standfirst' : 'headline';
    return { field: 'headlines', index, ...(role === undefined ? {} : { role }), ...readValue(entry, kind, names, doc) };
  });
  const main = read.find((field) => field.role === 'main' && field.pieces.length > 0) ?? read.find((field) => field.pieces[0]?.kind === 'headline');
  if (main === undefined) {
    fail(doc, propertyNode(root, 'headlines') ?? root, 'the item has no headline: "headlines" needs an entry with a non-empty "value"', 'add `"headlines": [{ "role": "main", "value": "…" }]`');
  }
  // The article's first block is its headline, whatever the entry's place in the array.
  return [main, ...read.filter((field) => field !== main)];
}

export function readDescriptions(root: Node, names: NinjsNames, doc: JsonDocument): ReadField[] {
  return entries(root, 'descriptions', doc).map((entry, index) => {
    const role = roleOf(entry, doc);
    const kind: BlockKind = role?.toLowerCase() === 'caption' ? 'caption' : 'standfirst';
    return { field: 'descriptions', index, ...(role === undefined ? {} : { role }), ...readValue(entry, kind, names, doc) };
  });
}

/** The bodies; a plain body with the text of an HTML body becomes `plain-of-html`. */
export function readBodies(root: Node, names: NinjsNames, doc: JsonDocument): ReadField[] {
  const read = entries(root, 'bodies', doc).map((entry, index): ReadField => ({ field: 'bodies', index, ...readValue(entry, 'paragraph', names, doc) }));
  const htmlTexts = read.flatMap((field) => (field.content.kind === 'html' ? [{ index: field.index, text: comparableText(field.pieces.map((piece) => piece.text).join(' ')) }] : []));
  return read.map((field) => {
    if (field.content.kind !== 'plain' || field.pieces.length === 0) return field;
    const text = comparableText(field.pieces.map((piece) => piece.text).join(' '));
    const same = htmlTexts.find((html) => html.text === text);
    if (same === undefined) return field;
    // A one-paragraph plain body ran the HTML's paragraphs together: its translation does too.
    const separator = field.pieces.length === 1 ? ' ' : field.content.separator;
    return { ...field, pieces: [], content: { kind: 'plain-of-html', bodyIndex: same.index, separator } };
  });
}
