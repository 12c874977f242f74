/**
 * Bytes of a NITF 3.x item → an Article whose blocks carry their inline markup, and the item's
 * skeleton as its template (template.ts). Hardened like the XLIFF reader (`util/xml-read/`): UTF-8
 * only, no DTD processing, no entity besides XML's five, a depth limit; every problem is an
 * InputError with the file and line. What is read and what is kept: README.md.
 */
import { InputError } from '../../errors.js';
import { articleId } from '../../ingest/article-id.js';
import { decodeWireText } from '../../ingest/decode.js';
import type { IngestOptions } from '../../ingest/index.js';
import { findingOn, type Article, type Block, type BlockKind, type Dateline } from '../../model.js';
import { parseXml } from '../../util/xml-read/parse.js';
import type { XmlElement } from '../../util/xml-read/xml.js';
import { blockIdNamer } from '../block-ids.js';
import { contentBlocks, hedlineBlocks, type BlockElement } from './body.js';
import { readDatelineElement, takeDatelinePrefix, type PrefixDateline } from './dateline.js';
import { markedContent, type MarkedContent } from './marked-content.js';
import { idFromDocId, readDocdata, readItemLanguage } from './metadata.js';
import { cutSkeleton, type Cut } from './template.js';
import { allText, child, children, collapseWhitespace, contentRange } from './tree.js';

/** NITF items nest about ten deep (nitf/body/body.content/block/media/media-caption/em …). */
export const NITF_MAX_DEPTH = 64;

const FIX_AND_RETRY = 'fix the item (NITF must be well-formed XML) and run again';

export function readNitf(bytes: Uint8Array, path: string, options: IngestOptions = {}): Article {
  const source = decodeWireText(bytes, path);
  const { root } = parseXml(source, path, {
    maxDepth: NITF_MAX_DEPTH,
    onRoot: (element) => checkRoot(element, path),
    fail: (place, reason) => {
      throw new InputError(reason, place, { hint: FIX_AND_RETRY });
    },
    onDeclaredEncoding: (encoding) => checkDeclaredEncoding(encoding, path),
  });
  const head = child(root, 'head');
  const body = child(root, 'body');
  if (body === undefined) throw new InputError('the NITF item has no <body>: nothing to translate', { file: path, line: root.line });
  const language = readItemLanguage(root, source, options.lang ?? 'en', path);
  const docdata = readDocdata(head, path);
  const bodyHead = child(body, 'body.head');
  const elementDateline = readDatelineElement(bodyHead, source, path);
  const { headline, standfirsts } = hedlineBlocks(bodyHead);
  const title = child(head, 'title');
  const headlineElement = headline ?? title;
  if (headlineElement === undefined) {
    throw new InputError('the NITF item has no headline: neither body.head/hedline/hl1 nor head/title', { file: path, line: body.line });
  }
  const blockElements: BlockElement[] = [
    { kind: 'headline', element: headlineElement },
    ...standfirsts.map((element) => ({ kind: 'standfirst' as const, element })),
    ...children(body, 'body.content').flatMap((content) => contentBlocks(content)),
  ];
  const cuts: Cut[] = [...language.cuts, ...elementDateline.cuts];
  const blocks: Block[] = [];
  const nameBlock = blockIdNamer();
  let prefixDateline: PrefixDateline | undefined;
  let firstParagraph = true;
  for (const { kind, element } of blockElements) {
    let content = markedContent(element, source);
    if (content.text === '') {
      if (kind === 'headline') throw new InputError('the headline is empty', { file: path, line: element.line });
      continue;
    }
    const opensStory = kind === 'paragraph' && firstParagraph;
    if (kind === 'paragraph') firstParagraph = false;
    // A dateline element says where the story is from; otherwise the first paragraph may open with it.
    const prefix = opensStory && elementDateline.place === undefined ? takeDatelinePrefix(content, docdata.date, { file: path, line: element.line }) : undefined;
    if (prefix !== undefined) {
      prefixDateline = prefix;
      content = prefix.rest;
    }
    const id = nameBlock(kind);
    blocks.push(block(id, kind, content, element.line));
    const range = contentRange(element);
    cuts.push({ ...range, slot: { kind: 'block', blockId: id, raw: source.slice(range.start, range.end), ...(prefix ? { prefix: prefix.prefix } : {}) } });
  }
  const headlineText = blocks[0]!.text;
  if (headline !== undefined && title !== undefined) cuts.push(...titleCut(title, headlineText, source));
  const dateline: Dateline = {
    ...optional('place', elementDateline.place ?? prefixDateline?.prefix.place),
    ...optional('date', elementDateline.date ?? prefixDateline?.date ?? docdata.date),
    ...optional('agency', prefixDateline?.prefix.agency),
  };
  const lang = language.lang;
  return {
    id: (docdata.docId === undefined ? undefined : idFromDocId(docdata.docId)) ?? articleId(headlineText, docdata.date ?? dateline.date),
    version: docdata.version,
    lang,
    dateline,
    ...(docdata.urgency === undefined ? {} : { urgency: docdata.urgency }),
    blocks,
    source: { path, format: 'nitf' },
    ...(prefixDateline?.finding ? { findings: [findingOn(prefixDateline.finding, { lang, id: 'dateline' })] } : {}),
    template: { format: 'nitf', data: cutSkeleton(source, cuts) },
  };
}

function checkRoot(root: XmlElement, file: string): { keep: () => boolean } {
  if (root.local !== 'nitf') {
    throw new InputError(`not a NITF item: the root element is <${root.name}>, not <nitf>`, { file, line: root.line }, {
      hint: 'NITF inside a NewsML envelope is not read: pass the <nitf> item itself',
    });
  }
  return { keep: () => true };
}

/** The declaration may only name UTF-8: the item is written back with the declaration as it was, in UTF-8. */
function checkDeclaredEncoding(encoding: string, file: string): void {
  if (/^utf-?8$/iu.test(encoding)) return;
  throw new InputError(`the XML declaration says encoding="${encoding}": NITF items are read as UTF-8 only`, { file, line: 1 }, {
    hint: 'convert the item to UTF-8 (iconv -f … -t UTF-8) and change its declaration to encoding="utf-8"',
  });
}

/** `head/title` repeating the headline follows its translation; a title of its own is kept as written. */
function titleCut(title: XmlElement, headline: string, source: string): Cut[] {
  const text = collapseWhitespace(allText(title));
  if (text !== headline || children(title).length > 0) return [];
  const { start, end } = contentRange(title);
  return [{ start, end, slot: { kind: 'headline-copy', raw: source.slice(start, end), text } }];
}

function block(id: string, kind: BlockKind, { text, markup, lineBreaks }: MarkedContent, line: number): Block {
  return {
    id,
    kind,
    text,
    line,
    ...(lineBreaks.length === 0 ? {} : { lineBreaks }),
    ...(markup.length === 0 ? {} : { markup }),
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
