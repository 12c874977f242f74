/** Reading the review pages' tags in unit tests (validity is html-validate's job: html-validate.ts). */

/** The opening tags that carry `attribute` (with the value, when given). */
export function tagsWith(html: string, attribute: string, value?: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gu) ?? [];
  return tags.filter((tag) => {
    const found = new RegExp(`\\s${attribute}(?:="([^"]*)")?`, 'u').exec(tag);
    return found !== null && (value === undefined || found[1] === value);
  });
}
