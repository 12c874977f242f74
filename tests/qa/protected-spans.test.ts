import { describe, expect, it } from 'vitest';
import type { Finding, Segment, Unit } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { checkProtectedSpans } from '../../src/qa/protected-spans.js';
import { entry, glossaryOf, segmentOf, spanOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf(entry('AFP', {}, { type: 'dnt' }));
const protectedSegment = (source: string): Segment => protectSegments([segmentOf(source, { id: 'p2.s1', glossary })], glossary)[0]!;
const segment = protectedSegment('Some 2,500 troops and 3.5 tonnes, AFP said; see https://example.org/a or ask desk@example.org.');
const withTarget = (target: string, patch: Partial<Unit> = {}) =>
  unitOf(segment, 'fr', { state: 'needs-review', origin: 'mt', engine: 'scripted', target, ...patch });
const findingsOf = (unit: Unit) => checkProtectedSpans([unit])[0]!.findings;

describe('checkProtectedSpans', () => {
  it('accepts every verbatim span reaching the target, and leaves numbers to the value check (numbers/)', () => {
    expect(findingsOf(withTarget('Quelque 2 500 soldats et 3,5 tonnes, AFP ; https://example.org/a ; desk@example.org'))).toEqual([]);
    expect(findingsOf(withTarget('Des soldats, AFP ; https://example.org/a ; desk@example.org'))).toEqual([]);
  });

  it('reports each lost URL, e-mail address and do-not-translate term as an error naming the unit', () => {
    const findings = findingsOf(withTarget('Quelque 2 500 soldats, a dit l’agence ; voir le site.'));
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.unitId, finding.reason])).toEqual([
      ['qa/span-missing', 'error', 'p2.s1', 'the do-not-translate term “AFP” is missing from the target'],
      ['qa/span-missing', 'error', 'p2.s1', 'the URL “https://example.org/a” is missing from the target'],
      ['qa/span-missing', 'error', 'p2.s1', 'the e-mail address “desk@example.org” is missing from the target'],
    ]);
    const start = segment.source.indexOf('AFP');
    expect(findings[0]).toMatchObject({ place: { side: 'source', start, end: start + 3 }, expected: ['AFP'] });
  });

  it('counts repeated spans: two AFPs in the source need two in the target', () => {
    const source = 'AFP said, and AFP added.';
    const spans = [spanOf('AFP', 0, 'dnt'), spanOf('AFP', source.lastIndexOf('AFP'), 'dnt')];
    const twice = unitOf({ ...segmentOf(source), protectedSpans: spans }, 'fr', { state: 'needs-review', origin: 'mt', target: "L'AFP a dit et ajouté." });
    expect(checkProtectedSpans([twice])[0]!.findings.map((finding) => finding.reason)).toEqual([
      'the do-not-translate term “AFP” occurs 2 times in the source and 1 in the target',
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
    const start = segment.source.indexOf('AFP');
    const engineFinding: Finding = {
      id: 'mt/placeholder-missing:fr:p2.s1:n3',
      ruleId: 'mt/placeholder-missing',
      source: 'mt',
      severity: 'error',
      reason: 'DeepL dropped the term “AFP”',
      unitId: 'p2.s1',
      place: { side: 'source', start, end: start + 3 },
    };
    const unit = withTarget('2 500 https://example.org/a desk@example.org', { findings: [engineFinding] });
    expect(findingsOf(unit)).toEqual([engineFinding]);
    const once = findingsOf(withTarget('Rien.')).map((finding) => finding.id);
    expect(findingsOf(withTarget('Rien du tout.')).map((finding) => finding.id)).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });
});
