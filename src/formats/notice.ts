/**
 * The localized item's notice (`LocalizedItem.notice`) as a comment at the top of an XML or HTML
 * file: after the XML declaration and the doctype (a comment before an HTML doctype would put
 * browsers in quirks mode), before the root element.
 */

/** Where the prolog ends: a BOM, an XML declaration, comments, a doctype and the spaces between them. */
const PROLOG = /^\uFEFF?(?:\s*<\?xml[^>]*\?>)?(?:\s*<!--[\s\S]*?-->)*(?:\s*<!doctype[^>]*>)?/iu;

export function withNoticeComment(written: string, notice: string | undefined): string {
  if (notice === undefined) return written;
  const end = PROLOG.exec(written)![0].length;
  // A comment may not hold `--`; nor end in `-`.
  const comment = `<!-- wire-l10n: ${notice.replace(/-(?=-)/gu, '- ').replace(/-$/u, '- ')} -->`;
  return end === 0 ? `${comment}\n${written}` : `${written.slice(0, end)}\n${comment}${written.slice(end)}`;
}
