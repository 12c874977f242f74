import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { RunResult } from '../../src/job/run.js';
import { storiesRun } from '../../src/job/story-outcomes.js';
import type { Article, Urgency } from '../../src/model.js';
import type { StoryOwner } from '../../src/store/store.js';
import { claimedFileName } from '../../src/watch/claim-names.js';
import type { WatchEvent } from '../../src/watch/events.js';
import type { ClaimedStory, Inbox } from '../../src/watch/inbox.js';
import { watchInbox, type WatchSettings } from '../../src/watch/index.js';
import { articleOf } from '../helpers/builders.js';

const settings: WatchSettings = { inbox: 'inbox', settleMs: 1000, pollMs: 250, jobSize: 2, retryMs: 30_000 };

/** What a story file holds in the fake inbox: its article (path filled in when read), or the error reading it gives. */
type Content = Partial<Article> | ((path: string) => InputError);

/** The watch loop over an inbox, a job and a clock in memory; `script` runs at every wait, with the time. */
function fakeWatch(options: {
  claimedBefore?: Array<[string, Content]>;
  script: (now: number, world: World) => void;
  /** What the job does with these stories: refuse them (an error), or finish with this result. */
  job?: (names: readonly string[]) => Error | Partial<RunResult> | undefined;
}) {
  const world = new World();
  for (const [index, [name, content]] of (options.claimedBefore ?? []).entries()) {
    const claim = { name, claimedAt: index + 1 };
    world.contents.set(name, content);
    world.claimed.set(`.processing/${claimedFileName(claim)}`, { ...claim, path: `.processing/${claimedFileName(claim)}` });
  }
  const stop = new AbortController();
  world.stop = () => stop.abort();
  const inbox: Inbox = {
    prepare: async () => {},
    list: async () => [...world.arrived].map(([name, { size, mtimeMs }]) => ({ name, size, mtimeMs })),
    claim: async (claim) => {
      if (!world.arrived.delete(claim.name)) return undefined;
      const story: ClaimedStory = { ...claim, path: `.processing/${claimedFileName(claim)}` };
      world.claimed.set(story.path, story);
      return story;
    },
    claimed: async () => [...world.claimed.values()].sort((a, b) => a.claimedAt - b.claimedAt),
    finish: async (story, outcome, error) => {
      world.claimed.delete(story.path);
      const to = `${outcome}/${story.name}`;
      if (outcome === 'failed') world.failed.set(story.name, error!(to));
      else world.done.push(story.name);
      return to;
    },
    release: async (story) => {
      world.claimed.delete(story.path);
      world.released.push(story.name);
    },
  };
  const nameOf = (path: string) => world.claimed.get(path)!.name;
  /** What the job does with these stories: refuse them, or finish (withdrawals, embargoes as a real job reports them). */
  const fakeJob = async (paths: readonly string[]): Promise<RunResult> => {
    world.jobs.push(paths.map(nameOf));
    const outcome = options.job?.(paths.map(nameOf));
    if (outcome instanceof Error) throw outcome;
    const notices = paths.map((path) => world.contents.get(nameOf(path)) as Partial<Article>).filter((content) => content.pubStatus !== undefined);
    if (notices.length > 0) return jobResult({ withdrawn: notices.map((notice) => ({ articleId: notice.id!, inputKey: 'earlier', files: ['out/x.fr.txt'] })) });
    // The job holds a story whose embargo is still to come, and says so in its report.
    const embargoed = paths.flatMap((path) => {
      const until = (world.contents.get(nameOf(path)) as Partial<Article>).embargoedUntil;
      return until !== undefined && Date.parse(until) > world.now ? [{ articleId: nameOf(path), source: path, until }] : [];
    });
    for (const path of paths) {
      const content = world.contents.get(nameOf(path)) as Partial<Article>;
      world.owners.set(content.id ?? nameOf(path), { inputKey: path, version: content.version ?? 1 });
    }
    return { ...jobResult(outcome), report: { attention: { embargoed } } as unknown as RunResult['report'] };
  };
  const run = watchInbox(
    settings,
    {
      inbox,
      readArticle: async (path) => {
        const content = world.contents.get(nameOf(path))!;
        if (typeof content === 'function') throw content(path);
        return articleOf([['headline', 'A headline'], ['paragraph', 'A paragraph.']], { id: nameOf(path), ...content, source: { path, format: 'text' } });
      },
      // The fake job's result, read as watch reads a real one.
      runStories: async (paths) => storiesRun(await fakeJob(paths), paths),
      owners: {
        get: async (id) => world.owners.get(id),
        put: async (id, owner) => void world.owners.set(id, owner),
      },
      now: () => world.now,
      wait: async (ms) => {
        world.now += ms;
        options.script(world.now, world);
      },
      emit: (event) => world.events.push(event),
    },
    stop.signal,
  );
  return { world, run };
}

