import { createInterface } from 'node:readline';
import { InputError } from '../../errors.js';
import { segmentText } from '../../segment/index.js';
import { writeLine, type CliIO } from '../io.js';

export interface SegmentCommandOptions {
  readonly lang: string;
  readonly jsonl: boolean;
}

/**
 * Plain mode: the whole of stdin, one segment per output line.
 * JSONL mode: one JSON string per input line, answered at once by one JSON array of segments per
 * output line, so another program can drive the segmenter interactively.
 */
export async function segmentCommand(options: SegmentCommandOptions, io: CliIO): Promise<void> {
  if (options.jsonl) return segmentJsonLines(options.lang, io);
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  for (const segment of segmentText(text, options.lang)) writeLine(io.stdout, segment.replace(/\s*\n\s*/g, ' '));
}

async function segmentJsonLines(lang: string, io: CliIO): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`not JSON: ${(error as Error).message}`, { file: '<stdin>', line: lineNumber });
    }
    if (typeof value !== 'string') {
      throw new InputError(`expected a JSON string, got ${Array.isArray(value) ? 'an array' : typeof value}`, {
        file: '<stdin>',
        line: lineNumber,
      });
    }
    writeLine(io.stdout, JSON.stringify(segmentText(value, lang)));
  }
}
