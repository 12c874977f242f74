import { describe, expect, it } from 'vitest';
import { answerQaLine, type QaChecks } from '../../src/cli/commands/qa.js';
import { emptyGlossary } from '../../src/model.js';
import { houseStyleProfile } from '../../src/qa/house-style/index.js';

const checksFor = (lang: 'fr' | 'ar'): QaChecks => ({ profile: houseStyleProfile(lang), options: { glossary: emptyGlossary } });
const rulesOf = (line: unknown, lang: 'fr' | 'ar' = 'fr') => {
  const answer = answerQaLine(JSON.stringify(line), 1, checksFor(lang));
  if (!('findings' in answer)) throw new Error(`an error answer: ${JSON.stringify(answer)}`);
  return answer.findings.map((finding) => finding.rule);
};

describe('qa --jsonl answers with every unit check run makes', () => {
  it('reports a value of the source the target does not state (numbers/value-missing), with its place in the source', () => {
    const answer = answerQaLine(JSON.stringify({ source: 'About 2,500 troops remain in Iraq.', target: 'Quelque 2,500 soldats restent en Irak.' }), 1, checksFor('fr'));
    expect('findings' in answer && answer.findings).toContainEqual(
      expect.objectContaining({ rule: 'numbers/value-missing', severity: 'error', start: 0, end: 0, sourceStart: 6, sourceEnd: 11 }),
    );
  });

  it('finds nothing wrong with the values of a clean French target', () => {
    expect(rulesOf({ source: 'About 2,500 troops left at 2:30 pm.', target: 'Quelque 2\u202F500 soldats sont partis à 14\u00A0h\u00A030.' })).toEqual([]);
  });

  it('reports an unbalanced quotation the source does not have', () => {
    expect(rulesOf({ source: 'He said: "We will stay."', target: 'Il a dit\u00A0: «\u202FNous resterons.' })).toContain('qa/quote-unbalanced');
  });

  it('without a source, runs only what needs no source (house style)', () => {
    expect(rulesOf({ target: 'Il a dit "non".' })).toEqual(['fr-typography/quote-style', 'fr-typography/quote-style']);
  });

  it('gives the same finding the same id, whatever the line number', () => {
    const line = JSON.stringify({ source: 'About 2,500 troops.', target: 'Quelque 2,500 soldats.' });
    const ids = (lineNumber: number) => {
      const answer = answerQaLine(line, lineNumber, checksFor('fr'));
      return 'findings' in answer ? answer.findings.map((finding) => finding.id) : [];
    };
    expect(ids(1)).toEqual(ids(7));
    expect(ids(1)).toContain('numbers/value-missing:fr:line:source@6-11');
    expect(new Set(ids(1)).size).toBe(ids(1).length);
  });
});
