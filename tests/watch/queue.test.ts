import { describe, expect, it } from 'vitest';
import type { Urgency } from '../../src/model.js';
import { nextJob, nextWake, type QueuedStory } from '../../src/watch/queue.js';
import { claimedFileName, freeName, readClaimedFileName } from '../../src/watch/claim-names.js';

const queued = (path: string, claimedAt: number, extra: { urgency?: Urgency; heldUntil?: number; articleId?: string } = {}): QueuedStory => ({
  path,
  articleId: extra.articleId ?? path,
  claimedAt,
  ...(extra.urgency === undefined ? {} : { urgency: extra.urgency }),
  ...(extra.heldUntil === undefined ? {} : { heldUntil: extra.heldUntil }),
});

const paths = (stories: readonly QueuedStory[]) => stories.map((story) => story.path);

describe('which claimed stories run next', () => {
  it('takes the most urgent first, then the earliest claimed; no urgency counts as 5', () => {
    const queue = [queued('routine', 1), queued('late-flash', 9, { urgency: 1 }), queued('low', 2, { urgency: 8 }), queued('normal', 3, { urgency: 5 }), queued('urgent', 4, { urgency: 3 })];
    expect(paths(nextJob(queue, 0, 10))).toEqual(['late-flash', 'urgent', 'routine', 'normal', 'low']);
  });

  it('takes at most the job size', () => {
    const queue = [queued('a', 3), queued('b', 1), queued('c', 2)];
    expect(paths(nextJob(queue, 0, 2))).toEqual(['b', 'c']);
  });

  it('never puts two versions of one story in one job: the later waits', () => {
    const queue = [queued('v1', 1, { articleId: 'x' }), queued('v2', 2, { articleId: 'x' }), queued('other', 3)];
    expect(paths(nextJob(queue, 0, 10))).toEqual(['v1', 'other']);
  });

  it('leaves a held story until its time, and says when to wake for it', () => {
    const queue = [queued('held', 1, { urgency: 1, heldUntil: 5000 }), queued('free', 2)];
    expect(paths(nextJob(queue, 4999, 10))).toEqual(['free']);
    expect(nextWake(queue, 4999)).toBe(5000);
    expect(paths(nextJob(queue, 5000, 10))).toEqual(['held', 'free']);
    expect(nextWake(queue, 5000)).toBeUndefined();
    expect(nextWake([queued('free', 2)], 0)).toBeUndefined();
  });
});

describe('claim names', () => {
  it('carry the claim time and the name the file came with, and read back', () => {
    const name = claimedFileName({ name: 'flash-2.txt', claimedAt: 1796230432532 });
    expect(name).toBe('1796230432532-flash-2.txt');
    expect(readClaimedFileName(name)).toEqual({ name: 'flash-2.txt', claimedAt: 1796230432532 });
  });

  it('are not read from anything else in the processing folder', () => {
    expect(readClaimedFileName('.a.error.txt.tmp')).toBeUndefined();
    expect(readClaimedFileName('story.txt')).toBeUndefined();
    expect(readClaimedFileName('123-.hidden')).toBeUndefined();
  });

  it('give a finished story a name no earlier one has', () => {
    const taken = new Set(['a.txt', 'a.2.txt', 'notes']);
    expect(freeName('b.txt', (name) => taken.has(name))).toBe('b.txt');
    expect(freeName('a.txt', (name) => taken.has(name))).toBe('a.3.txt');
    expect(freeName('notes', (name) => taken.has(name))).toBe('notes.2');
  });
});
