/**
 * A strict check of the review pages' markup for unit tests: every element closed in order, no
 * raw `<`, `>` or `&` in text or attribute values outside tags and references. Enough for pages
 * we write ourselves (no comments, no raw-text elements but <style>); Chromium reads them for real
 * in browser.test.ts.
 */
const voidElements = new Set(['meta', 'link', 'col', 'input', 'br', 'img']);

export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/u, '<style></style>');
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>|<!DOCTYPE html>|([<>])|&(?![a-z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)/gu;
  for (const match of body.matchAll(token)) {
    if (match[0] === '<!DOCTYPE html>') continue;
    if (match[4] !== undefined || match[0] === '&') {
      problems.push(`stray "${match[0]}" at ${match.index}: ${body.slice(Math.max(0, match.index - 30), match.index + 30)}`);
      continue;
    }
    const [, closing, name] = match as unknown as [string, string, string];
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${match.index}`);
    } else if (!voidElements.has(name)) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

/** The opening tags that carry `attribute` (with the value, when given). */
export function tagsWith(html: string, attribute: string, value?: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gu) ?? [];
  return tags.filter((tag) => {
    const found = new RegExp(`\\s${attribute}(?:="([^"]*)")?`, 'u').exec(tag);
    return found !== null && (value === undefined || found[1] === value);
  });
}
