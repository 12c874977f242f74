/**
 * What became of each story a job was given, for callers that take stories one by one and must
 * settle each (watch moves its file, a queue worker settles its job).
 */
import type { WireL10nError } from '../errors.js';
import type { RunResult } from './run.js';

export type StoryOutcome =
  /** Written (or up to date): nothing left to do. */
  | { readonly kind: 'done' }
  /** It could not be read or parsed: running it again will not help. */
  | { readonly kind: 'failed'; readonly error: WireL10nError }
  /** Its embargo kept it from the engine until `until` (ISO 8601): run it again then. */
  | { readonly kind: 'embargoed'; readonly until: string }
  /** The engine did not finish the job (a stop, failed units): run it again later; what was paid for is stored. */
  | { readonly kind: 'unfinished'; readonly reason: string };

/** Each input's outcome, by its path as the job was given it. */
export function storyOutcomes(result: RunResult, inputs: readonly string[]): Map<string, StoryOutcome> {
  const failed = new Map(result.failedInputs.map((failure) => [failure.path, failure.error]));
  // The job's own word on what an embargo held from its engine (report.json's embargoedUntil).
  const embargoes = new Map(result.report.attention.embargoed.map((story) => [story.source, story.until] as const));
  // A stop or failed units are the job's, not a story's: every story is run again (the finished
  // ones are skipped then, by their output records).
  const unfinished = result.stopped
    ? `the engine stopped (${result.stopped.reason}: ${result.stopped.message})`
    : result.failures.length > 0
      ? `${result.failures.length} units could not be translated`
      : undefined;
  const outcomes = new Map<string, StoryOutcome>();
  for (const input of inputs) {
    const error = failed.get(input);
    const until = embargoes.get(input);
    if (error !== undefined) outcomes.set(input, { kind: 'failed', error });
    else if (until !== undefined) outcomes.set(input, { kind: 'embargoed', until });
    else if (unfinished !== undefined) outcomes.set(input, { kind: 'unfinished', reason: unfinished });
    else outcomes.set(input, { kind: 'done' });
  }
  return outcomes;
}

/** What a watcher learns from a job on its stories: each one's outcome, and how many files withdrawals removed. */
export interface StoriesRun {
  readonly outcomes: ReadonlyMap<string, StoryOutcome>;
  readonly removedFiles: number;
}

export function storiesRun(result: RunResult, inputs: readonly string[]): StoriesRun {
  return { outcomes: storyOutcomes(result, inputs), removedFiles: result.withdrawn.reduce((sum, story) => sum + story.files.length, 0) };
}
