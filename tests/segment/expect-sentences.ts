/**
 * Table helper: a case is the expected sentences of one paragraph; the input is those sentences
 * joined by `separator` (one space unless a case needs other whitespace).
 */
import { expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';

export type SentenceCase = readonly string[];

export function itSplitsAsWritten(lang: string, cases: readonly SentenceCase[], separator = ' '): void {
  it.each(cases.map((sentences) => ({ sentences, label: sentences.join(' ⏎ ') })))('$label', ({ sentences }) => {
    expect(segmentText(sentences.join(separator), lang)).toEqual(sentences);
  });
}
