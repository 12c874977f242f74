import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { segmentCommand } from '../../src/cli/commands/segment.js';
import type { CliIO } from '../../src/cli/io.js';
import { InputError } from '../../src/errors.js';
import { STORY_MAX_BYTES } from '../../src/io/read-input.js';

/** Runs `segment` in-process on `chunks` of stdin; resolves to its stdout. */
async function segment(chunks: readonly (string | Buffer)[], jsonl = false): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const io: CliIO = { stdin, stdout, stderr: new PassThrough(), env: {}, isTTY: false };
  // The command may fail before every chunk is written: its rejection is held, not left unhandled.
  let failure: unknown;
  const done = segmentCommand({ lang: 'en', jsonl }, io).catch((error: unknown) => {
    failure = error;
  });
  for (const chunk of chunks) {
    stdin.write(chunk);
    // Let the command read each chunk on its own, as from a pipe.
    await new Promise((resolve) => setImmediate(resolve));
  }
  stdin.end();
  await done;
  if (failure !== undefined) throw failure;
  return out;
}

describe('segment reads a bounded stdin', () => {
  it('refuses stdin larger than a story may be, naming the limit', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const error = await segment(Array(5).fill(chunk)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`stdin holds more than ${STORY_MAX_BYTES / 1024 / 1024} MiB, the most a story may have`);
  });

  it('refuses a JSONL line larger than a story, with its line number', async () => {
    const error = await segment([`"Fine."\n"${'a'.repeat(STORY_MAX_BYTES)}"\n`], true).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: '<stdin>', line: 2 });
  });

  it('decodes a character split between two chunks of stdin', async () => {
    const bytes = Buffer.from('Le café ouvre. Il ferme.');
    const cut = bytes.indexOf(0xa9); // inside "é"
    expect(await segment([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe('Le café ouvre.\nIl ferme.\n');
  });
});
