/**
 * A segment's markup codes (links, emphasis, line breaks: `MarkupCode`) → the ends the writers print
 * (1.2 `<g>`/`<x>`, 2.1 `<pc>`/`<ph>`), each at an offset of the text, in an order that nests by
 * construction: every close printed is the close of the innermost open pair, so no input, however
 * broken, can make malformed XML. Pure: inline-write.ts interleaves the ends with text and spans.
 */
import type { MarkupCode } from '../model.js';
import type { InlineCode } from './inline.js';

/**
 * One end of a markup code among the writer's runs: `open`/`close` for a pair, `standalone` for a
 * code like `<br/>`. `id` is the code's (`m1`); `markup` the code itself (its element and tags).
 */
export interface MarkupEnd extends InlineCode {
  readonly markup: MarkupCode;
}

/** A markup code where a text carries it (a segment's source: its own offsets; a target: its placement). */
export interface PlacedMarkup {
  readonly code: MarkupCode;
  readonly start: number;
  readonly end: number;
}

/** An end and the offset it is printed at; offsets never decrease along a list. */
export interface EndAt {
  readonly at: number;
  readonly end: MarkupEnd;
}

/** A stretch of text no tag may land inside (a protected span: one code). */
export interface Atom {
  readonly start: number;
  readonly end: number;
}

/** The codes the writers create have no file line yet: `line` is 0 ("written, not read"). */
const notReadFromAFile = 0;

/**
 * The ends of `placed` in printing order. At one offset, pairs ending there close first (innermost
 * first), then standalone codes, then pairs opening there (outermost first: a longer pair encloses
 * a shorter one starting at the same offset). An offset inside an atom moves to the atom's end, so
 * a tag never cuts a span (`<b>2</b>,500` is printed around the whole `2,500`); moving every such
 * offset the same way keeps nested pairs nested. Pairs that cross are printed nested (the inner
 * one's close moved): the caller drops crossing codes first (`markupProblems`).
 */
export function markupEnds(placed: readonly PlacedMarkup[], atoms: readonly Atom[] = []): EndAt[] {
  const moved = placed.map((item, index) => ({ ...item, start: outsideAtoms(item.start, atoms), end: outsideAtoms(item.end, atoms), index }));
  // Opening order: by offset, standalone codes before pairs opening there, longer pairs first, then as given.
  moved.sort(
    (a, b) =>
      a.start - b.start ||
      Number(a.code.kind === 'paired') - Number(b.code.kind === 'paired') ||
      b.end - a.end ||
      a.index - b.index,
  );
  const ends: EndAt[] = [];
  const open: Array<(typeof moved)[number]> = [];
  let last = 0;
  const push = (at: number, kind: MarkupEnd['kind'], code: MarkupCode): void => {
    last = Math.max(last, at);
    ends.push({ at: last, end: { kind, id: code.id, markup: code, line: notReadFromAFile } });
  };
  const closeUpTo = (offset: number): void => {
    while (open.length > 0 && open.at(-1)!.end <= offset) {
      const pair = open.pop()!;
      push(pair.end, 'close', pair.code);
    }
  };
  for (const item of moved) {
    closeUpTo(item.start);
    if (item.code.kind === 'standalone') {
      push(item.start, 'standalone', item.code);
      continue;
    }
    push(item.start, 'open', item.code);
    open.push(item);
  }
  closeUpTo(Number.POSITIVE_INFINITY);
  return ends;
}

/** `offset`, or the end of the atom it lies strictly inside (atoms sorted and apart: binary search). */
function outsideAtoms(offset: number, atoms: readonly Atom[]): number {
  let low = 0;
  let high = atoms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (atoms[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  const atom = atoms[low];
  return atom !== undefined && atom.start < offset ? atom.end : offset;
}
