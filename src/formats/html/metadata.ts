/**
 * What a whole HTML document says about its article beyond the body: the language on `<html>`,
 * the `<title>`, the publication date (`<meta name="date">`, `article:published_time`, else the
 * first `<time datetime>`).
 */
import { readIsoDate, isRealDate, formatIsoDate } from '../../ingest/dates.js';
import { childrenOf, isElement, type HtmlElement, type HtmlNode, type HtmlParent } from './tree.js';

/** Meta names and properties that carry the publication date, strongest first. */
const dateMetas = ['date', 'article:published_time', 'dcterms.date', 'dc.date'];

export function elementsNamed(root: HtmlParent, name: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlParent): void => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === name) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The document's publication date as `YYYY-MM-DD`, when it gives a real one. */
export function publicationDate(document: HtmlParent): string | undefined {
  const metas = elementsNamed(document, 'meta');
  const metaDate = (key: string): string | undefined =>
    metas.find((meta) => (attribute(meta, 'name') ?? attribute(meta, 'property'))?.toLowerCase() === key)
      ?.attrs.find((attr) => attr.name === 'content')?.value;
  const written = [...dateMetas.map(metaDate), ...elementsNamed(document, 'time').map((time) => attribute(time, 'datetime'))];
  for (const value of written) {
    const date = value === undefined ? undefined : readIsoDate(value.trim().slice(0, 10));
    if (date && isRealDate(date)) return formatIsoDate(date);
  }
  return undefined;
}

export function htmlElement(document: HtmlParent): HtmlElement | undefined {
  return childrenOf(document).find((node: HtmlNode): node is HtmlElement => isElement(node) && node.tagName === 'html');
}
