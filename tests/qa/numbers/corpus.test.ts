/**
 * The labelled numbers corpus (corpus.ts) through the function `qa --jsonl` answers with
 * (`answerQaLine`): each `numbers/value-missing` finding by the source value it names (its place
 * in the source) and what the target wrote instead, nothing on clean pairs.
 */
import { describe, expect, it } from 'vitest';
import { answerQaLine, type QaChecks } from '../../../src/cli/commands/qa.js';
import { emptyGlossary } from '../../../src/model.js';
import { houseStyleProfile } from '../../../src/qa/house-style/index.js';
import { arabicNumbers, frenchNumbers, type NumbersCase } from './corpus.js';

const checks: Readonly<Record<'fr' | 'ar', QaChecks>> = {
  fr: { profile: houseStyleProfile('fr'), options: { glossary: emptyGlossary } },
  ar: { profile: houseStyleProfile('ar'), options: { glossary: emptyGlossary } },
};

/** `source text[~actual]` per numbers finding, in source order. */
function missingValues({ lang, source, target }: NumbersCase): string[] {
  const reply = answerQaLine(JSON.stringify({ source, target }), 1, checks[lang]);
  if (!('findings' in reply)) throw new Error(JSON.stringify(reply));
  return reply.findings
    .filter((finding) => finding.rule === 'numbers/value-missing')
    .map((finding) => {
      expect(finding).toMatchObject({ severity: 'error', start: 0, end: 0 });
      const named = source.slice(finding.sourceStart, finding.sourceEnd);
      expect(finding.expected, 'expected is the source text at its place').toBe(named);
      return finding.actual === undefined ? named : `${named}~${finding.actual}`;
    });
}

describe.each([
  ['French', frenchNumbers],
  ['Arabic', arabicNumbers],
])('numbers/value-missing on the %s corpus', (_language, corpus) => {
  it.each(corpus.map((entry) => ({ ...entry, label: `${entry.missing.length === 0 ? 'clean' : 'dirty'}: ${entry.target}` })))('$label', (entry) => {
    expect(missingValues(entry)).toEqual([...entry.missing]);
  });
});
