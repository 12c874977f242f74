/**
 * When a worker writes report.json and the review index (FolderSchedule): not after a batch while
 * jobs wait and the interval has not passed; once the queue is idle; when the interval has passed;
 * on close; again while the store changed under a write; later after a failure.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FolderOutputsOptions } from '../../src/job/folder-outputs.js';
import { FolderSchedule, type FolderWriteEvent } from '../../src/job/folder-schedule.js';
import { engineSettings } from '../helpers/live-engines.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';

const folder = (outDir: string): FolderOutputsOptions => ({
  outDir,
  localesDir: 'locales',
  targetLangs: ['fr'],
  engine: engineSettings(pseudoEngine),
  glossaryPath: 'glossary',
});

/** A schedule over a recording writer and a clock the test moves. */
function scheduled(answers: Array<boolean | Error> = []) {
  let time = 0;
  const written: FolderOutputsOptions[] = [];
  /** The folders written, in order. */
  const writes: string[] = [];
  const events: FolderWriteEvent[] = [];
  const schedule = new FolderSchedule(
    async (options) => {
      written.push(options);
      writes.push(options.outDir);
      const answer = answers.shift() ?? true;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    { intervalMs: 30_000, now: () => time },
    (event) => events.push(event),
  );
  return { schedule, written, writes, events, advance: (ms: number) => (time += ms) };
}

describe('when a worker writes the folder-wide outputs', () => {
  afterEach(() => vi.useRealTimers());

  it('not after a batch while jobs wait and the interval has not passed; at once when it has', async () => {
    const { schedule, writes, advance } = scheduled();
    schedule.ran(folder('out'));
    await schedule.afterBatch(false);
    advance(29_999);
    schedule.ran(folder('out'));
    await schedule.afterBatch(false);
    expect(writes).toEqual([]);
    advance(1);
    await schedule.afterBatch(false);
    expect(writes).toEqual(['out']);
    // The interval counts from that write.
    schedule.ran(folder('out'));
    advance(10_000);
    await schedule.afterBatch(false);
    expect(writes).toEqual(['out']);
  });

  it('once the queue is idle, each folder a batch wrote into once, with its latest options', async () => {
    const { schedule, written } = scheduled();
    schedule.ran(folder('out'));
    schedule.ran(folder('elsewhere'));
    schedule.ran({ ...folder('out'), targetLangs: ['ar'] });
    await schedule.afterBatch(true);
    expect(written.map((options) => [options.outDir, options.targetLangs])).toEqual([
      ['out', ['ar']],
      ['elsewhere', ['fr']],
    ]);
    // Nothing due: an idle queue writes nothing again.
    await schedule.flush();
    await schedule.afterBatch(true);
    expect(written).toHaveLength(2);
  });

  it('on close, what is due', async () => {
    const { schedule, writes } = scheduled();
    schedule.ran(folder('out'));
    await schedule.afterBatch(false);
    expect(writes).toEqual([]);
    await schedule.close();
    expect(writes).toEqual(['out']);
  });

  it('again at once while the store changed under the write, then after the interval', async () => {
    vi.useFakeTimers();
    const { schedule, writes, events } = scheduled([false, false, false, false, true]);
    schedule.ran(folder('out'));
    await schedule.afterBatch(true);
    expect(writes).toEqual(['out', 'out', 'out']);
    expect(events).toEqual([{ out: 'out', current: false }, { out: 'out', current: false }, { out: 'out', current: false }]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(writes).toHaveLength(5);
    expect(events.at(-1)).toEqual({ out: 'out', current: true });
    // Current now: no more writes.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toHaveLength(5);
  });

  it('after the interval when a write fails, its error told', async () => {
    vi.useFakeTimers();
    const { schedule, writes, events } = scheduled([new Error('EACCES: out/report.json')]);
    schedule.ran(folder('out'));
    await schedule.afterBatch(true);
    expect(events).toEqual([{ out: 'out', error: 'EACCES: out/report.json' }]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(writes).toEqual(['out', 'out']);
    expect(events.at(-1)).toEqual({ out: 'out', current: true });
  });
});
