/**
 * The stories a batch names: a file, a folder (its story files), or a glob (`'inbox/*.txt'`, quoted
 * so that the shell leaves it alone: a feed of thousands of stories exceeds what a command line
 * holds). A folder or a pattern gives its files by name, in code-unit order, written the way a
 * shell would write them (`inbox/a.txt`), so that a story keeps its input key — its outputs' owner
 * — however the batch named it.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';

/** Extensions of the files a folder gives as stories: plain text, ninjs, NITF, HTML. */
export const STORY_EXTENSIONS = ['.txt', '.json', '.xml', '.html', '.htm'] as const;

export async function expandStoryInputs(inputs: readonly string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) expanded.push(...(await storiesOf(input)));
  return expanded;
}

async function storiesOf(input: string): Promise<string[]> {
  const kind = await kindOf(input);
  if (kind === 'folder') return folderStories(input);
  // A file whose name has glob characters is that file.
  if (kind === 'missing' && isDynamicPattern(input)) return matchingStories(input);
  return [input];
}

async function kindOf(path: string): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/** The folder's story files (not its subfolders, nor hidden or half-written files). */
async function folderStories(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && STORY_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension)))
    .map((entry) => entry.name)
    // Code-unit order, whatever the locale (the default sort of strings).
    .sort();
  if (names.length === 0) {
    throw new UsageError(`${folder}: the folder holds no story file (${STORY_EXTENSIONS.join(', ')})`, {
      hint: 'give story files, a folder of them, or a quoted pattern such as "inbox/*.txt"',
    });
  }
  return names.map((name) => within(folder, name));
}

/** The files the pattern matches, each written from the pattern's fixed folder as the pattern wrote it. */
async function matchingStories(pattern: string): Promise<string[]> {
  const segments = pattern.split(/[\\/]/u);
  const fixed = segments.findIndex((segment) => isDynamicPattern(segment));
  const base = segments.slice(0, fixed).join('/') || (isAbsolute(pattern) ? '/' : '.');
  const matches = await glob([segments.slice(fixed).join('/')], { cwd: base, onlyFiles: true, expandDirectories: false });
  if (matches.length === 0) {
    throw new UsageError(`no story file matches ${pattern}`, { hint: 'check the pattern; quote it so that the shell does not expand it first' });
  }
  const prefix = fixed === 0 ? '' : base;
  return matches.sort().map((match) => (prefix === '' ? match : within(prefix, match)));
}

function within(folder: string, name: string): string {
  return folder.endsWith('/') || folder.endsWith(sep) ? `${folder}${name}` : `${folder}/${name}`;
}