class World {
  now = 0;
  readonly arrived = new Map<string, { size: number; mtimeMs: number }>();
  readonly contents = new Map<string, Content>();
  readonly claimed = new Map<string, ClaimedStory>();
  readonly owners = new Map<string, StoryOwner>();
  readonly jobs: string[][] = [];
  readonly done: string[] = [];
  readonly failed = new Map<string, string>();
  readonly released: string[] = [];
  readonly events: WatchEvent[] = [];
  stop: () => void = () => {};

  /** A file appears (or grows) in the inbox. */
  write(name: string, content: Content, size = 100): void {
    this.contents.set(name, content);
    this.arrived.set(name, { size, mtimeMs: this.now });
  }

  kinds(): string[] {
    return this.events.map((event) => ('file' in event ? `${event.event} ${event.file}` : event.event));
  }
}

function jobResult(patch: Partial<RunResult> = {}): RunResult {
  return {
    report: { attention: { embargoed: [] } } as unknown as RunResult['report'],
    workload: {},
    written: [],
    writtenCount: 0,
    skipped: 0,
    removed: [],
    failures: [],
    stats: { fromLedger: 0, fromTm: 0, fromCache: 0, unitsSent: 0, requests: 0, charactersSent: 0, billed: {} },
    failedInputs: [],
    withdrawn: [],
    ...patch,
  };
}

const urgent = (urgency: Urgency, extra: Partial<Article> = {}): Partial<Article> => ({ urgency, ...extra });

