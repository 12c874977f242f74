/** Text escaped for a page's markup; XHTML needs its own (`escapeXhtmlText`). */
export type TextEscaper = (text: string) => string;

/**
 * HTML text as the writer prints it: `&`, `<`, `>` as references, and the no-break space as
 * `&nbsp;` (French typography puts many in a target; invisible in a source file otherwise).
 */
const htmlReferences: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&nbsp;' };
/** XML defines no `&nbsp;`: an XHTML page read by an XML parser would not be well formed with it. */
const xhtmlReferences: Readonly<Record<string, string>> = { ...htmlReferences, '\u00A0': '&#160;' };

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\u00A0]/gu, (char) => htmlReferences[char]!);
}

export function escapeXhtmlText(text: string): string {
  return text.replace(/[&<>\u00A0]/gu, (char) => xhtmlReferences[char]!);
}

/** An attribute value for double quotes. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"]/gu, (char) => (char === '&' ? '&amp;' : '&quot;'));
}
