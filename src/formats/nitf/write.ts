/**
 * The localized NITF item: the input's skeleton with each slot filled in the target language —
 * blocks with their markup (the source's own tags), the title repeating the headline, the
 * dateline's place and date, the root's language. A slot whose localized content is the source's
 * own is written as the source wrote it (its entity references and line breaks included), so an
 * item localized into its own language comes back byte for byte.
 */
import { withNoticeComment } from '../notice.js';
import { printMarkedText, type PlacedCode } from '../../markup/index.js';
import type { Block } from '../../model.js';
import { datelinePrefix, type LocalizedDateline } from '../../render/dateline.js';
import type { MarkedText } from '../../render/marked-block.js';
import { escapeXmlAttribute, escapeXmlText } from '../../xliff/xml-text.js';
import type { LocalizedItem } from '../format.js';
import { nitfTemplate, type NitfSlot, type WrittenPrefix } from './template.js';

export function writeNitf(item: LocalizedItem): string {
  const { parts, slots } = nitfTemplate(item.article.template);
  let written = parts[0]!;
  slots.forEach((slot, index) => {
    written += slotText(slot, item) + parts[index + 1]!;
  });
  return withNoticeComment(written, item.notice);
}

function slotText(slot: NitfSlot, item: LocalizedItem): string {
  switch (slot.kind) {
    case 'block':
      return blockText(slot.blockId, slot.raw, slot.prefix, item);
    case 'headline-copy':
      return plainText(slot, localizedBlock(item, item.article.blocks[0]!.id).text);
    case 'dateline-place':
      return plainText(slot, item.dateline.place);
    case 'dateline-date':
      return plainText(slot, item.dateline.date);
    case 'language':
      return item.lang === slot.raw ? slot.raw : escapeXmlAttribute(item.lang);
    case 'language-attribute':
      return ` baselang="${escapeXmlAttribute(item.lang)}"`;
  }
}

function plainText(slot: { readonly raw: string; readonly text: string }, localized: string | undefined): string {
  return localized === undefined || localized === slot.text ? slot.raw : escapeXmlText(localized);
}

function blockText(blockId: string, raw: string, prefix: WrittenPrefix | undefined, item: LocalizedItem): string {
  const source = item.article.blocks.find((block) => block.id === blockId);
  const localized = localizedBlock(item, blockId);
  const prefixText = prefix === undefined ? '' : localizedPrefix(prefix, item.dateline, item.lang);
  const unchanged = source !== undefined && prefixText === (prefix?.text ?? '') && isSourceText(localized, source);
  if (unchanged) return raw;
  return escapeXmlText(prefixText) + printMarkedText(localized.text, localized.markup, escapeXmlText);
}

function localizedBlock(item: LocalizedItem, blockId: string): MarkedText {
  const localized = item.blocks.get(blockId);
  if (localized === undefined) throw new Error(`the localized NITF item has no text for block ${blockId}`);
  return localized;
}

/** The localized text is the block's own: same text, same codes at the same offsets. */
function isSourceText(localized: MarkedText, block: Block): boolean {
  if (localized.text !== block.text) return false;
  const key = ({ code, start, end }: PlacedCode): string => JSON.stringify([code.open, code.close ?? null, start, end]);
  const localizedCodes = localized.markup.map(key).sort();
  const sourceCodes = (block.markup ?? []).map((code) => key({ code, start: code.start, end: code.end })).sort();
  return localizedCodes.length === sourceCodes.length && localizedCodes.every((code, index) => code === sourceCodes[index]);
}

/**
 * The dateline the first paragraph opened with, in the target language, in the form every
 * localized story opens with (`datelinePrefix`: place, the agency's credit, the language's
 * separator: "GAZA (AFP)\u00A0– "); the date is the item's (`docdata`), not repeated. Written as
 * the source had it when place, date and credit are the source's as written.
 */
function localizedPrefix(prefix: WrittenPrefix, dateline: LocalizedDateline, lang: string): string {
  const place = dateline.place ?? prefix.place;
  const agency = prefix.agency === undefined ? undefined : (dateline.agency ?? prefix.agency);
  const date = prefix.dateText === undefined ? undefined : dateline.date;
  if (place === prefix.place && agency === prefix.agency && date === prefix.dateText) return prefix.text;
  return datelinePrefix({ place, ...(agency === undefined ? {} : { agency }) }, lang);
}
