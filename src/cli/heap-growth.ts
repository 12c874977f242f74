/**
 * How far V8 lets the heap grow between full collections, for the CLI's process.
 *
 * V8 sets the next full collection at up to 4× the live heap on a machine with memory to spare
 * (the factor follows the collector's speed, not the program). A batch job allocates at a steady
 * rate for as long as it runs, and what a window of stories leaves behind survives the young
 * generation, so a long batch's heap climbed towards that limit: 10,000 stories peaked at 180–240 MiB
 * where 1,000 peaked at ~145 (`npm run bench:pipeline`), with the same live heap. Growing by half
 * the live heap keeps a long run's memory where a short run's is, at no measurable CPU cost.
 *
 * Set at run time through `v8.setFlagsFromString`, which Node documents and keeps working after start
 * (it turns off V8's flag freezing); the limit is computed again after each full collection, so the
 * flag applies from the first one. tests/cli/heap-growth.test.ts proves it still takes effect.
 */
import { setFlagsFromString } from 'node:v8';

/** Percent of the live heap the old generation may grow by before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
