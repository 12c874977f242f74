/**
 * The inbox on disk: the adapter under the watch loop. Every move is a rename within one folder
 * tree, so a story is always whole in exactly one place: the inbox, `.processing/` (claimed),
 * `done/` or `failed/` (with its error file, written whole before the story moves beside it).
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSighting } from './stability.js';
import {
  claimedFileName,
  DONE_FOLDER,
  ERROR_SUFFIX,
  FAILED_FOLDER,
  freeName,
  PROCESSING_FOLDER,
  readClaimedFileName,
  type ClaimedName,
} from './claim-names.js';

/** A story claimed by this watcher (or by one before a restart). */
export interface ClaimedStory extends ClaimedName {
  readonly path: string;
}

export interface Inbox {
  /** Makes the processing, done and failed folders. */
  prepare(): Promise<void>;
  /** The regular files directly in the inbox. */
  list(): Promise<FileSighting[]>;
  /** Claims `name`; undefined when it is gone (taken away before the claim). */
  claim(claim: ClaimedName): Promise<ClaimedStory | undefined>;
  /** Stories claimed and not finished, oldest claim first: taken again after a restart. */
  claimed(): Promise<ClaimedStory[]>;
  /** Moves a claimed story to done/ (or failed/, with `error(where it goes)` in its error file); returns where it went. */
  finish(story: ClaimedStory, outcome: 'done' | 'failed', error?: (path: string) => string): Promise<string>;
  /** Puts a claimed story back in the inbox under its name (left claimed if a new file took that name). */
  release(story: ClaimedStory): Promise<void>;
}

export function diskInbox(root: string): Inbox {
  const processing = join(root, PROCESSING_FOLDER);
  return {
    async prepare() {
      for (const folder of [processing, join(root, DONE_FOLDER), join(root, FAILED_FOLDER)]) await mkdir(folder, { recursive: true });
    },
    async list() {
      const entries = await readdir(root, { withFileTypes: true });
      const sightings = await Promise.all(
        entries
          .filter((entry) => entry.isFile())
          .map(async (entry): Promise<FileSighting | undefined> => {
            const stats = await stat(join(root, entry.name)).catch(() => undefined);
            return stats === undefined ? undefined : { name: entry.name, size: stats.size, mtimeMs: stats.mtimeMs };
          }),
      );
      return sightings.filter((sighting): sighting is FileSighting => sighting !== undefined);
    },
    async claim(claim) {
      const path = join(processing, claimedFileName(claim));
      try {
        await rename(join(root, claim.name), path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      return { ...claim, path };
    },
    async claimed() {
      const names = await readdir(processing);
      return names
        .flatMap((fileName) => {
          const claim = readClaimedFileName(fileName);
          return claim === undefined ? [] : [{ ...claim, path: join(processing, fileName) }];
        })
        .sort((a, b) => a.claimedAt - b.claimedAt);
    },
    async finish(story, outcome, error) {
      const folder = join(root, outcome === 'done' ? DONE_FOLDER : FAILED_FOLDER);
      const present = new Set(await readdir(folder));
      const name = freeName(story.name, (candidate) => present.has(candidate) || present.has(candidate + ERROR_SUFFIX));
      const destination = join(folder, name);
      if (outcome === 'failed') {
        // Written whole under a temporary name first: a reader never sees half an error file.
        const temporary = join(processing, `.${name}${ERROR_SUFFIX}.tmp`);
        await writeFile(temporary, `${error?.(destination) ?? 'failed'}\n`);
        await rename(temporary, join(folder, name + ERROR_SUFFIX));
      }
      await rename(story.path, destination);
      return destination;
    },
    async release(story) {
      const back = join(root, story.name);
      if (await exists(back)) return;
      await rename(story.path, back);
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
