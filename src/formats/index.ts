/**
 * formats — which reader a story goes to, and which writer its localized item comes from: plain
 * text (`ingest/`, `render/story.ts`) or a structured wire format (`WireFormat`: ninjs, NITF,
 * HTML), chosen by content unless the user names one (`--format`).
 */
import { ingestText, type IngestOptions } from '../ingest/index.js';
import type { Article, SourceFormat } from '../model.js';
import type { StructuredFormat, WireFormat } from './format.js';
import { htmlFormat } from './html/index.js';
import { ninjsFormat } from './ninjs/index.js';
import { nitfFormat } from './nitf/index.js';

export type { LocalizedItem, StructuredFormat, WireFormat } from './format.js';

/** `auto`: by content (the default); else the format the user named. */
export type FormatChoice = SourceFormat | 'auto';

/** The structured formats, in the order content sniffing tries them. */
const structuredFormats: readonly WireFormat[] = [ninjsFormat, nitfFormat, htmlFormat];

/** How much of a file sniffing reads: a root element or the first JSON key sits near the top. */
const SNIFF_BYTES = 4096;

export interface ReadStoryOptions extends IngestOptions {
  /** @default 'auto' */
  readonly format?: FormatChoice;
}

/** The story in `bytes` as an Article, read as the format `options.format` names or its content shows. */
export function readStory(bytes: Uint8Array, path: string, options: ReadStoryOptions = {}): Article {
  const format = options.format === undefined || options.format === 'auto' ? sniffFormat(bytes) : options.format;
  const ingest: IngestOptions = options.lang === undefined ? {} : { lang: options.lang };
  return format === 'text' ? ingestText(bytes, path, ingest) : wireFormat(format).read(bytes, path, ingest);
}

/** The format a file's content shows; plain text when no structured format claims it. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  // Lenient: a file that is not UTF-8 gets its clear error from the reader, not from sniffing.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  return structuredFormats.find((format) => format.sniff(head))?.name ?? 'text';
}

export function wireFormat(name: StructuredFormat): WireFormat {
  const format = structuredFormats.find((candidate) => candidate.name === name);
  if (format === undefined) throw new Error(`no reader for the ${name} format`);
  return format;
}

/** The extension of a localized story in the format its source came in. */
export function storyExtension(format: SourceFormat): string {
  return format === 'text' ? '.txt' : wireFormat(format).extension;
}
