/**
 * The localized ninjs item for one language: the source item with its translated headlines,
 * descriptions and bodies (counts recomputed), its own `uri` and `language`, the dateline put back
 * where it was, bodies it could not translate left out, and the link to the source (an
 * association and an alternative id). Key order is the source's, added keys last; two-space
 * indentation and a final newline.
 */
import type { LocalizedItem } from '../format.js';
import type { LanguageTag } from '../../model.js';
import type { MarkedText } from '../../render/marked-block.js';
import { datelinePrefix } from '../../render/dateline.js';
import { ninjsNames, type NinjsNames, type NinjsVersion } from './dialect.js';
import { writeHtmlField } from './html-field.js';
import type { JsonObject, JsonValue } from './json.js';
import { ninjsTemplate, type NinjsSlot, type NinjsTemplate } from './template.js';

/** The relation the localized item has to its source, as association and alternative id role. */
export const TRANSLATION_OF = 'translationOf';

export function writeNinjs(item: LocalizedItem): string {
  const template = ninjsTemplate(item.article);
  const names = ninjsNames[template.version];
  const contents = localizedContents(item, template);
  const written = structuredClone(template.item);
  for (const slot of template.slots) {
    const entry = entryOf(written, slot);
    const text = slotText(slot, template, contents);
    if (text === undefined) continue;
    const { content } = slot;
    entry['value'] = content.kind === 'html' ? writeHtmlField(content.html, content.blockIds.map(contents.marked), contents.opening, content.xhtml === true) : text;
    recount(entry, names, text);
  }
  dropUntranslated(written, template);
  const sourceUri = typeof template.item['uri'] === 'string' && template.item['uri'] !== '' ? template.item['uri'] : undefined;
  written['uri'] = localizedUri(sourceUri ?? `urn:wire-l10n:${item.article.id}`, item.lang);
  written['language'] = item.lang;
  if (template.dateline.from === 'located' && item.dateline.place !== undefined) written['located'] = item.dateline.place;
  if (sourceUri !== undefined) linkToSource(written, sourceUri, template.version, names);
  if (item.notice !== undefined) written[names.edNote] = editorialNote(item.notice, written[names.edNote]);
  return `${JSON.stringify(written, null, 2)}\n`;
}

/** The item's notice first (editors must read it before publishing), then the source's own note, if any. */
function editorialNote(notice: string, sourceNote: JsonValue | undefined): string {
  return typeof sourceNote === 'string' && sourceNote.trim() !== '' ? `${notice}\n${sourceNote}` : notice;
}

/**
 * `<source uri>#lang=<tag>`: stable, valid wherever the source's is (a fragment is allowed after
 * any URI, `urn:` ones included), and telling the languages apart; a uri with a fragment already
 * gets `&lang=<tag>` added to it.
 */
export function localizedUri(sourceUri: string, lang: LanguageTag): string {
  return `${sourceUri}${sourceUri.includes('#') ? '&' : '#'}lang=${lang}`;
}

/** The blocks' translations by id, and the localized dateline opening the block it was taken from. */
interface Contents {
  marked(blockId: string): MarkedText;
  /** `BAGDAD (AFP)\u00A0– `, or nothing when the dateline was not in a body. */
  readonly opening: string;
  /** The block's plain text, the dateline opening the datelined block (an HTML body's writer prints it itself). */
  plain(blockId: string, of: (content: MarkedText) => string): string;
}

function localizedContents(item: LocalizedItem, template: NinjsTemplate): Contents {
  const datelined = template.dateline.from === 'body' ? template.dateline.blockId : undefined;
  const opening = datelined === undefined ? '' : datelinePrefix(item.dateline, item.lang);
  const marked = (blockId: string): MarkedText => {
    const content = item.blocks.get(blockId);
    if (content === undefined) throw new Error(`no ${item.lang} text for block ${blockId} of ${item.article.id}`);
    return content;
  };
  return { marked, opening, plain: (blockId, of) => (blockId === datelined ? opening : '') + of(marked(blockId)) };
}

function entryOf(written: JsonObject, slot: NinjsSlot): JsonObject {
  const list = written[slot.field] as JsonValue[];
  // The reader checked that every entry of a field it read is an object.
  return list[slot.index] as JsonObject;
}

/** The slot's translated text without markup (the value itself for a plain slot); undefined when the slot keeps its value. */
function slotText(slot: NinjsSlot, template: NinjsTemplate, contents: Contents): string | undefined {
  const { content } = slot;
  const text = (content: MarkedText): string => content.text;
  switch (content.kind) {
    case 'plain':
    case 'html':
      return content.blockIds.length === 0 ? undefined : content.blockIds.map((id) => contents.plain(id, text)).join(content.kind === 'plain' ? content.separator : '\n\n');
    case 'plain-of-html': {
      const html = template.slots.find((other) => other.field === 'bodies' && other.index === content.bodyIndex)?.content;
      if (html?.kind !== 'html') throw new Error(`body ${content.bodyIndex} is not an HTML body`);
      return html.blockIds.map((id) => contents.plain(id, plainOfMarked)).join(content.separator);
    }
    case 'dropped':
      return undefined;
  }
}

/** A block's marked text as plain text: the space an HTML line break (`<br>`) stands before becomes a line break. */
function plainOfMarked({ text, markup }: MarkedText): string {
  const breaks = new Set(markup.filter(({ code, start }) => code.element === 'br' && text[start] === ' ').map(({ start }) => start));
  let plain = '';
  for (let index = 0; index < text.length; index++) plain += breaks.has(index) ? '\n' : text[index];
  return plain;
}

/**
 * `charCount` and `wordCount`, where the entry had them, counted again on the translated text
 * (an HTML body's text without its tags): characters as code points, words as runs between
 * spaces holding a letter or a digit (a lone dash is no word).
 */
function recount(entry: JsonObject, names: NinjsNames, text: string): void {
  if (names.charCount in entry) entry[names.charCount] = [...text].length;
  if (names.wordCount in entry) entry[names.wordCount] = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function dropUntranslated(written: JsonObject, template: NinjsTemplate): void {
  const dropped = new Set(template.slots.filter((slot) => slot.field === 'bodies' && slot.content.kind === 'dropped').map((slot) => slot.index));
  if (dropped.size === 0) return;
  const bodies = (written['bodies'] as JsonValue[]).filter((_, index) => !dropped.has(index));
  if (bodies.length > 0) written['bodies'] = bodies;
  else delete written['bodies'];
}

/** The source as an association (2.x has no `rel`: the name says it) and as an alternative id. */
function linkToSource(written: JsonObject, sourceUri: string, version: NinjsVersion, names: NinjsNames): void {
  const association: JsonObject = { name: TRANSLATION_OF, ...(version === 3 ? { rel: TRANSLATION_OF } : {}), uri: sourceUri };
  written['associations'] = [...arrayOf(written['associations']), association];
  written[names.altIds] = [...arrayOf(written[names.altIds]), { role: TRANSLATION_OF, value: sourceUri }];
}

function arrayOf(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
