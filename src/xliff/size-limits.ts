import { UsageError } from '../errors.js';
import type { BlockKind } from '../model.js';

/** Most characters (code points) of a block's whole target, per block kind (`{ headline: 90 }`). */
export type XliffSizeLimits = Readonly<Partial<Record<BlockKind, number>>>;

/** A Record, so a new block kind in the model must be listed here too. */
const blockKindSet: Readonly<Record<BlockKind, true>> = { headline: true, standfirst: true, caption: true, subhead: true, paragraph: true };

/** The block kinds a size limit may name, in reading order. */
export const sizeLimitBlockKinds = Object.keys(blockKindSet) as readonly BlockKind[];

function isBlockKind(value: string): value is BlockKind {
  return Object.hasOwn(blockKindSet, value);
}

/** Why `value` is not a size limit, or undefined when it is one: a whole number of characters, at least 1. */
function sizeLimitProblem(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return undefined;
  return `expected a whole number of characters, at least 1, got ${JSON.stringify(value) ?? String(value)}`;
}

/** The limits as given, checked: every key a block kind, every value a size limit. Throws UsageError. */
export function checkSizeLimits(limits: unknown): XliffSizeLimits {
  if (limits === undefined) return {};
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) {
    throw new UsageError('Expected `sizeLimits` to be an object keyed by block kind, like { headline: 90 }');
  }
  for (const [kind, value] of Object.entries(limits)) {
    if (!isBlockKind(kind)) {
      throw new UsageError(
        `Expected \`sizeLimits\` keys to be block kinds (${sizeLimitBlockKinds.join(', ')}), got \`${kind}\``,
      );
    }
    const problem = sizeLimitProblem(value);
    if (problem) throw new UsageError(`\`sizeLimits.${kind}\`: ${problem}`);
  }
  return limits as XliffSizeLimits;
}
