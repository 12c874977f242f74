/**
 * A ninjs 2.x or 3.x item as an Article: strict JSON (file:line errors, depth and size limits),
 * blocks from the text fields (`fields.ts`), the dateline from the first body paragraph or
 * `located`, id from `uri`, version, urgency, language; the parsed item and where each block came
 * from as the template (`template.ts`). See README.md for the fields.
 */
import type { Node } from 'jsonc-parser';
import { InputError, UsageError } from '../../errors.js';
import type { IngestOptions } from '../../ingest/index.js';
import { articleId } from '../../ingest/article-id.js';
import { decodeWireText } from '../../ingest/decode.js';
import { LANGUAGE_TAG } from '../../ingest/front-matter.js';
import { findingOn, type Article, type Block, type LanguageTag, type PubStatus, type Urgency } from '../../model.js';
import { hashText } from '../../util/hash.js';
import { findCharNotForInterchange } from '../../util/text-chars.js';
import { blockIdNamer } from '../block-ids.js';
import { readItemDateline, storyDate } from './dateline.js';
import { ninjsNames, ninjsVersion } from './dialect.js';
import { readBodies, readDescriptions, readHeadlines, type ReadField } from './fields.js';
import { expectType, fail, jsonValue, optionalString, parseJsonDocument, propertyNode, type JsonDocument, type JsonObject } from './json.js';
import type { NinjsSlot, NinjsTemplate } from './template.js';

/** A ninjs item is a few KiB; the disk adapter refuses larger story files before reading. */
export const NINJS_MAX_BYTES = 4 * 1024 * 1024;

export function readNinjs(bytes: Uint8Array, path: string, options: IngestOptions = {}): Article {
  if (bytes.byteLength > NINJS_MAX_BYTES) {
    throw new InputError(`the file is ${bytes.byteLength} bytes; ninjs items up to ${NINJS_MAX_BYTES} bytes are read`, { file: path });
  }
  const doc = parseJsonDocument(decodeWireText(bytes, path), path);
  const root = expectType(doc.root, 'object', 'a ninjs item', doc);
  // Converted first: a key given twice is refused before any field is read by its first spelling.
  const item = jsonValue(root, doc) as JsonObject;
  const version = ninjsVersion(root, doc);
  const names = ninjsNames[version];
  const lang = itemLanguage(root, doc, options);
  const fields = [...readHeadlines(root, names, doc), ...readDescriptions(root, names, doc), ...readBodies(root, names, doc)];
  checkTexts(fields, doc);
  const named = namedBlocks(fields);
  const located = optionalString(root, 'located', doc)?.value;
  const created = optionalString(root, names.versionCreated, doc)?.value;
  const { dateline, origin, blocks, slots, findings } = readItemDateline(named.blocks, named.slots, { located, created, file: path });
  const uri = optionalString(root, 'uri', doc)?.value;
  const template: NinjsTemplate = { version, item, slots, dateline: origin };
  const urgency = itemUrgency(root, doc);
  const embargoedUntil = optionalString(root, names.embargoed, doc)?.value;
  const pubStatus = itemPubStatus(root, names.pubStatus, doc);
  return {
    id: uri === undefined || uri.trim() === '' ? articleId(blocks[0]!.text, storyDate(created)) : uriSlug(uri),
    version: itemVersion(root, doc),
    lang,
    dateline,
    ...(urgency === undefined ? {} : { urgency }),
    ...(embargoedUntil === undefined ? {} : { embargoedUntil }),
    ...(pubStatus === undefined ? {} : { pubStatus }),
    blocks,
    source: { path, format: 'ninjs' },
    ...(findings.length === 0 ? {} : { findings: findings.map((finding) => findingOn(finding, { lang, id: 'dateline' })) }),
    template: { format: 'ninjs', data: template },
  };
}

