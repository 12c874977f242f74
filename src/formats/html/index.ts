/**
 * HTML article pages (and, through `body.ts`, HTML bodies of other formats): read into blocks
 * with their inline markup, written back in the page's own skeleton. See README.md for what is
 * translated and what is kept.
 */
import type { WireFormat } from '../format.js';
import { readHtmlDocument } from './document.js';
import { writeHtmlDocument } from './write.js';

/** Where an HTML file shows itself: a doctype, `<html>`, or a block element opening the file. */
const HTML_START = /^\s*(?:<!doctype\s+html\b|<html\b|<(?:head|body|article|section|main|div|p|h[1-6]|figure|ul|ol|blockquote|header)\b)/iu;

export const htmlFormat: WireFormat = {
  name: 'html',
  extension: '.html',
  sniff: (text) => HTML_START.test(text.replace(/^\uFEFF/u, '').replace(/^\s*<!--[\s\S]*?-->/u, '')),
  read: readHtmlDocument,
  write: writeHtmlDocument,
};

export { readHtmlBody, writeHtmlBody, takeDatelinePrefix, sourceContents, type HtmlBlock, type HtmlBodyTemplate, type BlockSlot } from './body.js';
