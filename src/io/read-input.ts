import { InputError } from '../errors.js';
import { readStory, type ReadStoryOptions } from '../formats/index.js';
import type { Article } from '../model.js';
import { readRegularFile } from './read-file.js';

/** Largest story file read: wire stories are a few KiB; this keeps a wrong path (a dump, a device) from filling memory. */
export const STORY_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Reads a wire story from disk and ingests it; every failure is an InputError naming the path.
 * Only regular files up to STORY_MAX_BYTES are read.
 */
export async function readArticle(path: string, options: ReadStoryOptions = {}): Promise<Article> {
  return (await readStoryFile(path, options)).article;
}

/** As readArticle, with the bytes the story was read from (a queued job carries them to its worker). */
export async function readStoryFile(path: string, options: ReadStoryOptions = {}): Promise<{ bytes: Buffer; article: Article }> {
  const bytes = readRegularFile(path, { maxBytes: STORY_MAX_BYTES, kind: 'a story file', sizeHint: 'a wire story is a few KiB: check the path' }, (problem) => {
    throw new InputError(problem.message, { file: path }, problem);
  });
  return { bytes, article: readStory(bytes, path, options) };
}
