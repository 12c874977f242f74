/**
 * Block ids for a structured item, as plain-text ingest names them: `headline`, `standfirst`,
 * `caption`, paragraphs `p1`, `p2` …; a second block of a single kind is `caption2`, and sub-heads
 * are `sh1`, `sh2` … Stable for the item's structure, so re-runs and XLIFF ids agree.
 */
import type { BlockKind } from '../model.js';

const numbered: Readonly<Partial<Record<BlockKind, string>>> = { paragraph: 'p', subhead: 'sh' };

/** A namer handing out the next id of each kind, in reading order. */
export function blockIdNamer(): (kind: BlockKind) => string {
  const counts = new Map<BlockKind, number>();
  return (kind) => {
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    const prefix = numbered[kind];
    if (prefix !== undefined) return `${prefix}${count}`;
    return count === 1 ? kind : `${kind}${count}`;
  };
}
