/**
 * watch — the loop behind `wire-l10n watch inbox/`: polls the inbox, claims each story once it is
 * whole (stability.ts), reads it, and runs the most urgent waiting stories (queue.ts) a few at a
 * time through the job, one job after another, all through the same store and engine; then moves
 * each story to done/ or failed/. A kill or withdrawal takes its story's outputs away; a story its
 * embargo holds from the engine, or one the engine did not finish, stays claimed and is run again
 * when due. On stop, the job under way finishes and the stories not started go back to the inbox.
 *
 * The disk, the job, the store's story owners and the clock come in as services (`WatchServices`),
 * so the loop runs in tests on fakes. After a restart, stories still claimed are taken again: the
 * job skips a story whose outputs were complete (its output record), so nothing is done twice.
 */
import { formatLocation, InputError, UsageError, type WireL10nError } from '../errors.js';
import type { Article } from '../model.js';
import { assertOwnIds } from '../job/story-identity.js';
import { isWithdrawal } from '../job/withdraw.js';
import type { StoryOutcome } from '../job/story-outcomes.js';
import type { StoryOwner, StoryOwners } from '../store/store.js';
import type { WatchEvent } from './events.js';
import type { ClaimedStory, Inbox } from './inbox.js';
import { nextJob, nextWake, type QueuedStory } from './queue.js';
import { observeFiles, type Settling } from './stability.js';

export interface WatchSettings {
  /** The inbox, for messages. */
  readonly inbox: string;
  /** How long a file's size and time must stay the same before it is taken, in ms. */
  readonly settleMs: number;
  /** How often the inbox is looked at when nothing wakes the loop sooner, in ms. */
  readonly pollMs: number;
  /** Most stories in one job (their engine requests are packed together). */
  readonly jobSize: number;
  /** How long a story the engine did not finish (a stop, failed units) waits before it is run again, in ms. */
  readonly retryMs: number;
}

/** What became of a story the watcher handed on: run here, or queued for workers (`watch --queue`), which is all the watcher does with it. */
export type HandedOutcome = StoryOutcome | { readonly kind: 'queued' };

/** What became of each story of a job (by path), and how many output files its withdrawals removed. */
export interface StoriesHanded {
  readonly outcomes: ReadonlyMap<string, HandedOutcome>;
  readonly removedFiles: number;
}

export interface WatchServices {
  readonly inbox: Inbox;
  readonly readArticle: (path: string) => Promise<Article>;
  /**
   * Runs the job on these claimed stories (a kill or withdrawal among them takes its story's outputs
   * away), or hands them to workers (`--queue`: each is done once queued); what became of each.
   */
  readonly runStories: (paths: readonly string[]) => Promise<StoriesHanded>;
  readonly owners: StoryOwners;
  readonly now: () => number;
  /**
   * Called each time the watcher has nothing left to run (before its `idle` event) and when it stops
   * (before `stopped`): what a job left for later is done now (`watch` writes report.json and the
   * review index). @default nothing
   */
  readonly whenIdle?: () => Promise<void>;
  /** Waits up to `ms`, or less when the inbox changes or the watch is asked to stop. */
  readonly wait: (ms: number) => Promise<void>;
  readonly emit: (event: WatchEvent) => void;
}

/** What the loop keeps of a story read: enough to order and check it (the job reads it again), so a backlog costs little memory. */
type StoryFacts = Pick<Article, 'id' | 'version' | 'source'>;

/** A claimed story read and waiting for its job. */
interface Waiting extends QueuedStory {
  readonly claim: ClaimedStory;
  readonly article: StoryFacts;
}

