import { InputError } from '../errors.js';
import { findCharNotForInterchange, lineOfOffset } from '../util/text-chars.js';
import { lineOfInvalidUtf8 } from '../util/utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
/** Above this share of control bytes a file is binary, not text with a stray character. */
const BINARY_CONTROL_RATIO = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a wire file: UTF-8 (a byte order mark is accepted and dropped), without control
 * characters other than tab and line breaks, nor noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…).
 * Throws InputError naming the line of the first offending byte or character otherwise.
 */
export function decodeWireText(bytes: Uint8Array, file: string): string {
  rejectUtf16(bytes, file);
  const firstControl = bytes.findIndex(isControlByte);
  if (firstControl !== -1 && looksBinary(bytes)) {
    const message = `binary content, not plain text (control byte 0x${hex(bytes[firstControl]!)})`;
    throw new InputError(message, locationOf(bytes, firstControl, file), {
      hint: 'pass the story as a UTF-8 text file; if it is UTF-16 text, convert it to UTF-8 first',
    });
  }
  const text = decodeUtf8(bytes, file);
  if (firstControl !== -1) {
    // Kept out of the text because XML (and so XLIFF) cannot carry most C0 control characters.
    const message = `control character U+00${hex(bytes[firstControl]!)} in the text`;
    throw new InputError(message, locationOf(bytes, firstControl, file), {
      hint: 'remove the character; plain wire text may only contain tabs and line breaks as control characters',
    });
  }
  rejectCharsNotForInterchange(text, file);
  return text;
}

/** Noncharacters decode as UTF-8 but are not text: refused before anything is billed (XLIFF cannot carry U+FFFE/U+FFFF). */
function rejectCharsNotForInterchange(text: string, file: string): void {
  const forbidden = findCharNotForInterchange(text);
  if (!forbidden) return;
  const message = `character ${forbidden.codePoint} in the text: a Unicode noncharacter or control character, not text to translate`;
  throw new InputError(message, { file, line: lineOfOffset(text, forbidden.offset) }, {
    hint: 'remove the character (a program left it there); XLIFF cannot carry U+FFFE or U+FFFF at all',
  });
}

function rejectUtf16(bytes: Uint8Array, file: string): void {
  const order = bytes[0] === 0xff && bytes[1] === 0xfe ? 'little' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'big' : undefined;
  if (order === undefined) return;
  throw new InputError(`file is UTF-16 (${order}-endian byte order mark); wire-l10n reads UTF-8`, { file, line: 1 }, {
    hint: `convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 ${file} > story.txt`,
  });
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  let controls = 0;
  for (const byte of bytes) if (isControlByte(byte)) controls++;
  return controls / bytes.length > BINARY_CONTROL_RATIO;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new InputError('not valid UTF-8', { file, line: lineOfInvalidUtf8(bytes) ?? 1 }, {
      hint: 'the file is probably in a legacy encoding; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8',
      cause: error,
    });
  }
}

function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== TAB && byte !== LF && byte !== CR) || byte === 0x7f;
}

/** Where a byte offset is: its 1-based line; CRLF, LF and a lone CR each end a line. */
function locationOf(bytes: Uint8Array, offset: number, file: string): { file: string; line: number } {
  let line = 1;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index];
    if (byte === LF || (byte === CR && bytes[index + 1] !== LF)) line++;
  }
  return { file, line };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