/** Ids in reading order (headline first), and each field's slot with its blocks' ids. */
function namedBlocks(fields: readonly ReadField[]): { blocks: Block[]; slots: NinjsSlot[] } {
  const nextId = blockIdNamer();
  const blocks: Block[] = [];
  const slots = fields.map(({ field, index, pieces, content }): NinjsSlot => {
    const blockIds = pieces.map((piece) => {
      const id = nextId(piece.kind);
      blocks.push({ id, ...piece });
      return id;
    });
    if (content.kind === 'plain' || content.kind === 'html') return { field, index, content: { ...content, blockIds } };
    return { field, index, content };
  });
  return { blocks, slots };
}

/** Text no XLIFF can carry is refused here, as plain-text ingest refuses it (a JSON escape can put it in a string). */
function checkTexts(fields: readonly ReadField[], doc: JsonDocument): void {
  for (const piece of fields.flatMap((field) => field.pieces)) {
    const forbidden = findCharNotForInterchange(piece.text);
    if (forbidden !== undefined) {
      throw new InputError(`character ${forbidden.codePoint} in the text: a Unicode noncharacter or control character, not text to translate`, { file: doc.file, line: piece.line });
    }
  }
}

function itemLanguage(root: Node, doc: JsonDocument, options: IngestOptions): LanguageTag {
  const language = optionalString(root, 'language', doc);
  if (language !== undefined) {
    if (!LANGUAGE_TAG.test(language.value)) {
      fail(doc, propertyNode(root, 'language')!, `"language" must be a BCP 47 language tag such as "en", not "${language.value}"`);
    }
    return language.value;
  }
  const lang = options.lang ?? 'en';
  if (!LANGUAGE_TAG.test(lang)) throw new UsageError(`Expected \`lang\` to be a BCP 47 language tag such as \`en\`, got \`${lang}\``);
  return lang;
}

/** `version` is a string in ninjs; a whole number there is the story's version, anything else version 1. */
function itemVersion(root: Node, doc: JsonDocument): number {
  const version = optionalString(root, 'version', doc)?.value;
  return version !== undefined && /^[1-9]\d{0,8}$/u.test(version) ? Number(version) : 1;
}

/** Urgency 1–8 as the model knows it; ninjs 3.x allows 9, which the article leaves unset (the item keeps it). */
function itemUrgency(root: Node, doc: JsonDocument): Urgency | undefined {
  const node = propertyNode(root, 'urgency');
  if (node === undefined) return undefined;
  const urgency = expectType(node, 'number', '"urgency"', doc).value as number;
  return Number.isInteger(urgency) && urgency >= 1 && urgency <= 8 ? (urgency as Urgency) : undefined;
}

/**
 * The item's publishing status in the model's words: ninjs (as IPTC) says `withheld` for an item
 * that must not be used until further notice, which the model calls `withdrawn`.
 */
function itemPubStatus(root: Node, name: string, doc: JsonDocument): PubStatus | undefined {
  const status = optionalString(root, name, doc);
  if (status === undefined) return undefined;
  const known = pubStatuses.get(status.value);
  if (known === undefined) fail(doc, propertyNode(root, name)!, `"${name}" must be "usable", "withheld" or "canceled", not "${status.value}"`);
  return known;
}

const pubStatuses: ReadonlyMap<string, PubStatus> = new Map([
  ['usable', 'usable'],
  ['withheld', 'withdrawn'],
  ['canceled', 'canceled'],
]);

const MAX_ID_LENGTH = 64;

/**
 * A file-safe, stable id from the item's `uri`: its lower-case ASCII letters and digits after the
 * scheme, runs of anything else as one hyphen (`http://a.test/items/20130709med123` →
 * `a-test-items-20130709med123`); a longer one keeps its end (where the item's own part is) and a
 * hash of the whole uri, so two long uris never share an id by their ends.
 */
export function uriSlug(uri: string): string {
  const slug = uri
    .replace(/^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/)?/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const hash = hashText(uri).slice(0, 8);
  if (slug === '') return `item-${hash}`;
  if (slug.length <= MAX_ID_LENGTH) return slug;
  return `${slug.slice(slug.length - (MAX_ID_LENGTH - hash.length - 1)).replace(/^-+/u, '')}-${hash}`;
}
