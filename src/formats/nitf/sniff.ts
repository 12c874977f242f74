/** Whether a decoded file is a NITF item: its root element is `nitf` (after an XML declaration, comments, processing instructions, a DOCTYPE). */

/** What may come before the root element; a DOCTYPE's internal subset (`[ … ]`) is passed over for sniffing only: the reader refuses it. */
const PROLOG_ITEM = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)/iu;
const NITF_ROOT = /^<(?:[A-Za-z_][\w.-]*:)?nitf[\s/>]/u;
/** A prolog longer than this is not a wire item's. */
const MAX_PROLOG = 64 * 1024;

export function sniffNitf(text: string): boolean {
  let rest = text.startsWith('\uFEFF') ? text.slice(1, MAX_PROLOG) : text.slice(0, MAX_PROLOG);
  for (let match = PROLOG_ITEM.exec(rest); match !== null; match = PROLOG_ITEM.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return NITF_ROOT.test(rest);
}