describe('the watch loop', () => {
  it('takes files once settled, most urgent first, a job at a time; a bad story fails with its file:line at its new place', async () => {
    const { world, run } = fakeWatch({
      script: (now, world) => {
        if (now === 250) {
          world.write('routine.txt', urgent(5));
          world.write('flash.txt', urgent(1));
          world.write('bulletin.txt', urgent(2));
          world.write('broken.txt', (path) => new InputError('front matter `urgency` must be a whole number from 1 to 8, got 9', { file: path, line: 2 }));
          world.write('slow.txt', urgent(1), 10);
        }
        if (now === 750) world.write('slow.txt', urgent(1), 20); // still being written
        if (now === 5000) world.stop();
      },
    });
    await run;
    expect(world.jobs).toEqual([['flash.txt', 'bulletin.txt'], ['routine.txt'], ['slow.txt']]);
    expect(world.done.sort()).toEqual(['bulletin.txt', 'flash.txt', 'routine.txt', 'slow.txt']);
    expect(world.failed).toEqual(new Map([['broken.txt', 'failed/broken.txt:2: front matter `urgency` must be a whole number from 1 to 8, got 9']]));
    expect(world.claimed.size).toBe(0);
    expect(world.kinds()).toEqual([
      'watching',
      'idle',
      'failed broken.txt',
      'picked flash.txt',
      'picked bulletin.txt',
      'done flash.txt',
      'done bulletin.txt',
      'picked routine.txt',
      'done routine.txt',
      'picked slow.txt',
      'done slow.txt',
      'idle',
      'stopped',
    ]);
  });

  it('takes the stories claimed before a restart first, and moves each to done once', async () => {
    const { world, run } = fakeWatch({
      claimedBefore: [['left-a.txt', {}], ['left-b.txt', {}]],
      script: (now, world) => {
        if (now === 250) world.write('new.txt', urgent(1));
        if (now === 3000) world.stop();
      },
    });
    await run;
    expect(world.events[0]).toEqual({ event: 'watching', inbox: 'inbox', resumed: 2 });
    expect(world.jobs).toEqual([['left-a.txt', 'left-b.txt'], ['new.txt']]);
    expect(world.done).toEqual(['left-a.txt', 'left-b.txt', 'new.txt']);
  });

  it('holds a story its embargo keeps from the engine and runs it again when it lifts; then done', async () => {
    const lift = new Date(20_000).toISOString();
    const { world, run } = fakeWatch({
      claimedBefore: [['embargoed.txt', { embargoedUntil: lift }], ['free.txt', {}]],
      script: (now, world) => {
        if (now >= 25_000) world.stop();
      },
    });
    await run;
    expect(world.jobs).toEqual([['embargoed.txt', 'free.txt'], ['embargoed.txt']]);
    expect(world.events).toContainEqual({ event: 'embargoed', file: 'embargoed.txt', id: 'embargoed.txt', until: lift });
    expect(world.done).toEqual(['free.txt', 'embargoed.txt']);
    // Woken for the lift, not a poll later.
    expect(world.now).toBeGreaterThanOrEqual(25_000);
  });

  it('on stop, finishes the job under way and puts back the stories it has not started (a held one too)', async () => {
    const { world, run } = fakeWatch({
      claimedBefore: [['a.txt', {}], ['b.txt', {}], ['c.txt', {}], ['held.txt', { embargoedUntil: new Date(999_999).toISOString() }]],
      script: () => {},
      job: (names) => {
        if (names.includes('a.txt')) world.stop();
        return undefined;
      },
    });
    await run;
    expect(world.jobs).toEqual([['a.txt', 'b.txt']]);
    expect(world.done).toEqual(['a.txt', 'b.txt']);
    expect(world.released.sort()).toEqual(['c.txt', 'held.txt']);
    expect(world.events.at(-1)).toEqual({ event: 'stopped', released: 2 });
  });

  it('runs a job the job refuses story by story, so only the story at fault fails', async () => {
    const { world, run } = fakeWatch({
      claimedBefore: [['good.txt', {}], ['french.txt', {}]],
      script: (now, world) => {
        if (now === 1000) world.stop();
      },
      job: (names) => (names.includes('french.txt') ? new InputError('written in fr; a target language must differ', { file: 'x', line: 1 }) : undefined),
    });
    await run;
    expect(world.jobs).toEqual([['good.txt', 'french.txt'], ['good.txt'], ['french.txt']]);
    expect(world.done).toEqual(['good.txt']);
    expect([...world.failed.keys()]).toEqual(['french.txt']);
  });

  it('fails an older version of a story whose newer one is out, replaces an older one with a correction, and withdraws on a kill', async () => {
    const { world, run } = fakeWatch({
      script: (now, world) => {
        if (now === 250) world.write('v2.txt', { id: 'story', version: 2 });
        if (now === 2500) world.write('v1.txt', { id: 'story', version: 1 });
        if (now === 5000) world.write('v3.txt', { id: 'story', version: 3 });
        if (now === 7500) world.write('kill.txt', { id: 'story', version: 4, pubStatus: 'withdrawn' });
        if (now === 10_000) world.stop();
      },
    });
    await run;
    expect(world.kinds().filter((kind) => kind !== 'idle' && !kind.startsWith('picked'))).toEqual([
      'watching',
      'done v2.txt',
      'failed v1.txt',
      'corrected v3.txt',
      'withdrawn kill.txt',
      'stopped',
    ]);
    expect(world.failed.get('v1.txt')).toMatch(/belongs to \.processing\/\d+-v2\.txt \(version 2\)/);
    expect(world.events).toContainEqual(expect.objectContaining({ event: 'corrected', version: 3, replaces: expect.stringMatching(/v2\.txt$/) }));
    expect(world.events).toContainEqual(expect.objectContaining({ event: 'withdrawn', id: 'story', removed: 1 }));
  });

  it('tries a story again after the retry time when the engine did not finish it, and then moves it to done', async () => {
    let jobs = 0;
    const { world, run } = fakeWatch({
      claimedBefore: [['a.txt', {}]],
      script: (now, world) => {
        if (now >= 40_000) world.stop();
      },
      job: () => (++jobs === 1 ? { failures: [{ unitId: 'a.txt:p1.s1', targetLang: 'fr', reason: 'server error' }] } : undefined),
    });
    await run;
    expect(world.jobs).toEqual([['a.txt'], ['a.txt']]);
    expect(world.events).toContainEqual({ event: 'retry', file: 'a.txt', id: 'a.txt', at: new Date(30_000).toISOString(), reason: '1 units could not be translated' });
    expect(world.done).toEqual(['a.txt']);
  });
});