export async function watchInbox(settings: WatchSettings, services: WatchServices, stop: AbortSignal): Promise<void> {
  const { inbox, emit } = services;
  const queue: Waiting[] = [];
  await inbox.prepare();
  const resumed = await inbox.claimed();
  emit({ event: 'watching', inbox: settings.inbox, resumed: resumed.length });
  for (const claim of resumed) await admit(claim);

  let settling: ReadonlyMap<string, Settling> = new Map();
  let lastClaim = 0;
  let idle = false;
  while (!stop.aborted) {
    const step = observeFiles(settling, await inbox.list(), services.now(), settings.settleMs);
    settling = step.settling;
    if (step.stable.length > 0 || settling.size > 0) idle = false;
    for (const name of step.stable) {
      // Claim times only grow: they order stories and name claims.
      lastClaim = Math.max(services.now(), lastClaim + 1);
      const claim = await inbox.claim({ name, claimedAt: lastClaim });
      if (claim !== undefined) await admit(claim);
    }
    const job = nextJob(queue, services.now(), settings.jobSize);
    if (job.length > 0) {
      idle = false;
      await run(job);
      continue;
    }
    if (!idle && settling.size === 0) {
      idle = true;
      await services.whenIdle?.();
      emit({ event: 'idle' });
    }
    const now = services.now();
    const wake = nextWake(queue, now);
    await services.wait(Math.min(settings.pollMs, wake === undefined ? Infinity : wake - now));
  }
  for (const story of queue) await inbox.release(story.claim);
  await services.whenIdle?.();
  emit({ event: 'stopped', released: queue.length });

  /** Reads a claimed story: a bad one fails now, a withdrawal is carried out, any other waits for a job. */
  async function admit(claim: ClaimedStory): Promise<void> {
    let article: Article;
    try {
      article = await services.readArticle(claim.path);
    } catch (error) {
      if (isStoryError(error)) return fail(claim, error);
      throw error;
    }
    if (isWithdrawal(article)) return withdraw(claim, article);
    queue.push({
      claim,
      article: { id: article.id, version: article.version, source: article.source },
      path: claim.path,
      articleId: article.id,
      claimedAt: claim.claimedAt,
      ...(article.urgency === undefined ? {} : { urgency: article.urgency }),
    });
  }

  async function withdraw(claim: ClaimedStory, article: Article): Promise<void> {
    let removed: number;
    try {
      removed = (await services.runStories([claim.path])).removedFiles;
    } catch (error) {
      if (isStoryError(error)) return fail(claim, error);
      throw error;
    }
    // Versions still waiting are withdrawn with it: they are never published.
    for (const story of queue.filter((waiting) => waiting.articleId === article.id && waiting.article.version <= article.version)) {
      dequeue(story);
      const movedTo = await inbox.finish(story.claim, 'done');
      emit({ event: 'withdrawn', file: story.claim.name, id: article.id, removed: 0, movedTo });
    }
    const movedTo = await inbox.finish(claim, 'done');
    emit({ event: 'withdrawn', file: claim.name, id: article.id, removed, movedTo });
  }

  /** One job; a story it refuses alone fails alone (a job refusing several is run again story by story). */
  async function run(stories: readonly Waiting[]): Promise<void> {
    const due: Waiting[] = [];
    for (const story of stories) {
      try {
        // Known before the job: an older version of a story whose newer one is out fails here.
        await assertOwnIds([story.article], services.owners);
        due.push(story);
      } catch (error) {
        if (!isStoryError(error)) throw error;
        dequeue(story);
        await fail(story.claim, error);
      }
    }
    if (due.length === 0) return;
    for (const story of due) emit({ event: 'picked', file: story.claim.name, id: story.articleId, ...(story.urgency === undefined ? {} : { urgency: story.urgency }) });
    const owners = new Map<Waiting, StoryOwner | undefined>();
    for (const story of due) owners.set(story, await services.owners.get(story.articleId));
    let outcomes: StoriesHanded['outcomes'];
    try {
      ({ outcomes } = await services.runStories(due.map((story) => story.path)));
    } catch (error) {
      if (!isStoryError(error)) throw error;
      if (due.length > 1) {
        for (const story of due) await run([story]);
        return;
      }
      dequeue(due[0]!);
      return fail(due[0]!.claim, error);
    }
    const now = services.now();
    for (const story of due) {
      const outcome = outcomes.get(story.path)!;
      if (outcome.kind === 'failed') {
        dequeue(story);
        await fail(story.claim, outcome.error);
      } else if (outcome.kind === 'embargoed') {
        hold(story, Date.parse(outcome.until));
        emit({ event: 'embargoed', file: story.claim.name, id: story.articleId, until: outcome.until });
      } else if (outcome.kind === 'unfinished') {
        hold(story, now + settings.retryMs);
        emit({ event: 'retry', file: story.claim.name, id: story.articleId, at: new Date(now + settings.retryMs).toISOString(), reason: outcome.reason });
      } else {
        dequeue(story);
        const movedTo = await inbox.finish(story.claim, 'done');
        const earlier = owners.get(story);
        if (outcome.kind === 'queued') {
          emit({ event: 'queued', file: story.claim.name, id: story.articleId, movedTo });
        } else if (earlier !== undefined && earlier.inputKey !== story.path) {
          emit({ event: 'corrected', file: story.claim.name, id: story.articleId, version: story.article.version, replaces: earlier.inputKey, movedTo });
        } else {
          emit({ event: 'done', file: story.claim.name, id: story.articleId, movedTo });
        }
      }
    }
  }

  async function fail(claim: ClaimedStory, error: WireL10nError): Promise<void> {
    let why = error.describe();
    const movedTo = await inbox.finish(claim, 'failed', (path) => {
      why = describeAt(error, claim.path, path);
      return why + (error.hint ? `\nhint: ${error.hint}` : '');
    });
    emit({ event: 'failed', file: claim.name, error: why, movedTo });
  }

  function hold(story: Waiting, until: number): void {
    queue[queue.indexOf(story)] = { ...story, heldUntil: until };
  }

  function dequeue(story: Waiting): void {
    const index = queue.findIndex((waiting) => waiting.path === story.path);
    if (index !== -1) queue.splice(index, 1);
  }
}

/** `file:line: why`, naming the story where it now is rather than where it was claimed. */
function describeAt(error: WireL10nError, claimedPath: string, path: string): string {
  const { location } = error;
  if (location === undefined || location.file !== claimedPath) return error.describe();
  return `${formatLocation({ ...location, file: path })}: ${error.message}`;
}

/** An error about one story (it cannot be read, it is older than the story's outputs, its language is a target): that story fails, the watch goes on. */
function isStoryError(error: unknown): error is InputError | UsageError {
  return error instanceof InputError || error instanceof UsageError;
}
