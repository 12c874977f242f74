/**
 * A queued story: what a job carries (plain JSON) and how its id is made. The data holds the story
 * as it was enqueued — its path, as the job names it in outputs and records, and its bytes, so a
 * worker on a host without the folder, or after watch moved the file, reads the same story — and the
 * job's options (`RunOptions` without inputs: plain data, the engine by its settings, never a key).
 * Workers check the data with `storyJobSchema` before running it.
 */
import { z } from 'zod';
import { projectConfigSchema } from '../cli/config-schema.js';
import { readStoryFile } from '../io/read-input.js';
import type { RunOptions } from '../job/run.js';
import { sourceFormats } from '../model.js';
import { bundleFormats } from '../render/bundle.js';
import { xliffVersions } from '../xliff/index.js';

/** The job's options as queued: a story's job runs on that story alone (with the others of its batch). */
export type QueuedRunOptions = Omit<RunOptions, 'inputs'>;

export interface StoryJobData {
  readonly story: {
    /** The path the story was enqueued as: how outputs, records and messages name it. */
    readonly input: string;
    readonly id: string;
    readonly version: number;
    /** The story's bytes, base64. */
    readonly bytes: string;
  };
  readonly options: QueuedRunOptions;
}

/** BullMQ's name for our jobs (one kind). */
export const STORY_JOB_NAME = 'story';

/**
 * The job's id: the story's id and version, so enqueuing a story twice is one job and a newer
 * version a new one. BullMQ ids may not hold `:`, nor be integers: the id is URI-encoded and the
 * version follows an `@v`.
 */
export function storyJobId(story: { readonly id: string; readonly version: number }): string {
  return `${encodeURIComponent(story.id)}@v${story.version}`;
}

/** A story read from disk as its job: its path, identity and bytes, with the options it is run with. */
export async function readStoryJob(input: string, options: QueuedRunOptions): Promise<StoryJobData> {
  const { bytes, article } = await readStoryFile(input, options.format === undefined ? {} : { format: options.format });
  return { story: { input, id: article.id, version: article.version, bytes: bytes.toString('base64') }, options };
}

const positive = z.number().positive();
const count = z.int().min(1);

// The config sections are checked as wire-l10n.json's own schema checks them: the options came from it.
const { houseStyle, xliff } = projectConfigSchema.shape;

const queuedOptionsSchema = z.strictObject({
  outDir: z.string().min(1),
  localesDir: z.string().min(1),
  format: z.enum(['auto', ...sourceFormats]).optional(),
  targetLangs: z.array(z.string().min(1)).min(1),
  glossaryPath: z.string().min(1),
  engine: z.strictObject({
    name: z.string().min(1),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    origin: z.enum(['mt', 'pseudo', 'tm', 'human']).optional(),
    offline: z.boolean(),
  }),
  xliffVersions: z.array(z.enum(xliffVersions)),
  xliffSizeLimits: xliff.unwrap().shape.sizeLimits,
  houseStyle,
  review: z.boolean().optional(),
  bundleFormat: z.enum(bundleFormats).optional(),
  allowPartial: z.boolean(),
  concurrency: count,
  fuzzyThreshold: positive.max(100),
  dryRun: z.literal(false).optional(),
  maxCharacters: count.optional(),
  maxRequestsPerSecond: positive.optional(),
  retry: z
    .strictObject({ maxAttempts: count, baseDelayMs: z.int().min(0), maxDelayMs: z.int().min(0), maxRetryAfterMs: z.int().min(0), maxWaitMs: z.int().min(0) })
    .partial()
    .optional(),
  embargoEngines: z.array(z.string()).optional(),
  windowSize: count.optional(),
});

export const storyJobSchema = z.strictObject({
  story: z.strictObject({
    input: z.string().min(1),
    id: z.string().min(1),
    version: z.int().min(1),
    bytes: z.base64(),
  }),
  options: queuedOptionsSchema,
});

/** The job's data checked; a message naming each problem by its path (`options.engine.name: …`) when it does not parse. */
export function parseStoryJob(data: unknown): { data: StoryJobData } | { problem: string } {
  const parsed = storyJobSchema.safeParse(data);
  if (parsed.success) return { data: parsed.data satisfies StoryJobData };
  return { problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'data'}: ${issue.message}`).join('; ') };
}

/** The story a job's data names, as far as it can be read (the data may be what failed). */
export function storyInput(data: unknown): string {
  const story = typeof data === 'object' && data !== null ? (data as { story?: { input?: unknown } }).story : undefined;
  return typeof story?.input === 'string' ? story.input : '(unknown story)';
}
