/**
 * IPTC ninjs (News in JSON) 2.x and 3.x: read into an Article (`read.ts`), written back per
 * language (`write.ts`). README.md says which fields are translated, kept and derived.
 */
import type { WireFormat } from '../format.js';
import { readNinjs } from './read.js';
import { writeNinjs } from './write.js';

/** Keys only a ninjs item has at its top level (a JSON object with none of them is something else). */
const NINJS_KEY = /"(?:uri|headlines|bodies|descriptions|body_text|body_html|headline)"\s*:/u;
/** How far into the file a ninjs key is looked for: a few KiB hold the first keys of any item. */
const SNIFF_CHARS = 64 * 1024;

export const ninjsFormat: WireFormat = {
  name: 'ninjs',
  extension: '.json',
  sniff: (text) => text.trimStart().startsWith('{') && NINJS_KEY.test(text.slice(0, SNIFF_CHARS)),
  read: readNinjs,
  write: writeNinjs,
};
