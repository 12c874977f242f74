/**
 * A whole HTML page as an Article, and the localized page written back in its own skeleton. The
 * body's blocks come from `blocks.ts` as for a fragment; the document adds its headline (the first
 * `h1`, else the `<title>`), its language (`<html lang>`), its date, the dateline opening the first
 * paragraph, and slots for what the writer changes outside blocks: `lang` (and XHTML's `xml:lang`)
 * and `dir` on `<html>`, and the `<title>` when it is the headline. An XHTML page (an XML
 * declaration, a prolog the skeleton keeps as written; the XHTML namespace) is read the same way.
 */
import { InputError } from '../../errors.js';
import type { IngestOptions } from '../../ingest/index.js';
import { articleId } from '../../ingest/article-id.js';
import { decodeWireText } from '../../ingest/decode.js';
import { LANGUAGE_TAG } from '../../ingest/front-matter.js';
import { readIsoDate } from '../../ingest/dates.js';
import type { DatelinePrefix } from '../../ingest/dateline-prefix.js';
import { findingOn, type Article, type Block, type Dateline, type LanguageTag } from '../../model.js';
import { datelinePrefixDate, yearUnknown } from '../../ingest/dateline.js';
import { blockIdNamer } from '../block-ids.js';
import { blockCut, takeDatelinePrefix, type BlockSlot } from './body.js';
import { collectBlocks, withoutEdgeSpaces, type LocatedBlock } from './blocks.js';
import { attribute, elementsNamed, htmlElement, publicationDate } from './metadata.js';
import { inlineText } from './inline.js';
import { cutSource, type Cut, type Piece } from './skeleton.js';
import { childrenOf, fileLine, parseDocument, SourceMap, spanOver, type HtmlElement, type HtmlParent, type SourcePlace, type SourceSpan } from './tree.js';

/**
 * A language attribute on `<html>` (`lang`, or XHTML's `xml:lang`): `lang` the attribute as written
 * (empty: `<html>` has neither, the writer inserts `lang`); `addsDir` on the one slot after which the
 * writer inserts `dir="rtl"` (`<html>` has no `dir` of its own).
 */
export interface LangSlot {
  readonly lang: string;
  readonly name: LangAttribute;
  readonly addsDir: boolean;
}
type LangAttribute = 'lang' | 'xml:lang';
/** `dir` on `<html>`, as written. */
export interface DirSlot {
  readonly dir: string;
}
/** The `<title>`'s text when it says what the headline says. */
export interface TitleSlot {
  readonly title: true;
}
export type DocumentSlot = BlockSlot | LangSlot | DirSlot | TitleSlot;

/** `Article.template.data` of an HTML page. */
export interface HtmlDocumentTemplate {
  readonly pieces: ReadonlyArray<Piece<DocumentSlot>>;
  /** The block id of each slot's block, by the slot's `block` index. */
  readonly blockIds: readonly string[];
  /** The page's language as read: writing it gives back `lang` and `dir` as written, and the dateline prefix. */
  readonly lang: LanguageTag;
  /** The dateline prefix as read (`ORLA, Nov 13 (Tidewire) – `), when the first paragraph opened with one. */
  readonly datelinePrefix?: string;
  /** The page is XHTML (an XML declaration, or `<html>` in the XHTML namespace): what the writer adds must be well-formed XML. */
  readonly xhtml?: true;
}

/** XML's declaration opens the file (after a BOM) or is not one. */
const XML_DECLARATION = /^\uFEFF?<\?xml[\s?]/u;
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

export function readHtmlDocument(bytes: Uint8Array, path: string, options: IngestOptions): Article {
  const source = decodeWireText(bytes, path);
  const where: SourcePlace = { file: path, line: 1 };
  if (source.trim() === '') throw new InputError('file is empty', where, { hint: 'an HTML article needs an h1 or a title and a paragraph' });
  const document = parseDocument(source, where);
  const map = new SourceMap(source, document);
  const html = htmlElement(document);
  const body = html && childrenOf(html).find((node): node is HtmlElement => 'tagName' in node && node.tagName === 'body');
  const headline = headlineOf(body ? collectBlocks(body, map, where) : [], document, map, where);
  const cuts: Array<Cut<DocumentSlot>> = [
    ...headline.blocks.map((block, index) => blockCut(block, index, source)),
    ...(headline.titleSpan ? [{ span: headline.titleSpan, slot: { title: true } as const }] : []),
    ...(html ? langCuts(html, map) : []),
  ];
  const read = takeDatelinePrefix(headline.blocks, cutSource(source, cuts, where));
  const lang = pageLanguage(html, options);
  const date = publicationDate(document);
  const nextId = blockIdNamer();
  // Ids in the Article's order (headline first), so they match plain-text ingest's.
  const ordered = read.blocks.map((block, index) => ({ block, index })).sort((a, b) => Number(b.block.kind === 'headline') - Number(a.block.kind === 'headline'));
  const blockIds: string[] = [];
  const articleBlocks: Block[] = ordered.map(({ block, index }) => {
    const id = nextId(block.kind);
    blockIds[index] = id;
    const { kind, text, line, markup, lineBreaks } = block;
    return { id, kind, text, line, ...(lineBreaks ? { lineBreaks } : {}), ...(markup.length === 0 ? {} : { markup }) };
  });
  if (articleBlocks.length < 2) {
    throw new InputError('no paragraph in the HTML page', where, { hint: 'an article needs body text after its headline' });
  }
  const datelineLine = articleBlocks.find((block) => block.kind === 'paragraph')!.line;
  const dateline = datelineOf(read.prefix, date, { file: path, line: datelineLine });
  // A written day the page gives no year for is said, not silently replaced by the page's date.
  const dateText = read.prefix?.dateText;
  const findings = dateText !== undefined && dateline.date === undefined ? [findingOn(yearUnknown(dateText, datelineLine), { lang, id: 'dateline' })] : [];
  const xhtml = XML_DECLARATION.test(source) || (html !== undefined && attribute(html, 'xmlns') === XHTML_NAMESPACE);
  const template: HtmlDocumentTemplate = { pieces: read.pieces, blockIds, lang, ...(read.prefix ? { datelinePrefix: read.prefix.text } : {}), ...(xhtml ? { xhtml } : {}) };
  return {
    id: articleId(articleBlocks[0]!.text, date ?? dateline.date),
    version: 1,
    lang,
    dateline,
    blocks: articleBlocks,
    source: { path, format: 'html' },
    template: { format: 'html', data: template },
    ...(findings.length === 0 ? {} : { findings }),
  };
}

