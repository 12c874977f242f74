/** Whether a decoded file is a NITF item: its root element is `nitf` (after an XML declaration, comments, processing instructions, a DOCTYPE). */
import { afterProlog } from '../prolog.js';

const NITF_ROOT = /^<(?:[A-Za-z_][\w.-]*:)?nitf[\s/>]/u;

export function sniffNitf(text: string): boolean {
  return NITF_ROOT.test(afterProlog(text));
}
