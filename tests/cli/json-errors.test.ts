import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIO } from '../helpers/capture-io.js';

/** Runs the CLI in-process; returns its exit status, the JSON lines on stdout and stderr's text. */
async function cli(argv: readonly string[]) {
  const { io, out, err } = captureIO();
  const exit = await main(argv, io);
  const lines = out.join('').split('\n').filter(Boolean);
  return { exit, lines, events: lines.map((line) => JSON.parse(line) as Record<string, unknown>), stderr: err.join('') };
}

describe('--json reports a fatal error as a JSON event', () => {
  it('ends the JSON lines with an error event for a bad option value, and still tells people on stderr', async () => {
    const result = await cli(['run', 'story.txt', '--to', 'fr,!!', '--json']);
    expect(result.exit).toBe(2);
    expect(result.events.at(-1)).toEqual({
      event: 'error',
      code: 'E_USAGE',
      exit: 2,
      message: '"!!" is not a language tag',
      hint: 'use BCP 47 tags such as fr, ar, fr-CA',
    });
    expect(result.stderr).toMatch(/^wire-l10n: error: "!!" is not a language tag$/m);
  });

  it('reports what commander refuses (an unknown option) the same way', async () => {
    const result = await cli(['run', 'story.txt', '--to', 'fr', '--json', '--no-such-flag']);
    expect(result.exit).toBe(2);
    expect(result.events.at(-1)).toMatchObject({ event: 'error', code: 'E_USAGE', exit: 2, message: expect.stringMatching(/unknown option '--no-such-flag'/) });
    expect(result.stderr).toMatch(/unknown option '--no-such-flag'/);
  });

  it('names the file of an input error and its exit status', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-json-error-'));
    const story = join(folder, 'missing.txt');
    const result = await cli(['run', story, '--to', 'fr', '--engine', 'pseudo', '--json', '--store', join(folder, 'store.sqlite'), '--glossary', 'glossary']);
    expect(result.exit).toBe(3);
    expect(result.events.at(-1)).toMatchObject({ event: 'error', code: 'E_INPUT', exit: 3, message: expect.stringContaining(story) });
  });

  it('prints nothing on stdout without --json', async () => {
    const result = await cli(['run', 'story.txt', '--to', 'fr,!!']);
    expect(result.exit).toBe(2);
    expect(result.lines).toEqual([]);
    expect(result.stderr).toMatch(/not a language tag/);
  });
});