interface Headline {
  /** The body's blocks with the headline's kind set; the title's block last when it is the headline. */
  readonly blocks: readonly LocatedBlock[];
  /** The title's text, when the writer replaces it with the headline's translation. */
  readonly titleSpan?: SourceSpan;
}

/** The first `h1`, else the `<title>`; the title follows an `h1` that says the same. */
function headlineOf(located: readonly LocatedBlock[], document: HtmlParent, map: SourceMap, where: SourcePlace): Headline {
  const index = located.findIndex((block) => block.element === 'h1');
  const title = titleBlock(document, map, where);
  if (index !== -1) {
    const blocks = located.map((block, at): LocatedBlock => (at === index ? { ...block, kind: 'headline' } : block));
    return { blocks, ...(title && title.text === located[index]!.text ? { titleSpan: title.span } : {}) };
  }
  if (title) return { blocks: [...located, title] };
  throw new InputError('the HTML page has no headline: no h1 and no title', where, { hint: 'give the article an <h1> or a <title>' });
}

function titleBlock(document: HtmlParent, map: SourceMap, where: SourcePlace): LocatedBlock | undefined {
  const [title] = elementsNamed(document, 'title');
  if (!title) return undefined;
  const nodes = childrenOf(title);
  const { text } = inlineText(nodes, map);
  const span = spanOver(nodes.map((node) => map.spanOf(node)));
  if (text === '' || !span) return undefined;
  return { kind: 'headline', element: 'title', text, markup: [], line: fileLine(title, where), span: withoutEdgeSpaces(span, map.source) };
}

/** Cuts for `lang`, `xml:lang` and `dir` on `<html>`: the attributes as written, or where `lang` goes when it has no language attribute. */
function langCuts(html: HtmlElement, map: SourceMap): Array<Cut<DocumentSlot>> {
  const tag = map.startTag(html);
  if (!tag) return [];
  const attrs = html.sourceCodeLocation?.attrs ?? {};
  const spanOf = (name: string): { start: number; end: number } | undefined => {
    const location = attrs[name];
    return location ? { start: location.startOffset, end: location.endOffset } : undefined;
  };
  const dirSpan = spanOf('dir');
  const atName = tag.start + '<html'.length;
  const written = langAttributes.flatMap((name) => {
    const span = spanOf(name);
    return span ? [{ span, name, lang: map.text(span) }] : [];
  });
  const langs = written.length > 0 ? written : [{ span: { start: atName, end: atName }, name: 'lang' as const, lang: '' }];
  return [
    ...langs.map(({ span, name, lang }, index) => ({ span, slot: { lang, name, addsDir: index === 0 && dirSpan === undefined } })),
    ...(dirSpan ? [{ span: dirSpan, slot: { dir: map.text(dirSpan) } }] : []),
  ];
}

/** The attributes that say a page's language, the first written one read (XHTML 1.1 has only `xml:lang`). */
const langAttributes: readonly LangAttribute[] = ['lang', 'xml:lang'];

function pageLanguage(html: HtmlElement | undefined, options: IngestOptions): LanguageTag {
  const written = html && langAttributes.map((name) => attribute(html, name)?.trim()).find((value) => value !== undefined && value !== '');
  if (written !== undefined && LANGUAGE_TAG.test(written)) return written;
  return options.lang ?? 'en';
}

/**
 * Place and agency from the prefix; its date given the year nearest the page's date (none when
 * the page has no date either), else the page's date. A date that does not exist is refused, as
 * plain-text ingest refuses it.
 */
function datelineOf(prefix: DatelinePrefix | undefined, pageDate: string | undefined, at: SourcePlace): Dateline {
  const reference = pageDate === undefined ? undefined : readIsoDate(pageDate);
  const written = prefix?.date;
  const date = written ? datelinePrefixDate(written, reference, at) : pageDate;
  return {
    ...(prefix ? { place: prefix.place } : {}),
    ...(date === undefined ? {} : { date }),
    ...(prefix?.agency === undefined ? {} : { agency: prefix.agency }),
  };
}
