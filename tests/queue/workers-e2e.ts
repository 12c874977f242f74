/** The CLI as worker tests run it: spawned processes with their JSON events, projects of generated stories, outputs by hash. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { binPath, repoRoot } from '../helpers/cli.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';

export interface SpawnedCli {
  readonly child: ChildProcess;
  readonly events: Array<Record<string, unknown>>;
  readonly stderr: () => string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The CLI running `args` with --json, its events collected as they come; without the caller's DeepL key unless `extraEnv` gives one. */
export function startCli(project: string, args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): SpawnedCli {
  const env = { ...process.env };
  delete env['DEEPL_AUTH_KEY'];
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [binPath, ...args, '--json'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: Array<Record<string, unknown>> = [];
  let stderr = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.trim() !== '') events.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, events, stderr: () => stderr, exit };
}

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

/** Every file of out/ and locales/ by its path in the project, as its sha256. */
export async function outputs(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const top of ['out', 'locales']) {
    for (const name of await readdir(join(folder, top), { recursive: true })) {
      const path = join(folder, top, name);
      if ((await stat(path)).isFile()) result[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  return result;
}
