/** Projects as worker tests use them: generated stories with the termbase, a copy for a reference run, and waiting on the queue. */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';

/** Polls `condition` every `everyMs` until it holds; fails after 60 s. */
export async function until(condition: () => Promise<boolean>, everyMs = 50): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the queue');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function projectWithStories(count: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-queue-'));
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  await mkdir(join(folder, 'stories'));
  await Promise.all(generateStories(count).map((story) => writeFile(join(folder, 'stories', `${story.name}.txt`), storyText(story))));
  return folder;
}

/** The same stories and termbase in another folder, nothing run yet. */
export async function copyProject(folder: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'wire-l10n-queue-reference-'));
  for (const part of ['glossary', 'stories']) await cp(join(folder, part), join(copy, part), { recursive: true });
  return copy;
}
