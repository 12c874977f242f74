import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalizedItem } from '../../../src/formats/format.js';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import type { Article, Block, LanguageTag } from '../../../src/model.js';
import type { LocalizedDateline } from '../../../src/render/dateline.js';
import type { MarkedText } from '../../../src/render/marked-block.js';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');
}

export function readItem(text: string, path = 'item.xml'): Article {
  return nitfFormat.read(new TextEncoder().encode(text), path, {});
}

export function sourceMarkedText(block: Block): MarkedText {
  return { text: block.text, markup: (block.markup ?? []).map((code) => ({ code, start: code.start, end: code.end })) };
}

/** The item in `lang` with each block's text and markup given by `translate` (default: the source's own). */
export function localizedItem(
  article: Article,
  lang: LanguageTag,
  dateline: LocalizedDateline,
  translate: (block: Block) => MarkedText = sourceMarkedText,
): LocalizedItem {
  return { article, lang, dateline, blocks: new Map(article.blocks.map((block) => [block.id, translate(block)])) };
}

/** A stand-in translation: `[lang] ` before the text, the codes moved with it. */
export function tagged(lang: string): (block: Block) => MarkedText {
  return (block) => {
    const marker = `[${lang}] `;
    const { text, markup } = sourceMarkedText(block);
    return { text: marker + text, markup: markup.map((placed) => ({ ...placed, start: placed.start + marker.length, end: placed.end + marker.length })) };
  };
}

/** A minimal item around `content` (body.content's children). */
export function item(content: string, bodyHead = ''): string {
  return `<nitf><head/><body><body.head><hedline><hl1>Flood waters rise</hl1></hedline>${bodyHead}</body.head><body.content>${content}</body.content></body></nitf>`;
}
