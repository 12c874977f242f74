/**
 * The prolog of an XML or HTML file: what may come before its root element (a BOM, an XML
 * declaration, processing instructions, comments, a DOCTYPE, white space). Sniffing looks past it
 * for the root; writers put their notice after it (`notice.ts`).
 */

/** One prolog item after optional white space; a DOCTYPE's internal subset (`[ … ]`) is passed over (readers refuse it), its name captured. */
const PROLOG_ITEM = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:\s+([^\s>[]+))?(?:[^>[]|\[[\s\S]*?\])*>)/iuy;
/** A prolog longer than this is not a wire item's: nothing after it counts as prolog. */
const MAX_PROLOG = 64 * 1024;

export interface Prolog {
  /** Where the last prolog item ends (after the BOM when there is none; 0 without either): the white space after it is not counted. */
  readonly end: number;
  /** The root element the DOCTYPE names (`html`, `nitf`), as written, when there is one. */
  readonly doctype?: string;
}

export function readProlog(text: string): Prolog {
  const head = text.slice(0, MAX_PROLOG);
  let end = head.startsWith('\uFEFF') ? 1 : 0;
  let doctype: string | undefined;
  PROLOG_ITEM.lastIndex = end;
  for (let match = PROLOG_ITEM.exec(head); match !== null; match = PROLOG_ITEM.exec(head)) {
    end = PROLOG_ITEM.lastIndex;
    doctype = match[1] ?? doctype;
  }
  return { end, ...(doctype === undefined ? {} : { doctype }) };
}

/** The text after the prolog, from its first character that is not white space. */
export function afterProlog(text: string): string {
  return text.slice(readProlog(text).end).trimStart();
}
