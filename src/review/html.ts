/**
 * The only way text reaches the review page's HTML: escaped for text and attribute values alike
 * (both quotes, so an attribute is safe whichever quote delimits it), and made representable.
 */

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters HTML must not carry (C0 and C1 controls but tab, line feed and carriage return, lone
 * surrogates) become visible stand-ins: a C0 control its Control Pictures symbol (U+0001 → ␁, DEL
 * → ␡), anything else U+FFFD. A reviewer sees that something odd is there; the page stays valid.
 */
const unrepresentable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * Any character escapeHtml may change (every surrogate, paired or not, counts: a cheap, safe
 * over-approximation). Most texts of a page (ids, classes, plain sentences) have none and are
 * returned as they are after this one test, where two replacing passes cost five times as much.
 */
const mayChange = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

export function escapeHtml(text: string): string {
  if (!mayChange.test(text)) return text;
  return text.replace(unrepresentable, standIn).replace(/[&<>"']/gu, (char) => escapes[char]!);
}

/** Attribute values by name; undefined and false leave the attribute out, true writes it bare. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** `<tag attrs>inner</tag>`: `inner` is HTML already (escaped by whoever built it). */
export function element(tag: string, attributes: Attributes, inner: string): string {
  return `<${tag}${attributeList(attributes)}>${inner}</${tag}>`;
}

export function attributeList(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** A language tag as a CSS class fragment (tags are letters, digits and hyphens; anything else is neutralized). */
export function langClass(lang: string): string {
  return lang.replace(/[^A-Za-z0-9-]/gu, '_');
}
