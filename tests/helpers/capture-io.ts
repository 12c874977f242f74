import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

/** A CliIO whose stdout and stderr collect what is written, for in-process CLI tests. */
export function captureIO(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (into: string[]) => ({ write: (text: string) => into.push(text) }) as unknown as NodeJS.WritableStream;
  const io: CliIO = { stdin: new PassThrough(), stdout: stream(out), stderr: stream(err), env, isTTY: false };
  return { io, out, err };
}
