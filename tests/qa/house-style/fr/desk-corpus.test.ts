/**
 * The desk corpus (desk-corpus.ts) through the function `qa --lang fr --jsonl` answers each line
 * with: every clean sentence gets no finding and comes back unchanged; every dirty one gets exactly
 * its labelled findings (rule and the range's text, the house form where labelled) and its labelled
 * fix. Then a property over the whole corpus: the fixer is idempotent and leaves nothing fixable.
 */
import { describe, expect, it } from 'vitest';
import { answerQaLine, type QaChecks, type QaWireFinding } from '../../../../src/cli/commands/qa.js';
import { emptyGlossary } from '../../../../src/model.js';
import { checkHouseStyle, fixHouseStyle, houseStyleProfile } from '../../../../src/qa/house-style/index.js';
import { real, visible } from '../rule-harness.js';
import { cleanCopy, dirtyCopy } from './desk-corpus.js';

const profile = houseStyleProfile('fr');
const checks: QaChecks = { profile, options: { glossary: emptyGlossary } };

function answer(target: string): { findings: readonly QaWireFinding[]; fixed: string } {
  const reply = answerQaLine(JSON.stringify({ target }), 1, checks);
  if (!('findings' in reply)) throw new Error(`an error answer: ${JSON.stringify(reply)}`);
  return reply;
}

/** A finding as the corpus labels it: the rule's name (French typography) or id, the text its range covers, and the house form when the label gives one. */
function label(target: string, finding: QaWireFinding, withExpected: boolean): string {
  const rule = finding.rule.replace(/^fr-typography\//u, '');
  const covered = `${rule} ${visible(target.slice(finding.start, finding.end))}`;
  return withExpected ? `${covered} → ${visible(finding.expected ?? '')}` : covered;
}

const labelled = (target: string, findings: readonly QaWireFinding[], expected: readonly string[]): string[] =>
  findings.map((finding, i) => label(target, finding, expected[i]?.includes(' → ') === true));

describe('French desk corpus through qa --jsonl', () => {
  it.each(cleanCopy)('leaves clean copy alone: %s', (text) => {
    const target = real(text);
    const { findings, fixed } = answer(target);
    expect(labelled(target, findings, [])).toEqual([]);
    expect(visible(fixed)).toBe(text);
  });

  it.each(dirtyCopy.map(([text, findings, fixed]) => ({ text, findings, fixed })))('reports and fixes: $text', ({ text, findings: expected, fixed: expectedFix }) => {
    const target = real(text);
    const { findings, fixed } = answer(target);
    expect(labelled(target, findings, expected)).toEqual(expected);
    expect(visible(fixed)).toBe(expectedFix ?? text);
  });

  it('has a fixer that is idempotent and leaves nothing fixable, on every sentence of the corpus and every two in a paragraph', () => {
    const sentences = [...cleanCopy, ...dirtyCopy.map(([target]) => target)];
    const paragraphs = sentences.map((text, i) => `${text} ${sentences[(i * 7 + 3) % sentences.length]!}`);
    for (const text of [...sentences, ...paragraphs]) {
      const fixed = fixHouseStyle(real(text), profile);
      expect(visible(fixHouseStyle(fixed, profile)), text).toBe(visible(fixed));
      expect(
        checkHouseStyle(fixed, profile).filter((finding) => finding.fixable).map((finding) => `${finding.ruleId} ${visible(finding.actual ?? '')}`),
        text,
      ).toEqual([]);
    }
  });
});
