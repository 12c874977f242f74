/**
 * ingest — reads a plain-text wire story into an Article.
 *
 * Takes: the file's bytes and its path (the path only names the source in the article and in
 *   messages; nothing is read from disk here — see src/io/read-input.ts).
 * Returns: an Article: id, version, language, dateline {place, date, agency}, urgency, and the
 *   blocks headline, standfirst?, caption?, p1…pN, each with its 1-based line in the file.
 *   Blocks are separated by blank lines; a block's lines are trimmed and joined with a space, and
 *   a block of several lines keeps the offsets of those spaces (`lineBreaks`) for the segmenter.
 *   Two layouts are read:
 *   - agency: date line ("Saturday, November 23, 2024", "23 November 2024", "2024-11-23"),
 *     place line, headline, optionally a repeat of the headline (dropped), a standfirst and/or
 *     a photo caption, then the body, whose first paragraph opens with the dateline
 *     ("Baghdad – "). One block between headline and body is the caption; two are the
 *     standfirst then the caption.
 *   - plain: headline, then paragraphs; a date line right under the headline (Wikinews) is the
 *     story's date; a dateline opening the first paragraph is read too.
 *   Raw agency copy, whose first block is the datelined paragraph (no headline), is refused.
 *   Optional YAML front matter (`---` … `---`, at most 100 lines and 8 KiB) at the top sets id,
 *   date, place, agency, urgency, language, version, status (the publishing status: usable,
 *   withdrawn, canceled) and embargo (a date-time with offset), and wins over what the layout
 *   says, but for a day the dateline writes ("March 4"), which stays, taking its year from `date`.
 *   The dateline ("BAGHDAD, Nov 23 (AFP) – ") is taken off the first paragraph's text; a dateline
 *   date with no year and no story date to take one from is left out, with a warning finding
 *   (`Article.findings`, rule `ingest/dateline-year-unknown`). Dates run from year 1 to 9999.
 * Options: `lang`, the language of the copy when the front matter has no `language` (default `en`).
 * Limitations: UTF-8 only. A bare dateline place ("Baghdad – ", no date or agency) is recognized
 *   only when it repeats the place line or the front matter's `place`. AP-style datelines with a
 *   region ("KYIV, Ukraine (AP) —") are left in the text. A weekday in the date line is not
 *   checked against the date. Text inside a block is kept as written (no-break spaces included).
 *   Any problem throws an InputError with the file's line; nothing is half-read.
 */
import { InputError, UsageError } from '../errors.js';
import { findingOn, type Article, type Block, type BlockKind, type LanguageTag } from '../model.js';
import { articleId } from './article-id.js';
import { splitBlocks, type SourceBlock } from './blocks.js';
import { formatIsoDate } from './dates.js';
import { resolveDateline } from './dateline.js';
import { decodeWireText } from './decode.js';
import { LANGUAGE_TAG, readFrontMatter } from './front-matter.js';
import { readLayout, type StoryLayout } from './layout.js';

export interface IngestOptions {
  /**
   * Language of the copy when the front matter has no `language`.
   * @default 'en'
   */
  readonly lang?: LanguageTag;
}

const LINE_BREAK = /\r\n|\r|\n/u;

export function ingestText(bytes: Uint8Array, path: string, options: IngestOptions = {}): Article {
  const defaultLang = checkLang(options.lang ?? 'en');
  const text = decodeWireText(bytes, path);
  if (text.trim() === '') {
    throw new InputError('file is empty', { file: path, line: 1 }, { hint: 'a story needs at least a headline and a paragraph' });
  }
  const lines = text.split(LINE_BREAK);
  const { frontMatter, bodyStart } = readFrontMatter(lines, path);
  const blocks = splitBlocks(lines, bodyStart);
  if (blocks.length === 0) {
    throw new InputError('no story after the front matter', { file: path, line: bodyStart }, {
      hint: 'add the headline and the paragraphs after the closing ---',
    });
  }
  const knownPlace = frontMatter.place;
  const layout = readLayout(blocks, { file: path, ...(knownPlace === undefined ? {} : { knownPlace }) });
  const { dateline, findings } = resolveDateline(layout, frontMatter, path);
  // The id carries the story's date, which a dateline prefix naming the day before does not change.
  const storyDate = frontMatter.date ?? (layout.dateLine ? formatIsoDate(layout.dateLine) : dateline.date);
  const lang = frontMatter.language ?? defaultLang;
  return {
    id: frontMatter.id ?? articleId(layout.headline.text, storyDate),
    version: frontMatter.version ?? 1,
    lang,
    dateline,
    ...(frontMatter.urgency === undefined ? {} : { urgency: frontMatter.urgency }),
    ...(frontMatter.embargo === undefined ? {} : { embargoedUntil: frontMatter.embargo }),
    ...(frontMatter.status === undefined ? {} : { pubStatus: frontMatter.status }),
    blocks: storyBlocks(layout),
    source: { path, format: 'text' },
    ...(findings.length === 0 ? {} : { findings: findings.map((finding) => findingOn(finding, { lang, id: 'dateline' })) }),
  };
}

function checkLang(lang: LanguageTag): LanguageTag {
  if (LANGUAGE_TAG.test(lang)) return lang;
  throw new UsageError(`Expected \`lang\` to be a BCP 47 language tag such as \`en\`, got \`${lang}\``);
}

function storyBlocks(layout: StoryLayout): Block[] {
  const { headline, standfirst, caption, paragraphs } = layout;
  const blocks: Block[] = [block('headline', 'headline', headline)];
  if (standfirst) blocks.push(block('standfirst', 'standfirst', standfirst));
  if (caption) blocks.push(block('caption', 'caption', caption));
  paragraphs.forEach((paragraph, index) => blocks.push(block(`p${index + 1}`, 'paragraph', paragraph)));
  return blocks;
}

/** A block keeps where its lines broke (for the segmenter's line rules) when it has several. */
function block(id: string, kind: BlockKind, { text, line, lineBreaks }: SourceBlock): Block {
  return { id, kind, text, line, ...(lineBreaks.length === 0 ? {} : { lineBreaks }) };
}
