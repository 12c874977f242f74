/**
 * HTML article pages (and, through `body.ts`, HTML bodies of other formats): read into blocks
 * with their inline markup, written back in the page's own skeleton. See README.md for what is
 * translated and what is kept.
 */
import type { WireFormat } from '../format.js';
import { readProlog } from '../prolog.js';
import { readHtmlDocument } from './document.js';
import { writeHtmlDocument } from './write.js';

/** Where an HTML file shows itself after its prolog: `<html>` or a block element. */
const HTML_START = /^\s*<(?:html|head|body|article|section|main|div|p|h[1-6]|figure|ul|ol|blockquote|header)\b/iu;

/** An HTML doctype, or `<html>` or a block element after the prolog (XHTML opens with an XML declaration). */
function sniffHtml(text: string): boolean {
  const prolog = readProlog(text);
  return prolog.doctype?.toLowerCase() === 'html' || HTML_START.test(text.slice(prolog.end));
}

export const htmlFormat: WireFormat = {
  name: 'html',
  extension: '.html',
  sniff: sniffHtml,
  read: readHtmlDocument,
  write: writeHtmlDocument,
};

export { readHtmlBody, writeHtmlBody, takeDatelinePrefix, sourceContents, type HtmlBlock, type HtmlBodyTemplate, type BlockSlot } from './body.js';
