/**
 * formats/nitf — NITF 3.x items in and out (issue #13): `read` turns an item into an Article whose
 * blocks carry their inline markup, with the item's skeleton as its template; `write` puts one
 * target language's blocks, dateline and language back into that skeleton. What is translated
 * and what is kept: README.md.
 */
import type { WireFormat } from '../format.js';
import { readNitf } from './read.js';
import { sniffNitf } from './sniff.js';
import { writeNitf } from './write.js';

export const nitfFormat: WireFormat = {
  name: 'nitf',
  extension: '.xml',
  sniff: sniffNitf,
  read: readNitf,
  write: writeNitf,
};
