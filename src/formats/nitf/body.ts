/**
 * Which elements of a NITF body are blocks, in reading order: `body.head/hedline` gives the
 * headline (`hl1`) and standfirst (`hl2`); `body.content` gives paragraphs (`p`, list items
 * `li`, `dt`, `dd`), sub-heads (`hl1`, `hl2`) and captions (`media-caption`), looking inside the
 * containers (`block`, `bq`, `media`, lists, `fn`, `note`). Everything else (`table`, `pre`,
 * `media-reference`, `credit`, `byline` …) is not translated: the skeleton keeps it as written.
 */
import type { BlockKind } from '../../model.js';
import type { XmlElement } from '../../util/xml-read/xml.js';
import { child, children } from './tree.js';

export interface BlockElement {
  readonly kind: BlockKind;
  readonly element: XmlElement;
}

const TEXT_BLOCKS: ReadonlyMap<string, BlockKind> = new Map([
  ['p', 'paragraph'],
  ['li', 'paragraph'],
  ['dt', 'paragraph'],
  ['dd', 'paragraph'],
  ['hl1', 'subhead'],
  ['hl2', 'subhead'],
  ['media-caption', 'caption'],
]);
const CONTAINERS: ReadonlySet<string> = new Set(['block', 'bq', 'media', 'ol', 'ul', 'dl', 'fn', 'note', 'body.content']);

/** The headline (`hl1`) and standfirsts (`hl2`) of `body.head/hedline`. */
export function hedlineBlocks(bodyHead: XmlElement | undefined): { headline?: XmlElement; standfirsts: XmlElement[] } {
  const hedline = child(bodyHead, 'hedline');
  const headline = child(hedline, 'hl1');
  return { ...(headline === undefined ? {} : { headline }), standfirsts: children(hedline, 'hl2') };
}

/** The blocks inside a `body.content` (or a container), in document order. */
export function contentBlocks(container: XmlElement, inCaption = false): BlockElement[] {
  const blocks: BlockElement[] = [];
  for (const element of children(container)) {
    const kind = TEXT_BLOCKS.get(element.local);
    const caption = inCaption || element.local === 'media-caption';
    // A text element holding paragraphs (a caption or a list item made of `p`s) is read as a container.
    if (CONTAINERS.has(element.local) || (kind !== undefined && holdsBlocks(element))) blocks.push(...contentBlocks(element, caption));
    else if (kind !== undefined) blocks.push({ kind: caption ? 'caption' : kind, element });
  }
  return blocks;
}

function holdsBlocks(element: XmlElement): boolean {
  return children(element).some((inner) => TEXT_BLOCKS.has(inner.local) || CONTAINERS.has(inner.local));
}
