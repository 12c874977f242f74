/**
 * The skeleton of a NITF item: the input's own text cut into literal parts and slots, so a writer
 * puts each translated piece where it was and writes everything else back byte for byte.
 * `parts[0] slot[0] parts[1] slot[1] … parts[n]`: one more part than slots.
 */
import type { ItemTemplate } from '../../model.js';

/** A dateline that opened the first paragraph's text ("GAZA CITY, May 16 (AFP) - "), as written. */
export interface WrittenPrefix {
  /** The whole prefix, separator included, as the block's text had it. */
  readonly text: string;
  readonly place: string;
  readonly dateText?: string;
  readonly agency?: string;
}

/**
 * What fills a slot, and what the slot held in the source (`raw`, the exact characters), written
 * back when the localized piece is the source's own.
 */
export type NitfSlot =
  /** A block element's content: the block's marked-up text (and the dateline prefix the first paragraph opened with). */
  | { readonly kind: 'block'; readonly blockId: string; readonly raw: string; readonly prefix?: WrittenPrefix }
  /** `head/title` repeating the headline: the localized headline, as plain text. */
  | { readonly kind: 'headline-copy'; readonly raw: string; readonly text: string }
  /** The dateline element's place and date texts. */
  | { readonly kind: 'dateline-place'; readonly raw: string; readonly text: string }
  | { readonly kind: 'dateline-date'; readonly raw: string; readonly text: string }
  /** The value of the root's `baselang` or `xml:lang`. */
  | { readonly kind: 'language'; readonly raw: string }
  /** After the root's name when it states no language: a `baselang` attribute is added there. */
  | { readonly kind: 'language-attribute'; readonly raw: '' };

export interface NitfTemplate {
  readonly parts: readonly string[];
  readonly slots: readonly NitfSlot[];
}

/** A slot over `[start, end)` of the source text. */
export interface Cut {
  readonly start: number;
  readonly end: number;
  readonly slot: NitfSlot;
}

/** The text cut at `cuts` (which must not overlap). */
export function cutSkeleton(text: string, cuts: readonly Cut[]): NitfTemplate {
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const cut of sorted) {
    if (cut.start < cursor) throw new Error(`NITF slots overlap at offset ${cut.start}`);
    parts.push(text.slice(cursor, cut.start));
    cursor = cut.end;
  }
  parts.push(text.slice(cursor));
  return { parts, slots: sorted.map((cut) => cut.slot) };
}

/** The template of an article the NITF reader made; a programming error for any other. */
export function nitfTemplate(template: ItemTemplate | undefined): NitfTemplate {
  if (template?.format !== 'nitf') throw new Error(`the NITF writer needs an article read by the NITF reader, got ${template?.format ?? 'no template'}`);
  // The NITF reader of this process made it (model.ts: ItemTemplate).
  return template.data as NitfTemplate;
}
