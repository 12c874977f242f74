/**
 * A target's markup kept on its words when something rewrites the target's text (values
 * localized, house style's spaces and quotation marks): a character diff of the text before and
 * after, and each placement's offsets carried across it. An open offset keeps to the words after
 * it, a close offset (and a standalone code) to the words before it, so `«<em>texte</em>»` becomes
 * `« <em>texte</em> »` when no-break spaces are inserted inside the marks.
 */
import type { MarkupPlacement, Unit } from '../model.js';

/**
 * `before[start..end)` became `after[start..end)`; what lies between two hunks is unchanged (or,
 * for a producer that rewrites every character one for one, such as the pseudo engine, kept in
 * length). Hunks are in order and apart, an insertion (empty before) may touch the next hunk.
 */
export interface Hunk {
  readonly beforeStart: number;
  readonly beforeEnd: number;
  readonly afterStart: number;
  readonly afterEnd: number;
  /** The diff gave up on this stretch: offsets inside it are placed in proportion, which keeps codes nested and in order. */
  readonly stretched?: true;
}

/**
 * The diff is exact up to this many edits (inserted plus deleted characters past the common
 * prefix and suffix) and this many steps (diagonals tried plus characters compared, a few
 * milliseconds): a rewrite beyond either is read as one replacement of the whole changed middle,
 * its offsets placed in proportion, so a hostile long text costs bounded time and its codes stay
 * in order.
 */
const maxEdits = 512;
const maxWork = 10_000_000;

/** `placements` (offsets into `before`) moved to where the same words are in `after`. */
export function followEdits(before: string, after: string, placements: readonly MarkupPlacement[]): MarkupPlacement[] {
  if (before === after || placements.length === 0) return [...placements];
  return placementsAcross(diffHunks(before, after), placements);
}

/** `placements` moved across the hunks: an open keeps to the words after it, a close to the words before it. */
export function placementsAcross(hunks: readonly Hunk[], placements: readonly MarkupPlacement[]): MarkupPlacement[] {
  return placements.map(({ id, start, end }) => {
    // A standalone code (or an empty pair) stays with the words before it, as a close does.
    if (start === end) {
      const at = mapOffset(hunks, start, 'close');
      return { id, start: at, end: at };
    }
    return { id, start: mapOffset(hunks, start, 'open'), end: mapOffset(hunks, end, 'close') };
  });
}

/**
 * Where the boundary `offset` of `before` is in `after`. Inside an unchanged stretch it moves with
 * its neighbours; at a hunk, an open goes to the start of what replaced the words after it (after
 * an insertion, which is not its words), a close to the end of what replaced the words before it
 * (before an insertion).
 */
function mapOffset(hunks: readonly Hunk[], offset: number, side: 'open' | 'close'): number {
  let shift = 0;
  for (const hunk of hunks) {
    if (offset < hunk.beforeStart) break;
    if (offset <= hunk.beforeEnd) {
      if (hunk.stretched && offset > hunk.beforeStart && offset < hunk.beforeEnd) {
        const scale = (hunk.afterEnd - hunk.afterStart) / (hunk.beforeEnd - hunk.beforeStart);
        return hunk.afterStart + Math.round((offset - hunk.beforeStart) * scale);
      }
      const inserted = hunk.beforeStart === hunk.beforeEnd;
      if (side === 'open') return offset === hunk.beforeEnd && (inserted || offset > hunk.beforeStart) ? hunk.afterEnd : hunk.afterStart;
      return offset === hunk.beforeStart && (inserted || offset < hunk.beforeEnd) ? hunk.afterStart : hunk.afterEnd;
    }
    shift = hunk.afterEnd - hunk.beforeEnd;
  }
  return offset + shift;
}

/** The changed stretches, in order: the common prefix and suffix cut off, the middle diffed (Myers) or, past the bounds, one stretched hunk. */
function diffHunks(before: string, after: string): Hunk[] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  const whole: Hunk = { beforeStart: prefix, beforeEnd: prefix + a.length, afterStart: prefix, afterEnd: prefix + b.length };
  if (a.length === 0 || b.length === 0) return [whole];
  const hunks = myersHunks(a, b, maxEdits, maxWork);
  if (hunks === undefined) return [{ ...whole, stretched: true }];
  return hunks.map((hunk) => ({
    beforeStart: hunk.beforeStart + prefix,
    beforeEnd: hunk.beforeEnd + prefix,
    afterStart: hunk.afterStart + prefix,
    afterEnd: hunk.afterEnd + prefix,
  }));
}

/**
 * Myers' shortest edit script of `a` into `b` as hunks, or undefined when it needs more than
 * `limit` edits or more than `budget` steps (diagonals tried and characters compared). Keeps each
 * round's frontier to walk the path back: O((n + m) · D) time at worst, O(D²) memory.
 */
function myersHunks(a: string, b: string, limit: number, budget: number): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = limit + 1;
  let frontier = new Int32Array(2 * limit + 3);
  const rounds: Int32Array[] = [];
  let work = 0;
  for (let d = 0; d <= limit; d++) {
    rounds.push(frontier);
    frontier = frontier.slice();
    work += d + 1;
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      work += x - from;
      if (work > budget) return undefined;
      frontier[offset + k] = x;
      if (x >= n && y >= m) return walkBack(rounds, d, n, m, offset);
    }
  }
  return undefined;
}

/** The path found in round `last`, from its end back to the start, as hunks of consecutive edits. */
function walkBack(rounds: readonly Int32Array[], last: number, n: number, m: number, offset: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const frontier = rounds[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK]!;
    const previousY = previousX - previousK;
    // The unchanged run (snake) after the edit, then the edit itself: a deleted or inserted character.
    const snake = Math.min(x - (down ? previousX : previousX + 1), y - (down ? previousY + 1 : previousY));
    x -= snake;
    y -= snake;
    const edit: Hunk = down
      ? { beforeStart: x, beforeEnd: x, afterStart: y - 1, afterEnd: y }
      : { beforeStart: x - 1, beforeEnd: x, afterStart: y, afterEnd: y };
    const joined = hunks.at(-1);
    if (joined !== undefined && joined.beforeStart === edit.beforeEnd && joined.afterStart === edit.afterEnd) {
      hunks[hunks.length - 1] = { beforeStart: edit.beforeStart, beforeEnd: joined.beforeEnd, afterStart: edit.afterStart, afterEnd: joined.afterEnd };
    } else {
      hunks.push(edit);
    }
    x = previousX;
    y = previousY;
  }
  return hunks.reverse();
}

/** The unit with its target rewritten as `target`: the one way a stage edits a target's text, so its markup follows. */
export function withEditedTarget(unit: Unit & { readonly target: string }, target: string): Unit {
  if (unit.targetMarkup === undefined) return { ...unit, target };
  return { ...unit, target, targetMarkup: followEdits(unit.target, target, unit.targetMarkup) };
}
