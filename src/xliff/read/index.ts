/**
 * xliff/read — reads an XLIFF file as a CAT tool (OmegaT, Trados, memoQ, Phrase) sends it back,
 * reduced to what `import` needs. Pure: bytes in, checked values out; reading the disk is the
 * caller's. All or nothing: any problem throws an XliffReadError (E_XLIFF) with the file, the line
 * and the reason, and nothing is returned.
 *
 * Takes: the file's bytes, its path (for messages), ReadXliffOptions (`maxBytes`, `maxDepth`).
 * Returns: ReadXliffFile — version, languages, `original`, story id and version, and the units in
 *   document order with source and target as InlineRun[] (text and inline codes), their state on
 *   our scale (types.ts) and as written, lines for messages.
 * Accepts: XLIFF 1.2, 2.0, 2.1, 2.2 with one `<file>`; UTF-8 with or without BOM; a DOCTYPE
 *   without internal subset (never fetched); any tool metadata (other namespaces, attributes,
 *   `<alt-trans>`, `<seg-source>`, matches), ignored; re-indented content (whitespace collapsed
 *   unless `xml:space="preserve"`); renumbered or reordered codes, returned as they are.
 * Rejects: files over `maxBytes`; anything not UTF-8; DTD internal subsets and undefined entities;
 *   XML that is not well-formed or nested deeper than `maxDepth`; documents that are not XLIFF
 *   1.2/2.x, have no or several `<file>`s, no target language, units without id or source,
 *   duplicate unit ids, invalid states, codes without id. See README.md for every message.
 */
import { checkDeclaredEncoding, decodeXliffBytes } from './decode.js';
import { checkUniqueUnitIds } from './document.js';
import { fail } from './fail.js';
import { parseXml } from '../../util/xml-read/parse.js';
import type { ReadXliffFile, ReadXliffOptions } from './types.js';
import { xliffDialect } from './version.js';

export type { ReadState, ReadUnit, ReadXliffFile, ReadXliffOptions, ReadXliffVersion } from './types.js';

/** The defaults of ReadXliffOptions. */
export const xliffReadDefaults = {
  /** 32 MiB: an export of one story is a few hundred KiB. */
  maxBytes: 32 * 1024 * 1024,
  /** Our files nest 6 deep; CAT tools add a few levels of groups and annotations. */
  maxDepth: 64,
} as const satisfies Required<ReadXliffOptions>;

/** Reads one XLIFF file. Throws XliffReadError (E_XLIFF) on anything it cannot take, TypeError on bad options. */
export function readXliff(bytes: Uint8Array, path: string, options: ReadXliffOptions = {}): ReadXliffFile {
  const maxBytes = positiveInteger('maxBytes', options.maxBytes ?? xliffReadDefaults.maxBytes);
  const maxDepth = positiveInteger('maxDepth', options.maxDepth ?? xliffReadDefaults.maxDepth);
  const text = decodeXliffBytes(bytes, path, maxBytes);
  const { root, rootResult: dialect } = parseXml(text, path, {
    maxDepth,
    onRoot: (element) => xliffDialect(element, path),
    fail,
    onDeclaredEncoding: (encoding) => checkDeclaredEncoding(encoding, path),
  });
  const content = dialect.read(root, path);
  checkUniqueUnitIds(content.units, path);
  return { path, version: dialect.version, ...content };
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new TypeError(`Expected \`${name}\` to be a positive integer, got \`${String(value)}\` (${typeof value})`);
}
