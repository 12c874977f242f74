/**
 * segment — splits each block of an article into sentences, the unit of translation.
 *
 * Takes: an `Article` (or, for the CLI's `segment` command, a text and a language tag).
 * Returns: `Segment[]` in reading order, one per sentence per block (headline, standfirst and
 *   captions included): id `<blockId>.s<n>` (n from 1), the trimmed sentence as `source`, its
 *   `hash`, and empty `protectedSpans` and `terms` for the later stages to fill; `startsLine` on a
 *   segment the source began on a new line of its block (a list item), for renderers to keep;
 *   `markup`: the block's inline codes inside the sentence (`splitMarkup`: a pair across a boundary
 *   becomes continued pieces), part of the `hash` (`markupSignature`), so a marked-up sentence and
 *   the same words without markup are different units. A `br` code is a line break for the line
 *   rules (see `withLineBreaks`).
 * Options: `lang` — which language's rules to use; defaults to the article's `lang`. Region
 *   subtags are ignored (`en-GB` → `en`). Rules exist for `en`, `fr` and `ar`.
 * Limitations: rules, not a model: an abbreviation that really ends a sentence ("… in the
 *   U.S. Congress …" vs "… in the U.S. Lawmakers …") breaks only before a listed sentence
 *   starter; a blank line is always a boundary; a single line break (in the text, or where a
 *   block's `lineBreaks` say the source had one) is one when the line rules say so (a byline, a
 *   list item, a sub-head), never inside a hard-wrapped paragraph.
 */
import type { Article, Block, LanguageTag, Segment } from '../model.js';
import { UsageError } from '../errors.js';
import { markupSignature } from '../markup/signature.js';
import { splitMarkup } from '../markup/split.js';
import { hashText } from '../util/hash.js';
import type { CompiledRules } from './compile-rules.js';
import { rulesForLanguage } from './languages.js';
import { splitSentences } from './split.js';

export interface SegmentOptions {
  /**
   * Language whose sentence rules apply.
   * @default article.lang
   */
  readonly lang?: LanguageTag;
}

const knownOptions: ReadonlySet<string> = new Set(['lang']);

/** The sentences of a text, trimmed, in order: what `wire-l10n segment` prints. */
export function segmentText(text: string, lang: LanguageTag): string[] {
  const rules = rulesForLanguage(lang);
  return splitSentences(text, rules).map((span) => text.slice(span.start, span.end));
}

export function segmentArticle(article: Article, options: SegmentOptions = {}): Segment[] {
  validateOptions(options);
  const rules = rulesForLanguage(options.lang ?? article.lang);
  return article.blocks.flatMap((block) => segmentBlock(block, rules));
}

function segmentBlock(block: Block, rules: CompiledRules): Segment[] {
  const text = withLineBreaks(block);
  const spans = splitSentences(text, rules);
  // Codes are zero-width offsets: cutting them per sentence can never fall inside a tag.
  const markup = block.markup === undefined || block.markup.length === 0 ? undefined : splitMarkup(block.markup, spans);
  return spans.map((span, i) => {
    const source = block.text.slice(span.start, span.end);
    const startsLine = i > 0 && text.slice(spans[i - 1]!.end, span.start).includes('\n');
    const codes = markup?.[i];
    const marked = codes !== undefined && codes.length > 0;
    return {
      id: `${block.id}.s${i + 1}`,
      blockId: block.id,
      index: i + 1,
      source,
      hash: hashText(source, markupSignature(codes)),
      protectedSpans: [],
      terms: [],
      ...(startsLine ? { startsLine } : {}),
      ...(marked ? { markup: codes } : {}),
    };
  });
}

/**
 * The block's text as the rules should read it: the spaces ingest put where the source broke its
 * lines become line breaks again, and so does a space at a `br` code (a `<br/>` in a marked-up
 * block is a line break: the line rules decide whether it ends a sentence, as for plain text). A
 * `br` between two characters that are not spaces has no character to become the break and reads
 * on. Same length, so the spans slice the block's own text.
 */
function withLineBreaks({ text, lineBreaks = [], markup = [] }: Block): string {
  const breaks = [...lineBreaks, ...markup.filter((code) => code.kind === 'standalone' && code.element === 'br').map(breakAtCode(text))];
  if (breaks.length === 0) return text;
  const chars = text.split('');
  for (const offset of breaks) if (chars[offset] === ' ') chars[offset] = '\n';
  return chars.join('');
}

/** The space a `br` code at an offset stands for: the one after it, else the one before it. */
function breakAtCode(text: string): (code: { readonly start: number }) => number {
  return ({ start }) => (text[start] === ' ' || text[start - 1] !== ' ' ? start : start - 1);
}

function validateOptions(options: SegmentOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new UsageError(`Expected segment options to be an object, got \`${String(options)}\`.`);
  }
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) {
      throw new UsageError(`Unknown segment option \`${key}\`; known options: ${[...knownOptions].join(', ')}.`);
    }
  }
  const { lang } = options;
  if (lang !== undefined && (typeof lang !== 'string' || lang.trim() === '')) {
    throw new UsageError(`Expected segment option \`lang\` to be a non-empty language tag, got \`${String(lang)}\`.`);
  }
}
