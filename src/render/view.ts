import { blockingFindings, defaultValueStyle, hasTarget, type Article, type BlockKind, type Glossary, type LanguageTag, type LocalizedArticle, type MarkupPlacement, type ProtectedSpan, type Segment, type Unit, type ValueStyle } from '../model.js';
import type { PlacedCode } from '../markup/index.js';
import { localizeDateline, type LocalizedDateline } from './dateline.js';
import type { Formatter } from './formatter.js';

/** One side of an article (the source, or one target language) as renderers see it. */
export interface TextView {
  readonly articleId: string;
  readonly lang: LanguageTag;
  /** How values are written in the texts (the Arabic house digits and month names). */
  readonly valueStyle: ValueStyle;
  readonly dateline: LocalizedDateline;
  readonly blocks: readonly BlockView[];
}

export interface BlockView {
  readonly id: string;
  readonly kind: BlockKind;
  readonly segments: readonly SegmentView[];
}

export interface SegmentView {
  /** Key of the segment within its block: `s1`, `s2`, … */
  readonly key: string;
  /** The text in the view's language; absent when the unit has no translation that may be published. */
  readonly text?: string;
  /** The source text, for marking gaps. */
  readonly source: string;
  /** The segment's protected spans (offsets into `source`): the text writes each as `spanText` does. */
  readonly spans: readonly ProtectedSpan[];
  /** A target kept from readers by the errors against it (a lost number), with their reasons. */
  readonly withheld?: { readonly target: string; readonly reasons: readonly string[] };
  /** The source began this segment on a new line of its block (`Segment.startsLine`). */
  readonly startsLine?: boolean;
  /** The segment's markup codes where `text` carries them; absent when the segment has none (or no text). */
  readonly markup?: readonly PlacedCode[];
}

/** What comes before a segment inside its block: a line break where the source had one, else a space. */
export function segmentSeparator(segment: SegmentView): string {
  return segment.startsLine ? '\n' : ' ';
}

/** A block's texts (one per segment of `segments`) as one text, each after its segment's separator. */
export function joinSegments(texts: readonly string[], segments: readonly SegmentView[]): string {
  return texts.map((text, i) => (i === 0 ? text : segmentSeparator(segments[i]!) + text)).join('');
}

export function sourceView(article: Article, segments: readonly Segment[], glossary: Glossary, formatter: Formatter): TextView {
  // The house value settings are Arabic's; the source language is written as its locale writes it.
  const texts = segments.map((segment) => ({ segment, text: segment.source, markup: segment.markup }));
  return buildView(article, article.lang, { glossary, formatter, style: defaultValueStyle }, texts);
}

/** `style`: how values are written in the target (the Arabic house digits and month names). */
export function targetView(localized: LocalizedArticle, glossary: Glossary, formatter: Formatter, style: ValueStyle): TextView {
  return buildView(
    localized.article,
    localized.targetLang,
    { glossary, formatter, style },
    localized.units.map((unit) => ({ segment: unit.segment, ...publishedText(unit) })),
  );
}

/** A unit's text for readers, or the target kept from them for the errors against it. */
function publishedText(unit: Unit): { text: string | undefined; withheld?: SegmentView['withheld']; markup?: readonly MarkupPlacement[] } {
  if (!hasTarget(unit)) return { text: undefined };
  const errors = blockingFindings(unit);
  if (errors.length === 0) return { text: unit.target, ...(unit.targetMarkup === undefined ? {} : { markup: unit.targetMarkup }) };
  return { text: undefined, withheld: { target: unit.target, reasons: errors.map((finding) => finding.reason) } };
}

/** True when every segment of the view has text in the view's language. */
export function isComplete(view: TextView): boolean {
  return view.blocks.every((block) => block.segments.every((segment) => segment.text !== undefined));
}

/** The segment's codes at the offsets a text gives them (a placement naming no code of the segment is left out). */
function placedCodes(segment: Segment, placements: readonly MarkupPlacement[]): PlacedCode[] {
  const codes = new Map((segment.markup ?? []).map((code) => [code.id, code]));
  return placements.flatMap(({ id, start, end }) => {
    const code = codes.get(id);
    return code === undefined ? [] : [{ code, start, end }];
  });
}

function buildView(
  article: Article,
  lang: LanguageTag,
  { glossary, formatter, style }: { glossary: Glossary; formatter: Formatter; style: ValueStyle },
  texts: ReadonlyArray<{ segment: Segment; text: string | undefined; withheld?: SegmentView['withheld']; markup?: readonly MarkupPlacement[] }>,
): TextView {
  const byBlock = new Map<string, SegmentView[]>();
  for (const { segment, text, withheld, markup } of texts) {
    const list = byBlock.get(segment.blockId) ?? [];
    const placed = text === undefined || markup === undefined ? [] : placedCodes(segment, markup);
    list.push({
      key: `s${segment.index}`,
      source: segment.source,
      spans: segment.protectedSpans,
      ...(text === undefined ? {} : { text }),
      ...(withheld ? { withheld } : {}),
      ...(segment.startsLine ? { startsLine: true } : {}),
      ...(placed.length === 0 ? {} : { markup: placed }),
    });
    byBlock.set(segment.blockId, list);
  }
  return {
    articleId: article.id,
    lang,
    valueStyle: style,
    dateline: localizeDateline(article, lang, glossary, formatter, style),
    blocks: article.blocks.map((block) => ({ id: block.id, kind: block.kind, segments: byBlock.get(block.id) ?? [] })),
  };
}
