/**
 * The localized HTML page: the source page's skeleton with each block's slot filled in the target
 * language, `lang` and XHTML's `xml:lang` (and `dir` for a right-to-left language) on `<html>`, the `<title>` translated
 * when it is the headline, and the localized dateline prefix (place, agency: the date is in the
 * page's metadata) back where the source had one. Text in an XHTML page is escaped for XML.
 */
import { withNoticeComment } from '../notice.js';
import type { LocalizedItem } from '../format.js';
import type { MarkedText } from '../../render/marked-block.js';
import { datelinePrefix } from '../../render/dateline.js';
import { isRightToLeft } from '../../util/direction.js';
import { printBlockSlot } from './body.js';
import type { DocumentSlot, HtmlDocumentTemplate } from './document.js';
import { escapeHtmlAttribute, escapeHtmlText, escapeXhtmlText } from './escape.js';
import { fillPieces } from './skeleton.js';

export function writeHtmlDocument(item: LocalizedItem): string {
  const template = documentTemplate(item);
  const contents: MarkedText[] = template.blockIds.map((id) => {
    const content = item.blocks.get(id);
    if (content === undefined) throw new Error(`no ${item.lang} text for block ${id} of ${item.article.id}`);
    return content;
  });
  const headline = contents[template.blockIds.indexOf(item.article.blocks[0]!.id)]!;
  const sameLang = item.lang === template.lang;
  // In its own language the page keeps its dateline as written (with its date).
  const prefix = sameLang && template.datelinePrefix !== undefined ? template.datelinePrefix : datelinePrefix(item.dateline, item.lang);
  const dir = isRightToLeft(item.lang) ? 'rtl' : 'ltr';
  const escape = template.xhtml ? escapeXhtmlText : escapeHtmlText;
  const fill = (slot: DocumentSlot): string => {
    if ('block' in slot) return printBlockSlot(slot, contents, prefix, escape);
    if ('title' in slot) return escape(headline.text);
    if ('dir' in slot) return sameLang ? slot.dir : `dir="${dir}"`;
    if (sameLang) return slot.lang;
    const lang = `${slot.name}="${escapeHtmlAttribute(item.lang)}"${slot.addsDir && dir === 'rtl' ? ' dir="rtl"' : ''}`;
    return slot.lang === '' ? ` ${lang}` : lang;
  };
  return withNoticeComment(fillPieces(template.pieces, fill), item.notice);
}

function documentTemplate(item: LocalizedItem): HtmlDocumentTemplate {
  const { template } = item.article;
  if (template?.format !== 'html') throw new Error(`${item.article.id} was not read from HTML: no HTML template to write it in`);
  return template.data as HtmlDocumentTemplate;
}
