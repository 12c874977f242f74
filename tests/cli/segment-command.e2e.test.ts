import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli } from '../helpers/cli.js';

describe('wire-l10n segment (spawned)', () => {
  it('prints one segment per line', async () => {
    const text = 'Gen. Smith met Mr. Jones in Washington, D.C. on Friday. They talked for 2.5 hours.\n\nA new paragraph';
    const result = await runCli(['segment', '--lang', 'en'], { cwd: repoRoot, input: text });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Gen. Smith met Mr. Jones in Washington, D.C. on Friday.\nThey talked for 2.5 hours.\nA new paragraph\n',
    );
  });

  it('answers each JSON line at once, before the next one is sent', async () => {
    const child = spawn(process.execPath, [binPath, 'segment', '--jsonl'], { cwd: repoRoot });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify('The U.S. envoy arrived. Talks began.')}\n`);
    expect(JSON.parse((await answers.next()).value as string)).toEqual(['The U.S. envoy arrived.', 'Talks began.']);
    child.stdin.write(`${JSON.stringify('“We will stay,” the group said. It left.')}\n`);
    expect(JSON.parse((await answers.next()).value as string)).toEqual(['“We will stay,” the group said.', 'It left.']);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('stops with exit 3 and the line number on a line that is not a JSON string', async () => {
    const result = await runCli(['segment', '--jsonl'], { cwd: repoRoot, input: '"fine."\n{"a":1}\n' });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('["fine."]\n');
    expect(result.stderr).toMatch(/<stdin>:2: expected a JSON string, got object/);
  });

  it('rejects an unknown language with exit 2, listing the known ones', async () => {
    const result = await runCli(['segment', '--lang', 'xx'], { cwd: repoRoot, input: 'Hello.' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/en/);
  });
});
