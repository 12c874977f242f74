/** Defaults and checks for fuzzy-match options, shared by every TM lookup. */
import type { FuzzyOptions } from '../store/store.js';

export const DEFAULT_FUZZY_THRESHOLD = 75;
export const DEFAULT_FUZZY_LIMIT = 3;

/** The options with their defaults, or a TypeError naming the option that is out of range. */
export function resolveFuzzyOptions(options: FuzzyOptions): Required<FuzzyOptions> {
  const threshold = options.threshold ?? DEFAULT_FUZZY_THRESHOLD;
  const limit = options.limit ?? DEFAULT_FUZZY_LIMIT;
  if (!(threshold > 0 && threshold <= 100)) {
    throw new TypeError(`Expected \`threshold\` to be a number in (0, 100], got \`${threshold}\``);
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw new TypeError(`Expected \`limit\` to be an integer >= 1, got \`${limit}\``);
  }
  return { threshold, limit };
}
