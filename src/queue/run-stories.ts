/**
 * A worker's batch of queued stories through one `runJob`, each story read from the bytes its job
 * carries, and what became of each. A story older than the version whose outputs are there fails
 * first (the job itself refuses it only from another file: a job queued before the newer version
 * and run after it may name the same file). A batch the job refuses as a whole (two versions of
 * one story, a story whose language is a target) is run again story by story, so one story's
 * error fails it alone, as watch does. The folder-wide outputs (report.json, the review index) are
 * left to the worker (`FolderSchedule`).
 */
import { InputError, UsageError } from '../errors.js';
import { readStory } from '../formats/index.js';
import { runJob, type RunServices } from '../job/run.js';
import { storyOutcomes, type StoryOutcome } from '../job/story-outcomes.js';
import type { StoryOwners } from '../store/store.js';
import type { StoryJobData } from './story-job.js';

/** Runs `stories` (all with the same options) as one job; their outcomes in their order. */
export async function runQueuedStories(stories: readonly StoryJobData[], services: RunServices): Promise<StoryOutcome[]> {
  const outcomes = new Map<StoryJobData, StoryOutcome>();
  for (const data of stories) {
    const error = await olderThanItsOutputs(data, services.store.stories);
    if (error !== undefined) outcomes.set(data, { kind: 'failed', error });
  }
  const due = stories.filter((data) => !outcomes.has(data));
  if (due.length > 0) (await runTogether(due, services)).forEach((outcome, i) => outcomes.set(due[i]!, outcome));
  return stories.map((data) => outcomes.get(data)!);
}

async function runTogether(stories: readonly StoryJobData[], services: RunServices): Promise<StoryOutcome[]> {
  // The folder's outputs are the worker's to write, when its queue is idle (FolderSchedule).
  const options = { ...stories[0]!.options, inputs: stories.map(({ story }) => story.input), deferFolderOutputs: true };
  // Before any story: an engine this worker cannot build (no key here) is the worker's problem, not
  // the stories'; the error fails the jobs for a retry, on this worker or one that can.
  services.engine(options.engine);
  const bytes = new Map(stories.map(({ story }) => [story.input, Buffer.from(story.bytes, 'base64')]));
  const fromJobs: RunServices = {
    ...services,
    readArticle: async (path, format) => {
      const carried = bytes.get(path);
      return carried === undefined ? services.readArticle(path, format) : readStory(carried, path, format === undefined ? {} : { format });
    },
  };
  try {
    const result = await runJob(options, fromJobs);
    const outcomes = storyOutcomes(result, options.inputs);
    return options.inputs.map((input) => outcomes.get(input)!);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof UsageError)) throw error;
    if (stories.length === 1) return [{ kind: 'failed', error }];
    const apart: StoryOutcome[] = [];
    for (const story of stories) apart.push(...(await runQueuedStories([story], services)));
    return apart;
  }
}

/** The error of a story whose id's outputs are of a newer version, else undefined. */
async function olderThanItsOutputs({ story }: StoryJobData, owners: StoryOwners): Promise<InputError | undefined> {
  const owner = await owners.get(story.id);
  if (owner === undefined || owner.version <= story.version) return undefined;
  return new InputError(`article id "${story.id}" has the outputs of version ${owner.version} (${owner.inputKey}); this is version ${story.version}`, { file: story.input, line: 1 }, {
    hint: 'nothing to do: the newer version stays published',
  });
}
