import { runDefaults, type RawRunOptions } from '../../src/cli/options.js';

/** Run options as commander hands them over with its defaults, targeting fr and ar. */
export function rawRunOptions(patch: Partial<RawRunOptions> = {}): RawRunOptions {
  return {
    out: runDefaults.out,
    locales: runDefaults.locales,
    glossary: runDefaults.glossary,
    xliff: runDefaults.xliff,
    concurrency: runDefaults.concurrency,
    fuzzyThreshold: runDefaults.fuzzyThreshold,
    to: ['fr,ar'],
    ...patch,
  };
}
