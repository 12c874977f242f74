import { describe, expect, it } from 'vitest';
import { termStatus } from '../../../src/qa/terms/index.js';
import { arabicCases, frenchCases, termbase, type TermCase } from './fixtures.js';

function statusOf([, en, wording, target]: TermCase, lang: string): string | undefined {
  const entry = termbase.entries.find((candidate) => candidate.source === en);
  if (!entry) throw new Error(`no entry ${en}`);
  return termStatus({ entry, lang, sourceTexts: [wording], target })?.status;
}

describe('term status in French targets', () => {
  it.each(frenchCases)('%s: %s in “%s”', (...testCase) => {
    expect(statusOf(testCase, 'fr')).toBe(testCase[4]);
  });
});

describe('term status in Arabic targets', () => {
  it.each(arabicCases)('%s: %s in “%s”', (...testCase) => {
    expect(statusOf(testCase, 'ar')).toBe(testCase[4]);
  });
});
