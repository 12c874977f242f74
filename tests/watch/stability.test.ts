import { describe, expect, it } from 'vitest';
import { isStoryName, observeFiles, type FileSighting, type Settling } from '../../src/watch/stability.js';

const SETTLE = 1000;
const seen = (name: string, size: number, mtimeMs = 5): FileSighting => ({ name, size, mtimeMs });

/** Polls the sightings at each time in turn, returning what each poll found stable. */
function poll(steps: ReadonlyArray<[number, FileSighting[]]>): string[][] {
  let settling: ReadonlyMap<string, Settling> = new Map();
  return steps.map(([now, sightings]) => {
    const step = observeFiles(settling, sightings, now, SETTLE);
    settling = step.settling;
    return [...step.stable];
  });
}

describe('which inbox files are whole', () => {
  it('takes a file once its size and time have stayed the same for the settle time, not at first sight', () => {
    expect(poll([[0, [seen('a.txt', 10)]], [600, [seen('a.txt', 10)]], [1000, [seen('a.txt', 10)]]])).toEqual([[], [], ['a.txt']]);
  });

  it('starts the wait again whenever the size or the time changes (a writer still at work)', () => {
    const found = poll([
      [0, [seen('a.txt', 10, 1)]],
      [900, [seen('a.txt', 20, 1)]], // grew
      [1800, [seen('a.txt', 20, 2)]], // rewritten, same size
      [2700, [seen('a.txt', 20, 2)]],
      [2800, [seen('a.txt', 20, 2)]],
    ]);
    expect(found).toEqual([[], [], [], [], ['a.txt']]);
  });

  it('forgets a file that went away, and starts afresh if it comes back', () => {
    expect(poll([[0, [seen('a.txt', 10)]], [500, []], [1200, [seen('a.txt', 10)]], [2200, [seen('a.txt', 10)]]])).toEqual([[], [], [], ['a.txt']]);
  });

  it('never takes hidden files, temporary files of writers, or error files; takes the others in name order', () => {
    const names = ['.a.txt', 'b.txt.tmp', 'c.part', 'd.TMP', 'e.txt~', 'f.crdownload', 'g.txt.error.txt', 'z.json', 'h.txt', 'i.xml'];
    const sightings = names.map((name) => seen(name, 1));
    expect(poll([[0, sightings], [SETTLE, sightings]])[1]).toEqual(['h.txt', 'i.xml', 'z.json']);
  });

  it('says which names may be stories', () => {
    expect(['story.txt', 'item.json', 'a.b.c', 'part.txt', 'tmp.txt'].every(isStoryName)).toBe(true);
    expect(['.hidden', 'x.tmp', 'x.temp', 'x.part', 'x.partial', 'x.swp', 'x~', 'x.download', 'x.error.txt'].some(isStoryName)).toBe(false);
  });
});
