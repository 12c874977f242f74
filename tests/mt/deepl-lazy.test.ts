/**
 * deepl-node (and its HTTP client) is loaded the first time DeepL is called, not when the CLI
 * starts: offline runs, `check` and `--version` do not pay for it. Checked in a child process,
 * whose module cache is its own (this test's worker may have loaded deepl-node already).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

function loadedAfter(steps: string): string {
  const script = `
    import { createRequire } from 'node:module';
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('deepl-node'));
    const { engineByName } = await import(${JSON.stringify(join(repoRoot, 'dist', 'src', 'mt', 'registry.js'))});
    const marks = [];
    ${steps}
    console.log(marks.join(' '));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
}

describe('the DeepL engine', () => {
  it('loads deepl-node only when it first translates', () => {
    const marks = loadedAfter(`
      marks.push(loaded());
      const engine = engineByName('deepl', { deepl: { authKey: 'key:fx', serverUrl: 'http://127.0.0.1:9' } });
      marks.push(engine.name, loaded());
      await engine.translateBatch({ sourceLang: 'en', targetLang: 'fr', segments: [] }, { glossary: { entries: [], hash: 'x' } });
      marks.push(loaded());
      await engine.translateBatch({ sourceLang: 'en', targetLang: 'fr', segments: [{ id: 'p1.s1', source: 'Hello.', hash: 'h', terms: [], protectedSpans: [] }] }, { glossary: { entries: [], hash: 'x' } }).catch(() => undefined);
      marks.push(loaded());
    `);
    // Made and asked for nothing (an empty batch sends nothing): not loaded; a real request: loaded.
    expect(marks).toBe('false deepl false false true');
  });
});
