import { describe, expect, it } from 'vitest';
import type { Finding, Segment, Unit } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { checkProtectedSpans } from '../../src/qa/protected-spans.js';
import { entry, glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf(entry('AFP', {}, { type: 'dnt' }));
const protectedSegment = (source: string): Segment => protectSegments([segmentOf(source, { id: 'p2.s1', glossary })], glossary)[0]!;
const segment = protectedSegment('Some 2,500 troops and 3.5 tonnes, AFP said; see https://example.org/a or ask desk@example.org.');
const withTarget = (target: string, patch: Partial<Unit> = {}) =>
  unitOf(segment, 'fr', { state: 'needs-review', origin: 'mt', engine: 'scripted', target, ...patch });
const findingsOf = (unit: Unit) => checkProtectedSpans([unit])[0]!.findings;

describe('checkProtectedSpans', () => {
  it('accepts every span reaching the target, numbers in any grouping, decimal mark or digit shape', () => {
    const rest = 'AFP ; https://example.org/a ; desk@example.org';
    for (const numbers of ['2,500 … 3.5', '2 500 … 3,5', '2\u202F500 … 3,5', '2500 … 3.5', '٢٬٥٠٠ … ٣٫٥', '۲۵۰۰ … ۳٫۵']) {
      expect(findingsOf(withTarget(`${numbers} ${rest}`)), numbers).toEqual([]);
    }
  });

  it('reports each lost number, URL, e-mail address and do-not-translate term as an error naming the unit', () => {
    const findings = findingsOf(withTarget('Quelque 2 500 soldats, a dit l’agence ; voir le site.'));
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.unitId, finding.reason])).toEqual([
      ['qa/span-missing', 'error', 'p2.s1', 'the measurement “3.5 tonnes” is missing from the target'],
      ['qa/span-missing', 'error', 'p2.s1', 'the do-not-translate term “AFP” is missing from the target'],
      ['qa/span-missing', 'error', 'p2.s1', 'the URL “https://example.org/a” is missing from the target'],
      ['qa/span-missing', 'error', 'p2.s1', 'the e-mail address “desk@example.org” is missing from the target'],
    ]);
    const start = segment.source.indexOf('3.5 tonnes');
    expect(findings[0]).toMatchObject({ place: { side: 'source', start, end: start + 10 }, expected: ['3.5 tonnes'] });
  });

  it('does not take another number, or a number inside a longer one, for the lost one', () => {
    const years = unitOf(protectedSegment('In 2024, 2,500 people left.'), 'fr', { state: 'needs-review', origin: 'mt', target: 'En 2024 2 500 personnes sont parties.' });
    expect(checkProtectedSpans([years])[0]!.findings).toEqual([]);
    const inside = unitOf(protectedSegment('It cost 25 dollars.'), 'fr', { state: 'needs-review', origin: 'mt', target: 'Cela a coûté 250 dollars.' });
    expect(checkProtectedSpans([inside])[0]!.findings.map((finding) => finding.reason)).toEqual(['the amount of money “25 dollars” is missing from the target']);
  });

  it('does not ask for a weekday or a time as written: the target writes them afresh', () => {
    const friday = unitOf(protectedSegment('Ships sailed on Friday at 2:30 pm.'), 'fr', { state: 'translated', origin: 'tm', target: 'Les navires ont appareillé vendredi à 14 h 30.' });
    expect(checkProtectedSpans([friday])[0]!.findings).toEqual([]);
  });

  it('finds a date or a range by each of its numbers, however the target writes it', () => {
    const dated = unitOf(protectedSegment('They met on December 1, 2024 for 2014-2017.'), 'fr', { state: 'needs-review', origin: 'mt', target: 'Ils se sont vus le 1er décembre 2024 pour 2014 à 2017.' });
    expect(checkProtectedSpans([dated])[0]!.findings).toEqual([]);
    const lost = unitOf(protectedSegment('They met on December 1, 2024.'), 'fr', { state: 'needs-review', origin: 'mt', target: 'Ils se sont vus le 1er décembre.' });
    expect(checkProtectedSpans([lost])[0]!.findings.map((finding) => finding.reason)).toEqual(['the date “December 1, 2024” is missing from the target']);
  });

  it('counts repeated spans: two 2s in the source need two in the target', () => {
    const twice = unitOf(protectedSegment('Team 2 beat team 2 again.'), 'fr', { state: 'needs-review', origin: 'mt', target: "L'équipe 2 a battu l'équipe." });
    expect(checkProtectedSpans([twice])[0]!.findings.map((finding) => finding.reason)).toEqual([
      'the number “2” occurs 2 times in the source and 1 in the target',
    ]);
  });

  it('checks machine translation, pseudo-translation and translation-memory matches, not human work or units without a target', () => {
    const lost = 'Quelque soldats.';
    expect(findingsOf(withTarget(lost, { origin: 'pseudo' }))).not.toEqual([]);
    expect(findingsOf(withTarget(lost, { origin: 'tm', state: 'translated' }))).not.toEqual([]);
    expect(findingsOf(withTarget(lost, { origin: 'human', state: 'reviewed' }))).toEqual([]);
    expect(findingsOf(unitOf(segment, 'fr'))).toEqual([]);
  });

  it('does not report twice a span the engine already reported lost, and gives a finding the same id on every run', () => {
    const start = segment.source.indexOf('3.5 tonnes');
    const engineFinding: Finding = {
      id: 'mt/placeholder-missing:fr:p2.s1:n2',
      ruleId: 'mt/placeholder-missing',
      source: 'mt',
      severity: 'error',
      reason: 'DeepL dropped the measurement “3.5 tonnes”',
      unitId: 'p2.s1',
      place: { side: 'source', start, end: start + 10 },
    };
    const unit = withTarget('2 500 AFP https://example.org/a desk@example.org', { findings: [engineFinding] });
    expect(findingsOf(unit)).toEqual([engineFinding]);
    const once = findingsOf(withTarget('Rien.')).map((finding) => finding.id);
    expect(findingsOf(withTarget('Rien du tout.')).map((finding) => finding.id)).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });
});
