import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingestText, type IngestOptions } from '../../src/ingest/index.js';
import type { Article, Block } from '../../src/model.js';

/** Ingests a story given as text, as if read from `story.txt`. */
export function ingest(text: string, options?: IngestOptions): Article {
  return ingestText(new TextEncoder().encode(text), 'story.txt', options);
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

/** Runs `run`, expecting an InputError, and returns it for closer checks. */
export function inputErrorFrom(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but ingest succeeded');
}

export function blockOf(article: Article, id: string): Block | undefined {
  return article.blocks.find((block) => block.id === id);
}

/** Lines of a story joined with LF: keeps the line numbers of test stories easy to read. */
export function story(...lines: string[]): string {
  return lines.join('\n');
}
