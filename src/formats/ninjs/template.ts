/**
 * What the ninjs reader keeps for the writer (`Article.template.data`): the parsed item as it
 * came, its version, and where each translated block came from.
 */
import type { Article } from '../../model.js';
import type { HtmlBodyTemplate } from '../html/body.js';
import type { NinjsVersion } from './dialect.js';
import type { JsonObject } from './json.js';

/** How a text field's value was turned into blocks, and so how to write it back. */
export type SlotContent =
  /** A `text/plain` value split into paragraphs, joined again with `separator`. */
  | { readonly kind: 'plain'; readonly blockIds: readonly string[]; readonly separator: string }
  /** An HTML value whose blocks the HTML body reader found; `html` is that reader's template; `xhtml` when it is XML (`application/xhtml+xml`). */
  | { readonly kind: 'html'; readonly blockIds: readonly string[]; readonly html: HtmlBodyTemplate; readonly xhtml?: true }
  /** A `text/plain` body saying what the HTML body `bodyIndex` says: written as that body's translated text. */
  | { readonly kind: 'plain-of-html'; readonly bodyIndex: number; readonly separator: string }
  /** A body in a type wire-l10n cannot translate (`application/xml` …): left out of the localized item. */
  | { readonly kind: 'dropped'; readonly contentType: string };

export interface NinjsSlot {
  readonly field: 'headlines' | 'descriptions' | 'bodies';
  readonly index: number;
  readonly content: SlotContent;
}

/** Where the article's dateline came from: the opening of a body block, or `located`. */
export type DatelineOrigin = { readonly from: 'body'; readonly blockId: string } | { readonly from: 'located' } | { readonly from: 'none' };

export interface NinjsTemplate {
  readonly version: NinjsVersion;
  /** The item as parsed: everything the writer keeps comes from here. */
  readonly item: JsonObject;
  readonly slots: readonly NinjsSlot[];
  readonly dateline: DatelineOrigin;
}

/** The template the ninjs reader put on `article`; a programming error for any other article. */
export function ninjsTemplate(article: Article): NinjsTemplate {
  if (article.template?.format !== 'ninjs') {
    throw new Error(`article ${article.id} was not read from ninjs: it has no ninjs template to write`);
  }
  // The ninjs reader made this data in the same process (ItemTemplate's contract).
  return article.template.data as NinjsTemplate;
}
