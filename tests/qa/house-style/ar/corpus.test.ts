/**
 * The labelled Arabic corpus (corpus.ts) through the function `qa --jsonl` answers with
 * (`answerQaLine`): every finding at its place, nothing on clean copy, the fixer's output; and the
 * fixer is idempotent: fixing its output changes nothing and leaves no fixable finding.
 */
import { describe, expect, it } from 'vitest';
import { answerQaLine, type QaChecks } from '../../../../src/cli/commands/qa.js';
import { emptyGlossary } from '../../../../src/model.js';
import { checkHouseStyle, fixHouseStyle, houseStyleProfile } from '../../../../src/qa/house-style/index.js';
import { real as harnessReal, visible as harnessVisible } from '../rule-harness.js';
import { arabicCorpus } from './corpus.js';

const legacy: ReadonlyArray<readonly [string, string]> = [
  ['‹LRE›', '\u202A'],
  ['‹RLE›', '\u202B'],
  ['‹PDF›', '\u202C'],
  ['‹LRO›', '\u202D'],
  ['‹RLO›', '\u202E'],
];
const real = (text: string): string => legacy.reduce((done, [sign, char]) => done.replaceAll(sign, char), harnessReal(text));
const visible = (text: string): string => legacy.reduce((done, [sign, char]) => done.replaceAll(char, sign), harnessVisible(text));

const profile = houseStyleProfile('ar');
const checks: QaChecks = { profile, options: { glossary: emptyGlossary } };
const shortRule = (rule: string): string => rule.replace(/^ar-typography\//u, '');

/** What `qa --jsonl` answers for one target: `rule=written` per finding, in text order, and the fixed text. */
function answer(text: string): { findings: string[]; fixed: string } {
  const target = real(text);
  const reply = answerQaLine(JSON.stringify({ target }), 1, checks);
  if (!('findings' in reply)) throw new Error(JSON.stringify(reply));
  const findings = [...reply.findings]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((finding) => {
      const written = target.slice(finding.start, finding.end);
      if (finding.actual !== undefined) expect(finding.actual, 'actual is the text at start–end').toBe(written);
      return `${shortRule(finding.rule)}=${visible(written)}`;
    });
  return { findings, fixed: visible(reply.fixed) };
}

describe('the Arabic corpus through qa --jsonl', () => {
  it.each(arabicCorpus.map((entry) => ({ ...entry, label: entry.text })))('$label', ({ text, findings, fixed }) => {
    const got = answer(text);
    expect(got.findings).toEqual([...findings]);
    expect(got.fixed).toBe(fixed ?? text);
  });
});

describe('the Arabic fixer is idempotent on the corpus', () => {
  it.each(arabicCorpus.map((entry) => entry.text))('%s', (text) => {
    const once = fixHouseStyle(real(text), profile);
    expect(visible(fixHouseStyle(once, profile))).toBe(visible(once));
    expect(checkHouseStyle(once, profile).filter((finding) => finding.fixable).map((finding) => `${finding.ruleId}=${visible(finding.actual ?? '')}`)).toEqual([]);
  });
});
