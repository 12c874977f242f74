/**
 * The store keeps strings: a target of a segment with markup goes in as a tagged string
 * (`markup/tagged.ts`) and comes out as text and placements again. These are the crossings of
 * that boundary for the job: MT cache results, ledger entries and TM matches, each read for the
 * segment it serves. An entry whose tags do not decode against that segment's codes is not used.
 */
import type { EngineTarget, Segment } from '../model.js';
import { storedTarget, taggedRuns, untaggedTarget } from '../markup/tagged.js';
import type { CachedTranslation, LedgerEntry, TmEntry } from './store.js';

/** An engine's answer for `segment` as the MT cache keeps it. */
export function cachedEntry(segment: Segment, answer: Omit<CachedTranslation, 'target'> & { readonly target: string; readonly markup?: EngineTarget['markup'] }): CachedTranslation {
  const { markup, ...entry } = answer;
  return { ...entry, target: storedTarget(segment, answer.target, markup) };
}

/** A cached translation served to `segment`: its target and placements, or undefined when its tags do not decode. */
export function servedFromCache(entry: CachedTranslation, segment: Segment): EngineTarget | undefined {
  const read = untaggedTarget(entry.target, segment);
  return read === undefined ? undefined : { ...entry, ...read };
}

/** A ledger entry as the store keeps it: the target tagged with its `targetMarkup` when the segment has markup. */
export function storedLedgerEntry(entry: LedgerEntry, segment: Segment): LedgerEntry {
  const { targetMarkup, ...rest } = entry;
  return { ...rest, target: storedTarget(segment, entry.target, targetMarkup) };
}

/** A stored ledger entry read for `segment`: plain target and `targetMarkup`, or undefined when its tags do not decode. */
export function readLedgerEntry(entry: LedgerEntry, segment: Segment): LedgerEntry | undefined {
  const read = untaggedTarget(entry.target, segment);
  if (read === undefined) return undefined;
  return { ...entry, target: read.target, ...(read.markup === undefined ? {} : { targetMarkup: read.markup }) };
}

/**
 * Whether a TM entry is of a marked-up sentence (its source stored tagged). TMX export leaves such
 * entries out: their tags name codes by their place in one of this project's sentences, and the
 * store keeps where the codes are, not what they are (no native data for TMX's `bpt`/`ept`/`ph`),
 * so another tool could not use them, and TMX import drops inline codes anyway.
 */
export function isMarkedEntry(entry: TmEntry): boolean {
  return taggedRuns(entry.source)?.some((run) => 'tag' in run) ?? false;
}
