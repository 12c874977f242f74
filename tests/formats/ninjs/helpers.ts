/** Reading the ninjs fixtures and making localized items from an article, as the job would. */
import { readFileSync } from 'node:fs';
import type { LocalizedItem } from '../../../src/formats/format.js';
import { ninjsFormat } from '../../../src/formats/ninjs/index.js';
import type { Article, Block } from '../../../src/model.js';
import type { MarkedText } from '../../../src/render/marked-block.js';
import type { LocalizedDateline } from '../../../src/render/dateline.js';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

export function readText(text: string, path = 'item.json'): Article {
  return ninjsFormat.read(new TextEncoder().encode(text), path, {});
}

export function readFixture(name: string): Article {
  return readText(fixtureText(name), name);
}

/** A stand-in translation: `[fr] ` before each block's text, its markup shifted after it, its line breaks kept as `\n`. */
export function pseudoTranslated(block: Block, lang: string): MarkedText {
  const tag = `[${lang}] `;
  let text = block.text;
  for (const offset of block.lineBreaks ?? []) text = `${text.slice(0, offset)}\n${text.slice(offset + 1)}`;
  const markup = (block.markup ?? []).map((code) => ({ code, start: code.start + tag.length, end: code.end + tag.length }));
  return { text: tag + text, markup };
}

export function localized(article: Article, lang: string, dateline: LocalizedDateline = article.dateline): LocalizedItem {
  return { article, lang, blocks: new Map(article.blocks.map((block) => [block.id, pseudoTranslated(block, lang)])), dateline };
}

export function written(article: Article, lang: string, dateline?: LocalizedDateline): Record<string, unknown> {
  return JSON.parse(ninjsFormat.write(localized(article, lang, dateline))) as Record<string, unknown>;
}
