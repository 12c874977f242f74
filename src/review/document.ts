import { escapeHtml } from './html.js';
import { reviewStyle } from './style.js';

/**
 * A complete review page: HTML5, UTF-8, the stylesheet inline, and a content security policy that
 * allows nothing to be fetched (the icon is an empty data URL so browsers do not ask for
 * /favicon.ico): the page is one file and makes no request.
 */
export function htmlDocument(page: { readonly title: string; readonly targetLangs: readonly string[]; readonly body: string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${reviewStyle(page.targetLangs)}</style>`,
    '</head>',
    '<body>',
    page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
