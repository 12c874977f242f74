/**
 * A marked-up text as one string, for the store (MT cache, TM, ledger), which keeps strings:
 * `Le <c1>texte</c1> et<c2/>`. `cN` is the code's place in its segment's markup (1-based), not
 * its id: ids are numbered per block, and one stored entry serves the same marked sentence in any
 * block (its hash, and so its keys, leave ids out). Text is escaped (`&amp;`, `&lt;`), so a `<`
 * in the words never reads as a tag. Used only for segments with markup, whose keys differ from
 * those of the same words without markup: a plain entry is never read as a tagged one.
 */
import type { MarkupCode, MarkupPlacement, Segment } from '../model.js';
import { printMarkedText } from './print.js';

/** `text` with its placements (codes of `segment`) as tags; a placement naming no code of the segment is left out. */
export function taggedTarget(text: string, placements: readonly MarkupPlacement[], segment: Segment): string {
  const codes = segment.markup ?? [];
  const numbers = new Map(codes.map((code, index) => [code.id, index + 1]));
  const placed = placements.flatMap(({ id, start, end }) => {
    const number = numbers.get(id);
    return number === undefined ? [] : [{ code: codes[number - 1]!, start, end }];
  });
  return printMarkedText(text, placed, escapeText, (code) => {
    const name = `c${numbers.get(code.id)!}`;
    return code.kind === 'standalone' ? { open: `<${name}/>` } : { open: `<${name}>`, close: `</${name}>` };
  });
}

/** The segment's source as the store keys it: tagged when the segment has markup. */
export function taggedSource(segment: Segment): string {
  const codes = segment.markup ?? [];
  return codes.length === 0 ? segment.source : taggedTarget(segment.source, codes, segment);
}

/** What the store keeps of a target: the text, tagged with its placements when the segment has markup. */
export function storedTarget(segment: Segment, text: string, placements: readonly MarkupPlacement[] | undefined): string {
  return segment.markup === undefined || segment.markup.length === 0 ? text : taggedTarget(text, placements ?? [], segment);
}

/**
 * A stored target read back for `segment`: its text and, when the segment has markup, the
 * placements its tags give (ids of this segment's codes). Undefined when the tags do not decode
 * against the segment's codes (malformed, a code it does not have or of another kind, a pair not
 * closed, a code twice): such an entry is not used. A code the stored target lacks stays missing,
 * as it was when the target was made (its producer's findings say so).
 */
export function untaggedTarget(stored: string, segment: Segment): { readonly target: string; readonly markup?: readonly MarkupPlacement[] } | undefined {
  const codes = segment.markup ?? [];
  if (codes.length === 0) return { target: stored };
  const read = readTags(stored, codes);
  return read === undefined ? undefined : { target: read.text, markup: read.placements };
}

/** A stretch of a tagged string: text (unescaped), or a tag naming the code at place `number` of its segment. */
export type TaggedRun =
  | { readonly text: string }
  | { readonly tag: 'open' | 'close' | 'standalone'; readonly number: number };

const tag = /<(\/?)c([1-9]\d{0,5})(\/?)>/y;
const entity = /&(amp|lt);/y;

/**
 * A tagged string as runs, or undefined when it is not one (a `<` or `&` that is not a tag or an
 * escape, a tag both closing and self-closing). Says nothing of the codes: see `untaggedTarget`.
 */
export function taggedRuns(stored: string): TaggedRun[] | undefined {
  const runs: TaggedRun[] = [];
  let text = '';
  for (let at = 0; at < stored.length; ) {
    const char = stored[at]!;
    const pattern = char === '&' ? entity : char === '<' ? tag : undefined;
    if (pattern === undefined) {
      text += char;
      at++;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(stored);
    if (match === null) return undefined;
    at = pattern.lastIndex;
    if (pattern === entity) {
      text += match[1] === 'amp' ? '&' : '<';
      continue;
    }
    const [, closing, digits, selfClosing] = match;
    if (closing !== '' && selfClosing !== '') return undefined;
    if (text !== '') runs.push({ text });
    text = '';
    runs.push({ tag: selfClosing !== '' ? 'standalone' : closing !== '' ? 'close' : 'open', number: Number(digits) });
  }
  if (text !== '') runs.push({ text });
  return runs;
}

function readTags(stored: string, codes: readonly MarkupCode[]): { text: string; placements: MarkupPlacement[] } | undefined {
  const runs = taggedRuns(stored);
  if (runs === undefined) return undefined;
  let text = '';
  const placements: MarkupPlacement[] = [];
  const opened = new Map<number, number>();
  const seen = new Set<number>();
  for (const run of runs) {
    if ('text' in run) {
      text += run.text;
      continue;
    }
    const code = codes[run.number - 1];
    if (code === undefined) return undefined;
    if (run.tag === 'close') {
      const index = opened.get(run.number);
      if (index === undefined) return undefined;
      opened.delete(run.number);
      placements[index] = { ...placements[index]!, end: text.length };
      continue;
    }
    if (code.kind !== (run.tag === 'standalone' ? 'standalone' : 'paired') || seen.has(run.number)) return undefined;
    seen.add(run.number);
    const index = placements.push({ id: code.id, start: text.length, end: text.length }) - 1;
    if (run.tag === 'open') opened.set(run.number, index);
  }
  return opened.size === 0 ? { text, placements } : undefined;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
