/**
 * Bytes → text, before any XML is parsed: the size limit, then the encoding. XLIFF is read as
 * UTF-8 only (what every CAT tool can save); a UTF-8 byte order mark is dropped.
 */
import { formatByteSize } from '../../util/byte-size.js';
import { lineOfInvalidUtf8 } from '../../util/utf8.js';
import { fail } from './fail.js';

const SAVE_AS_UTF8 =
  'save it as UTF-8 (the CAT tool\'s export settings, or iconv -f … -t UTF-8) and import it again; nothing was imported';

/** Byte order marks of the encodings we refuse, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: string; readonly order: string }[] = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32', order: 'big-endian' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32', order: 'little-endian' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16', order: 'big-endian' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16', order: 'little-endian' },
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** An XML declaration's encoding, read from the first bytes (ASCII in every encoding we could meet here). */
const DECLARED_ENCODING = /^<\?xml\s+version\s*=\s*(["'])[^"']*\1\s+encoding\s*=\s*(["'])([^"']*)\2/u;
const DECLARATION_BYTES = 512;

/** Throws XliffReadError when a file of `byteLength` bytes is over the limit (the disk adapter checks before reading). */
function checkXliffSize(byteLength: number, file: string, maxBytes: number): void {
  if (byteLength <= maxBytes) return;
  fail(
    { file },
    `the file is ${formatByteSize(byteLength)}; XLIFF files up to ${formatByteSize(maxBytes)} are read`,
    'an export of one story is far smaller: check that this is the right file; nothing was imported',
  );
}

/** The file's text. Throws XliffReadError when it is too large or not UTF-8. */
export function decodeXliffBytes(bytes: Uint8Array, file: string, maxBytes: number): string {
  checkXliffSize(bytes.byteLength, file, maxBytes);
  rejectForeignEncoding(bytes, file);
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const head = String.fromCharCode(...bytes.subarray(start, start + DECLARATION_BYTES));
  const declared = DECLARED_ENCODING.exec(head)?.[3];
  if (declared !== undefined) checkDeclaredEncoding(declared, file);
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. The BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      { file, line: lineOfInvalidUtf8(bytes) ?? 1 },
      'not UTF-8: this line holds a byte sequence that is not UTF-8 (the file was saved in another encoding, or is damaged)',
      SAVE_AS_UTF8,
    );
  }
}

/** The XML declaration may only name UTF-8 (any case). */
export function checkDeclaredEncoding(encoding: string, file: string): void {
  if (encoding.toLowerCase() === 'utf-8') return;
  fail({ file, line: 1 }, `the XML declaration says encoding="${encoding}": XLIFF is read as UTF-8 only`, SAVE_AS_UTF8);
}

function rejectForeignEncoding(bytes: Uint8Array, file: string): void {
  const bom = FOREIGN_BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (bom) {
    fail({ file, line: 1 }, `${bom.encoding} file: save it as UTF-8 (it starts with a ${bom.encoding} ${bom.order} byte order mark)`, SAVE_AS_UTF8);
  }
  // Without a byte order mark, UTF-16 and UTF-32 show as NUL bytes next to the first `<`.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    fail({ file, line: 1 }, 'UTF-16 file: save it as UTF-8 (it starts with NUL bytes: UTF-16 or UTF-32 without a byte order mark)', SAVE_AS_UTF8);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
