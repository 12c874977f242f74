import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/qa/index.js';
import { checkTermCompliance } from '../../../src/qa/terms/index.js';
import { matchTerms, compileTermMatcher } from '../../../src/terms/index.js';
import type { Segment, Unit } from '../../../src/model.js';
import { articleOf, segmentOf, unitOf } from '../../helpers/builders.js';
import { termbase } from './fixtures.js';

const matcher = compileTermMatcher(termbase);
const segment = (source: string): Segment => ({ ...segmentOf(source), terms: matchTerms(source, matcher) });
const source = segment('A Kataib Hezbollah spokesman denied that Hezbollah took part in the air strike.');
const unit = (target: string, origin: Unit['origin'], lang = 'fr'): Unit =>
  unitOf(source, lang, { state: origin === 'human' ? 'reviewed' : 'needs-review', origin, target });

describe('checkTermCompliance', () => {
  it('reports a violation at its place in the target and a missing term at its place in the source, with the term', () => {
    const [checked] = checkTermCompliance([unit('Un porte-parole de l’Hezbollah a démenti avoir participé à la frappe.', 'mt')], termbase);
    expect(checked!.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, term: f.term, place: f.place, actual: f.actual }))).toEqual([
      { rule: 'terms/missing', severity: 'warning', term: 'Kataib Hezbollah', place: { side: 'source', start: 2, end: 18 }, actual: undefined },
      { rule: 'terms/violation', severity: 'warning', term: 'Hezbollah', place: { side: 'target', start: 19, end: 30 }, actual: 'l’Hezbollah' },
      { rule: 'terms/violation', severity: 'warning', term: 'air strike', place: { side: 'target', start: 62, end: 68 }, actual: 'frappe' },
    ]);
    expect(checked!.findings[1]!.reason).toBe('elision before an h aspiré: write “le Hezbollah” or “du Hezbollah”, never “l’Hezbollah”');
    expect(checked!.findings[0]!.expected).toEqual(['Brigades du Hezbollah']);
  });

  it('leaves a clean target alone, in French and in Arabic', () => {
    const fr = unit('Un porte-parole des Brigades du Hezbollah a démenti que le Hezbollah ait pris part à la frappe aérienne.', 'mt');
    const ar = unit('ونفى متحدث باسم كتائب حزب الله مشاركة حزب الله في الغارة الجوية.', 'mt', 'ar');
    expect(checkTermCompliance([fr, ar], termbase)).toEqual([fr, ar]);
  });

  it('checks every origin but pseudo-translation, and gives a finding the same id on every run', () => {
    const target = 'Le mouvement a démenti.';
    const [mt, tm, human, pseudo] = checkTermCompliance(['mt', 'tm', 'human', 'pseudo'].map((origin) => unit(target, origin as Unit['origin'])), termbase);
    for (const checked of [mt, tm, human]) expect(checked!.findings.map((f) => f.ruleId)).toEqual(['terms/missing', 'terms/missing', 'terms/missing']);
    expect(pseudo!.findings).toEqual([]);
    expect(new Set(mt!.findings.map((f) => f.id)).size).toBe(3);
    expect(checkTermCompliance([unit(target, 'mt')], termbase)[0]!.findings.map((f) => f.id)).toEqual(mt!.findings.map((f) => f.id));
  });

  it('runs in the QA runner on human work too (report only: warnings block nothing)', () => {
    const human = unit('Le mouvement a démenti.', 'human');
    const [checked] = checkArticle({ article: articleOf([['paragraph', source.source]]), targetLang: 'fr', units: [human] }, { glossary: termbase });
    expect(checked!.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['terms/missing', 'warning']);
  });
});
