/**
 * What the HTML reader does with each element: which ones end a block of text, which are kept
 * verbatim (never translated), which are an inline code with no text of their own.
 */
import type { BlockKind } from '../../model.js';

/** Elements whose content is not prose to translate: kept byte for byte, inside a block as one standalone code. */
const verbatim: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'pre', 'code', 'kbd', 'samp', 'var',
  'svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas', 'textarea', 'select', 'title', 'head',
]);

/** Elements that start and end a run of text: a block of their own, a container of blocks, or a verbatim block (`pre`). */
const blockLevel: ReadonlySet<string> = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'pre', 'head', 'title', 'template',
]);

/** Void elements: a standalone code in a block (`<br>`, `<img>`: an image's `alt` is not translated). */
const voidElements: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

export function isVerbatim(name: string): boolean {
  return verbatim.has(name);
}

export function isBlockLevel(name: string): boolean {
  return blockLevel.has(name);
}

export function isVoid(name: string): boolean {
  return voidElements.has(name);
}

/** Elements that give the text they hold a kind of its own. */
const kinds: Readonly<Record<string, BlockKind>> = {
  h1: 'subhead', h2: 'subhead', h3: 'subhead', h4: 'subhead', h5: 'subhead', h6: 'subhead',
  figcaption: 'caption', caption: 'caption',
  p: 'paragraph', li: 'paragraph', blockquote: 'paragraph', dt: 'paragraph', dd: 'paragraph', td: 'paragraph', th: 'paragraph',
};

/**
 * The kind of the text an element holds, undefined for a plain container (`div`, `section`),
 * whose text takes the kind of what holds it. `h1` is a sub-head in a body (a ninjs body's
 * headline is ninjs' own `headline`); the document reader makes its first `h1` the headline.
 */
export function blockKindOf(name: string): BlockKind | undefined {
  return kinds[name];
}
