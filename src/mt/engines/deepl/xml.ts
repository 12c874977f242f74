/** The little XML the DeepL engine needs: escaping its request text and reading DeepL's answer. */

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const entity = /&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five XML entities and character references; anything else is left as written. */
export function unescapeXml(text: string): string {
  return text.replace(entity, (whole, name: string) => {
    if (!name.startsWith('#')) return named[name] ?? whole;
    const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    const valid = codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : whole;
  });
}

export type XmlToken =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'tag'; readonly form: 'open' | 'close' | 'empty'; readonly name: string; readonly id: string | undefined; readonly raw: string }
  /** Comments, processing instructions, CDATA: never part of what we send. */
  | { readonly kind: 'other'; readonly raw: string };

/**
 * A tag as DeepL may write it, well-formed or not: attribute values quoted or bare, attributes on a
 * close tag (`</g id=m1>`, which is how a crossing pair can come back). Linear: each repetition
 * starts with white space and a name, so no run of characters can be read two ways.
 */
const markup = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=\/]+))?)*)\s*(\/?)>/g;
const idAttribute = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=\/]+))/;

/**
 * Splits an XML fragment into text runs (entities unresolved) and tags. A `<` that starts no tag is
 * text. Never throws: what is malformed is for the caller to judge.
 */
export function tokenizeXml(fragment: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let position = 0;
  for (const match of fragment.matchAll(markup)) {
    if (match.index > position) tokens.push({ kind: 'text', raw: fragment.slice(position, match.index) });
    const [raw, closing, name, attributes = '', selfClosing] = match;
    if (name === undefined) {
      tokens.push({ kind: 'other', raw });
    } else {
      const idMatch = idAttribute.exec(attributes);
      const idValue = idMatch?.[1] ?? idMatch?.[2] ?? idMatch?.[3];
      const form = closing ? 'close' : selfClosing ? 'empty' : 'open';
      tokens.push({ kind: 'tag', form, name, id: idValue === undefined ? undefined : unescapeXml(idValue), raw });
    }
    position = match.index + raw.length;
  }
  if (position < fragment.length) tokens.push({ kind: 'text', raw: fragment.slice(position) });
  return tokens;
}
