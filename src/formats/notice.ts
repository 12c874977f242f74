/**
 * The localized item's notice (`LocalizedItem.notice`) as a comment at the top of an XML or HTML
 * file: after the prolog (XML declaration, doctype: a comment before an HTML doctype would put
 * browsers in quirks mode), before the root element.
 */
import { readProlog } from './prolog.js';

export function withNoticeComment(written: string, notice: string | undefined): string {
  if (notice === undefined) return written;
  const { end } = readProlog(written);
  // A comment may not hold `--`; nor end in `-`.
  const comment = `<!-- wire-l10n: ${notice.replace(/-(?=-)/gu, '- ').replace(/-$/u, '- ')} -->`;
  return end === 0 ? `${comment}\n${written}` : `${written.slice(0, end)}\n${comment}${written.slice(end)}`;
}
