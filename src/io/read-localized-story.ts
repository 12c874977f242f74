/**
 * Reads a localized story as `run` writes it (`out/<id>.<lang>.txt`): the YAML header between two
 * `---` lines (render/story-header.ts), then the text, blocks separated by blank lines. For `qa`
 * on files: each block is a text to check, with its line. Anything else is an InputError naming
 * the file and line.
 */
import { parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { decodeWireText } from '../ingest/decode.js';
import type { LanguageTag } from '../model.js';
import { canonicalLanguageTag } from '../util/language-tag.js';
import { readRegularFile } from './read-file.js';
import { STORY_MAX_BYTES } from './read-input.js';

export interface LocalizedStoryFile {
  readonly path: string;
  /** The header's `language`. */
  readonly language: LanguageTag;
  /** The story's blocks (date line, place line, headline, paragraphs…), in order, with the 1-based line each starts on. */
  readonly blocks: ReadonlyArray<{ readonly line: number; readonly text: string }>;
}

const DELIMITER = '---';
const HEADER_HINT = 'give a story as `run` writes it (out/<id>.<lang>.txt), which starts with a --- header holding its language; a ninjs, NITF or HTML story is checked through its XLIFF files (out/xliff-*/<id>.<lang>.xlf)';

export function readLocalizedStory(path: string): LocalizedStoryFile {
  const bytes = readRegularFile(path, { maxBytes: STORY_MAX_BYTES, kind: 'a story file', sizeHint: 'a localized story is a few KiB: check the path' }, (problem) => {
    throw new InputError(problem.message, { file: path }, problem);
  });
  return parseLocalizedStory(decodeWireText(bytes, path), path);
}

export function parseLocalizedStory(text: string, path: string): LocalizedStoryFile {
  const lines = text.split(/\r?\n/u);
  if (lines[0] !== DELIMITER) throw new InputError('not a localized story: no --- header on line 1', { file: path, line: 1 }, { hint: HEADER_HINT });
  const closing = lines.indexOf(DELIMITER, 1);
  if (closing === -1) throw new InputError('the --- header opened on line 1 is not closed', { file: path, line: 1 }, { hint: HEADER_HINT });
  const header = parseDocument(lines.slice(1, closing).join('\n'));
  if (header.errors.length > 0) {
    const [error] = header.errors;
    throw new InputError(`the header is not valid YAML: ${error!.message.split('\n')[0]}`, { file: path, line: 1 + (error!.linePos?.[0]?.line ?? 1) }, { hint: HEADER_HINT });
  }
  const language = header.get('language');
  const tag = typeof language === 'string' ? canonicalLanguageTag(language) : undefined;
  if (tag === undefined) throw new InputError('the header has no `language` tag', { file: path, line: 1 }, { hint: HEADER_HINT });
  const blocks: Array<{ line: number; text: string }> = [];
  let current: { line: number; lines: string[] } | undefined;
  const flush = () => current && blocks.push({ line: current.line, text: current.lines.join(' ') });
  for (let index = closing + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') {
      flush();
      current = undefined;
    } else if (current) current.lines.push(line);
    else current = { line: index + 1, lines: [line] };
  }
  flush();
  return { path, language: tag, blocks };
}
