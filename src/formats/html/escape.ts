/**
 * HTML text as the writer prints it: `&`, `<`, `>` as references, and the no-break space as
 * `&nbsp;` (French typography puts many in a target; invisible in a source file otherwise).
 */
const references: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&nbsp;' };

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\u00A0]/gu, (char) => references[char]!);
}

/** An attribute value for double quotes. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"]/gu, (char) => (char === '&' ? '&amp;' : '&quot;'));
}
