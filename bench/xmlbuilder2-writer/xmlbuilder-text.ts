/**
 * Prepares free text for xmlbuilder2, which escapes `&` only when it does not look like a
 * reference: version 4.0.3 writes `&amp;`, `&nbsp;` and `&#0;` through as they are
 * (`nonEntityAmpersandRegex`; oozcitak/xmlbuilder2 issues #109, #110, #117). "AT&amp;T" would
 * read back as "AT&T", and "&nbsp;" or "&#0;" would make the file not well-formed.
 * Turning every `&` into `&amp;` first hands it only references it leaves alone, so each `&`
 * comes out as exactly one `&amp;`. tests/xliff/escaping.test.ts pins this: should xmlbuilder2
 * start escaping every `&` itself, those tests fail and this function must go.
 */
export function forXmlbuilder(text: string): string {
  return text.replaceAll('&', '&amp;');
}
