import { describe, expect, it } from 'vitest';
import { checkSpanDuplicated } from '../../../src/qa/checks/span-duplicated.js';
import { findingsOf, summary, targetUnit } from './fixtures.js';

const source = 'AFP said on https://example.org/a that @UNHCR sent 2 F-16 jets.';
const spans = [
  ['AFP', 'dnt'],
  ['https://example.org/a', 'url'],
  ['@UNHCR', 'handle'],
  ['2', 'value'],
  ['F-16', 'designation'],
] as const;
const unit = (target: string, patch = {}) => targetUnit(source, target, { spans, patch });

describe('qa/span-duplicated', () => {
  it('reports a verbatim span the target holds more often than the source, at the first extra one', () => {
    const target = 'L’AFP a dit sur https://example.org/a https://example.org/a que @UNHCR a envoyé 2 F-16.';
    const second = target.lastIndexOf('https://example.org/a');
    const findings = findingsOf(checkSpanDuplicated, unit(target));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'qa/span-duplicated',
      severity: 'warning',
      unitId: 'p3.s1',
      place: { side: 'target', start: second, end: second + 'https://example.org/a'.length },
      reason: 'the URL “https://example.org/a” occurs 2 times in the target and 1 in the source',
      expected: ['https://example.org/a'],
    });
    expect(summary(unit('AFP AFP AFP : https://example.org/a, @UNHCR @UNHCR, 2 F-16.'), checkSpanDuplicated).map(([, , text, reason]) => [text, reason])).toEqual([
      ['AFP', 'the do-not-translate term “AFP” occurs 3 times in the target and 1 in the source'],
      ['@UNHCR', 'the handle “@UNHCR” occurs 2 times in the target and 1 in the source'],
    ]);
  });

  it('is silent when each span is there once, missing (qa/span-missing’s case) or inside a longer token', () => {
    expect(findingsOf(checkSpanDuplicated, unit('L’AFP a dit sur https://example.org/a que @UNHCR a envoyé 2 F-16.'))).toEqual([]);
    expect(findingsOf(checkSpanDuplicated, unit('L’agence a dit que le HCR a envoyé des avions.'))).toEqual([]);
    // AFPTV, F-160 and @UNHCR_fr are other tokens, not repeats.
    expect(findingsOf(checkSpanDuplicated, unit('AFP (AFPTV) : https://example.org/a, @UNHCR et @UNHCR_fr, 2 F-16 et F-160.'))).toEqual([]);
  });

  it('leaves repeated numbers to the number checks', () => {
    expect(findingsOf(checkSpanDuplicated, unit('AFP : https://example.org/a, @UNHCR, 2 + 2 F-16.'))).toEqual([]);
  });

  it('counts a span inside another the same way on both sides (a domain that is also in a URL)', () => {
    const both = targetUnit('See example.org or https://example.org/a.', 'Voir example.org ou https://example.org/a.', {
      spans: [
        ['example.org', 'domain'],
        ['https://example.org/a', 'url'],
      ],
    });
    expect(findingsOf(checkSpanDuplicated, both)).toEqual([]);
  });

  it('reads every origin, human work included, without changing the target', () => {
    const target = 'AFP, AFP : https://example.org/a @UNHCR 2 F-16';
    for (const patch of [{ origin: 'pseudo' }, { origin: 'tm', state: 'translated' }, { origin: 'human', state: 'final' }]) {
      const checked = unit(target, patch);
      expect(findingsOf(checkSpanDuplicated, checked).map((finding) => finding.ruleId), JSON.stringify(patch)).toEqual(['qa/span-duplicated']);
    }
  });

  it('gives the same finding the same id on every run', () => {
    const target = 'AFP AFP https://example.org/a @UNHCR 2 F-16';
    expect(findingsOf(checkSpanDuplicated, unit(target))[0]!.id).toBe(findingsOf(checkSpanDuplicated, unit(target))[0]!.id);
  });
});
