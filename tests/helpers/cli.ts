import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository, from tests/helpers or from its compiled copy in dist/tests/helpers (benchmarks spawn workers through these helpers). */
export const repoRoot = fileURLToPath(new URL(import.meta.url.includes('/dist/tests/') ? '../../..' : '../..', import.meta.url));
export const binPath = join(repoRoot, 'bin', 'wire-l10n.js');
export const sampleName = 'baghdad-2024-11-23-islamic-resistance.txt';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the real CLI as a user would (node bin/wire-l10n.js …), without the caller's DeepL settings. */
export function runCli(args: readonly string[], options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    if (!options.env || !('DEEPL_AUTH_KEY' in options.env)) delete env['DEEPL_AUTH_KEY'];
    const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Starts the CLI and SIGKILLs it after `delayMs` (or lets it finish first): 'killed' or its exit status. */
export function runAndKill(folder: string, args: readonly string[], delayMs: number, env: NodeJS.ProcessEnv = {}): Promise<'killed' | number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: folder, stdio: 'ignore', env: { ...process.env, ...env } });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : code);
    });
  });
}

/** A scratch project: the repo's sample story and glossary copied into a fresh temporary folder. */
export async function scratchProject(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-e2e-'));
  await cp(join(repoRoot, 'samples'), join(folder, 'samples'), { recursive: true });
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  return folder;
}

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
