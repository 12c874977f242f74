/**
 * The CLI as a process: a reader closing the pipe, and Ctrl-C / SIGTERM. Before, the first ended
 * in an EPIPE stack trace (exit 1) and the others in a silent death by signal.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, sampleName, scratchProject } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const authKey = 'signal-test-key:fx';
const fakeDeepL = fakeDeepLPerTest({ authKey });

function start(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { child: ChildProcessWithoutNullStreams; stderr: () => string; exit: Promise<[number | null, string | null]> } {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = once(child, 'close') as Promise<[number | null, string | null]>;
  return { child, stderr: () => stderr, exit };
}

describe('the CLI as a process (spawned)', () => {
  it('exits quietly when the reader of its output goes away (segment | head -1)', async () => {
    const { child, stderr, exit } = start(['segment']);
    child.stdin.end('The talks resumed on Monday. '.repeat(100_000));
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, 'line')) as [string];
    expect(first).toBe('The talks resumed on Monday.');
    child.stdout.destroy(); // what `head -1` does after its line
    const [code] = await exit;
    expect(stderr()).toBe('');
    expect(code).toBe(0);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops on %s with status %i, saying what is kept and that a re-run resumes', async (signal, status) => {
    const { child, stderr, exit } = start(['segment', '--jsonl']);
    const answers = createInterface({ input: child.stdout });
    child.stdin.write(`${JSON.stringify('It started. It is running.')}\n`);
    await once(answers, 'line'); // started and working: now stop it
    child.kill(signal);
    const [code] = await exit;
    expect(code).toBe(status);
    expect(stderr()).toContain(`wire-l10n: stopped by ${signal}: everything already stored (engine results, imported files) is kept`);
    expect(stderr()).toContain('run the same command again to resume');
  });

  it('ends its JSON lines with an error event when stopped by a signal under --json', async () => {
    const fake = await fakeDeepL();
    fake.faults.latency(60_000); // every request hangs: the job is sending when it is stopped
    const project = await scratchProject();
    const { child, exit } = start(['run', `samples/${sampleName}`, '--to', 'fr', '--json'], {
      cwd: project,
      env: { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: fake.url },
    });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
    await once(reader, 'line'); // the first event: the job has started
    child.kill('SIGTERM');
    const [code] = await exit;
    expect(code).toBe(143);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ event: 'error', code: 'interrupted', exit: 143 });
  });
});
