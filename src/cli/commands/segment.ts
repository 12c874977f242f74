import { createInterface } from 'node:readline';
import { errorMessage, InputError } from '../../errors.js';
import { STORY_MAX_BYTES } from '../../io/read-input.js';
import { segmentText } from '../../segment/index.js';
import { formatByteSize } from '../../util/byte-size.js';
import { writeLine, type CliIO } from '../io.js';

export interface SegmentCommandOptions {
  readonly lang: string;
  readonly jsonl: boolean;
}

/**
 * Plain mode: the whole of stdin (at most STORY_MAX_BYTES), one segment per output line.
 * JSONL mode: one JSON string per input line (each at most STORY_MAX_BYTES), answered at once by one JSON array of segments per
 * output line, so another program can drive the segmenter interactively.
 */
export async function segmentCommand(options: SegmentCommandOptions, io: CliIO): Promise<void> {
  if (options.jsonl) return segmentJsonLines(options.lang, io);
  const text = await readStdin(io.stdin);
  for (const segment of segmentText(text, options.lang)) writeLine(io.stdout, segment.replace(/\s*\n\s*/g, ' '));
}

/** Stdin as text, refused past the size of a story file: `segment < /dev/zero` grew without end. */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  // One streaming decoder: a character split between two chunks is decoded whole.
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > STORY_MAX_BYTES) throw tooLarge('stdin holds', undefined);
    text += decoder.decode(buffer, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(what: string, line: number | undefined): InputError {
  const location = line === undefined ? { file: '<stdin>' } : { file: '<stdin>', line };
  return new InputError(`${what} more than ${formatByteSize(STORY_MAX_BYTES)}, the most a story may have`, location, {
    hint: 'segment one story at a time',
  });
}

async function segmentJsonLines(lang: string, io: CliIO): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    if (Buffer.byteLength(line) > STORY_MAX_BYTES) throw tooLarge('the line holds', lineNumber);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`not JSON: ${errorMessage(error)}`, { file: '<stdin>', line: lineNumber });
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
