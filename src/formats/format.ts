/**
 * What a structured wire format (ninjs, NITF, HTML) provides: a reader turning an item into an
 * Article whose blocks carry their inline markup and whose `template` keeps everything else, and
 * a writer putting one target language's blocks back into that template. Plain text is read by
 * `ingest/` and written by `render/story.ts`; the job picks one or the other (`formats/index.ts`).
 */
import type { IngestOptions } from '../ingest/index.js';
import type { Article, LanguageTag, SourceFormat } from '../model.js';
import type { LocalizedDateline } from '../render/dateline.js';
import type { MarkedText } from '../render/marked-block.js';

export type StructuredFormat = Exclude<SourceFormat, 'text'>;

/** One target language of a structured item, as its writer needs it. */
export interface LocalizedItem {
  /** The source article, with the `template` its reader made. */
  readonly article: Article;
  readonly lang: LanguageTag;
  /** Each block's text in `lang` with its markup at the text's offsets, by block id: every block of the article. */
  readonly blocks: ReadonlyMap<string, MarkedText>;
  /** The dateline in `lang` (place, date, agency as the language writes them), for a writer to put back where the item had it. */
  readonly dateline: LocalizedDateline;
  /**
   * What a reader of the file must know before publishing it, when there is something: pseudo-
   * translation, machine translation no human reviewed, marked gaps. Writers put it where their
   * format carries a note (an XML or HTML comment at the top, ninjs `edNote`).
   */
  readonly notice?: string;
}

export interface WireFormat {
  readonly name: StructuredFormat;
  /** The localized item's file extension, dot included: `.json`, `.xml`, `.html`. */
  readonly extension: string;
  /** True when a decoded file is in this format, by its content (the first non-blank character, the root element). */
  sniff(text: string): boolean;
  /** The item as an Article with `template` set; an `InputError` with the file's line for anything it cannot read. */
  read(bytes: Uint8Array, path: string, options: IngestOptions): Article;
  /** The localized item in the format it came in. */
  write(item: LocalizedItem): string;
}
