import { expect } from 'vitest';
import { GlossaryError } from '../../src/errors.js';
import type { Glossary } from '../../src/model.js';
import { parseGlossary } from '../../src/terms/index.js';

/** A glossary from one inline CSV file (lines joined with \n). */
export function glossaryOf(...lines: string[]): Glossary {
  return parseGlossary([{ path: 'test.csv', content: lines.join('\n') }]);
}

/** The GlossaryError that `run` throws; fails the test when it throws nothing or something else. */
export function glossaryErrorOf(run: () => unknown): GlossaryError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return error as GlossaryError;
  }
  throw new Error('expected a GlossaryError, but nothing was thrown');
}

export function entryNamed(glossary: Glossary, source: string) {
  const entry = glossary.entries.find((candidate) => candidate.source === source);
  if (!entry) throw new Error(`no entry "${source}"`);
  return entry;
}
