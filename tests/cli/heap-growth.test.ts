/**
 * The CLI bounds how far V8 grows the heap between full collections (src/cli/heap-growth.ts), set at
 * run time. A steady workload like a batch's — a window of records, each replaced after living long
 * enough to leave the young generation — peaks far lower with it; before, a long batch's heap climbed
 * to several times its live size. This also proves the flag still takes effect after start on this Node.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const module = pathToFileURL(join(repoRoot, 'dist', 'src', 'cli', 'heap-growth.js')).href;

/** Peak heap (MiB) of a child running the workload, with the CLI's bound or V8's default. */
async function peakHeapMiB(bounded: boolean): Promise<number> {
  const workload = `
    if (${bounded}) (await import(${JSON.stringify(module)})).boundHeapGrowth();
    const window = new Array(10000).fill(null);
    let peak = 0;
    for (let i = 0; i < 250000; i += 1) {
      window[i % window.length] = { id: 'story-' + i, text: 'x'.repeat(64) + i, parts: Array.from({ length: 20 }, (_, k) => ({ k, s: 'p' + i + '-' + k })) };
      if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(peak / 2 ** 20);`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', workload]);
  return Number(stdout.trim());
}

describe('the heap growth bound', () => {
  it('keeps a steady workload’s heap well below what V8 grows it to by default', async () => {
    const [bounded, unbounded] = [await peakHeapMiB(true), await peakHeapMiB(false)];
    // Measured 83–85 MiB against 135: the margin leaves room for another machine's collector speed.
    expect(bounded).toBeLessThan(unbounded * 0.8);
  }, 30_000);
});
