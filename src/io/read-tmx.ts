import { lineOfInvalidUtf8 } from '../util/utf8.js';
import { TMX_MAX_BYTES, TmxError, parseTmx, type ParsedTmx } from '../tmx/index.js';
import { readRegularFile } from './read-file.js';

/** Reads and parses a TMX file: a regular file, its size checked before reading, UTF-8 checked strictly. */
export async function readTmxFile(path: string): Promise<ParsedTmx> {
  const bytes = readRegularFile(path, { maxBytes: TMX_MAX_BYTES, kind: 'a TMX file', sizeHint: 'split the memory into several files' }, (problem) => {
    throw new TmxError(problem.message, { file: path }, problem);
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TmxError('the file is not valid UTF-8', { file: path, line: lineOfInvalidUtf8(bytes) ?? 1 }, {
      hint: 'TMX files must be UTF-8: convert it (iconv -f … -t UTF-8) and import again',
    });
  }
  return parseTmx(text, path);
}
