/**
 * A batch in windows: the stories a job reads, translates, renders and writes together. A window
 * is big enough that the engine's batches fill across its stories (DeepL takes 50 texts a request),
 * small enough that the job's memory does not grow with the batch.
 */

/** Stories in a window when the job is not told (`--window`). */
export const DEFAULT_WINDOW_SIZE = 64;

/** The items cut in consecutive windows of `size` (at least one), in order. */
export function inWindows<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const windows: T[][] = [];
  for (let start = 0; start < items.length; start += step) windows.push(items.slice(start, start + step));
  return windows;
}
