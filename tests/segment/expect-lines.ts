/**
 * Table helper for copy whose line breaks matter: a case is the input text (with its `\n`s) and
 * the expected sentences, each trimmed as the segmenter returns them.
 */
import { expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';

export interface LineCase {
  readonly text: string;
  readonly sentences: readonly string[];
}

export function itSplitsLinesAs(lang: string, cases: readonly LineCase[]): void {
  it.each(cases.map((c) => ({ ...c, label: c.text.replace(/\n/g, ' ⏎ ') })))('$label', ({ text, sentences }) => {
    expect(segmentText(text, lang)).toEqual(sentences);
  });
}

/** The sentences of lines joined by `\n`: `[[lines of sentence 1], [lines of sentence 2], …]`. */
export function lines(...sentences: readonly (readonly string[])[]): LineCase {
  return { text: sentences.map((s) => s.join('\n')).join('\n'), sentences: sentences.map((s) => s.join('\n')) };
}
