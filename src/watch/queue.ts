/**
 * Which claimed stories run next: the most urgent first (IPTC urgency 1 before 8; a story without
 * one counts as the middle, 5), then the earliest claimed, then by name; never two versions of one
 * story in one job (they would write the same files: the later waits for the next job), and never a
 * story held until later (an embargo, a retry). Pure over data.
 */
import type { Urgency } from '../model.js';

/** A story taken from the inbox and waiting for a job. */
export interface QueuedStory {
  /** Where the claimed file is (the job's input). */
  readonly path: string;
  readonly articleId: string;
  readonly urgency?: Urgency;
  /** When it was claimed, in ms (the arrival order, also after a restart). */
  readonly claimedAt: number;
  /** Not before this time, in ms: an embargo for the engine, or a retry after an engine stop. */
  readonly heldUntil?: number;
}

/** What an item without urgency counts as: IPTC's scale is 1 (flash) to 8 (lowest). */
export const DEFAULT_URGENCY = 5;

export function byUrgencyThenArrival(a: QueuedStory, b: QueuedStory): number {
  return (
    (a.urgency ?? DEFAULT_URGENCY) - (b.urgency ?? DEFAULT_URGENCY) ||
    a.claimedAt - b.claimedAt ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

/** The next job: up to `size` stories due at `now`, in order, one per story id. */
export function nextJob<Story extends QueuedStory>(queue: readonly Story[], now: number, size: number): Story[] {
  const picked: Story[] = [];
  const ids = new Set<string>();
  for (const story of [...queue].sort(byUrgencyThenArrival)) {
    if (picked.length === size) break;
    if ((story.heldUntil ?? 0) > now || ids.has(story.articleId)) continue;
    picked.push(story);
    ids.add(story.articleId);
  }
  return picked;
}

/** When the earliest held story is due, if any is held past `now`. */
export function nextWake(queue: readonly QueuedStory[], now: number): number | undefined {
  const times = queue.flatMap((story) => (story.heldUntil !== undefined && story.heldUntil > now ? [story.heldUntil] : []));
  return times.length === 0 ? undefined : Math.min(...times);
}
