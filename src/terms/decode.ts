import { GlossaryError } from '../errors.js';
import { findCharNotForInterchange, lineOfOffset } from '../util/text-chars.js';
import { lineOfInvalidUtf8 } from '../util/utf8.js';

const SAVE_AS_UTF8 =
  'save the file as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8; LibreOffice: Character set "Unicode (UTF-8)")';

/**
 * The text of a termbase file: UTF-8 checked (spreadsheets often save Windows-1252), byte order
 * mark dropped, line breaks as `\n` so that line numbers and multi-line cells are the same
 * whichever system saved the file.
 */
export function decodeCsvText(content: string | Uint8Array, file: string): string {
  const text = typeof content === 'string' ? content.replace(/^\uFEFF/u, '') : decodeUtf8(content, file);
  if (text.includes('\u0000')) {
    throw new GlossaryError('expected UTF-8 text, got NUL characters: the file looks like UTF-16', { file }, { hint: SAVE_AS_UTF8 });
  }
  const normalized = text.replace(/\r\n?/gu, '\n');
  const forbidden = findCharNotForInterchange(normalized);
  if (forbidden) {
    // Terms reach XLIFF notes and the DeepL glossary: a character neither can carry is refused here.
    throw new GlossaryError(
      `character ${forbidden.codePoint}, which is not text (a control character or a Unicode noncharacter)`,
      { file, line: lineOfOffset(normalized, forbidden.offset) },
      { hint: 'remove it from the cell; spreadsheets show it as an empty box or nothing at all' },
    );
  }
  return normalized;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    // Drops a leading byte order mark (ignoreBOM defaults to false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const line = lineOfInvalidUtf8(bytes);
    throw new GlossaryError(
      `expected UTF-8 text, got a byte sequence that is not UTF-8${line === undefined ? '' : ` on line ${line}`}`,
      line === undefined ? { file } : { file, line },
      { hint: SAVE_AS_UTF8, cause: error },
    );
  }
}
