import { readFile, stat } from 'node:fs/promises';
import { lineOfInvalidUtf8 } from '../util/utf8.js';
import { TMX_MAX_BYTES, TmxError, parseTmx, type ParsedTmx } from '../tmx/index.js';

/** Reads and parses a TMX file: size checked before reading, UTF-8 checked strictly. */
export async function readTmxFile(path: string): Promise<ParsedTmx> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > TMX_MAX_BYTES) {
      throw new TmxError(`the file is ${size} bytes, more than the ${TMX_MAX_BYTES} a TMX import takes`, { file: path }, {
        hint: 'split the memory into several files',
      });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof TmxError) throw error;
    throw new TmxError(`cannot read the file: ${(error as Error).message}`, { file: path }, { cause: error });
  }
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
