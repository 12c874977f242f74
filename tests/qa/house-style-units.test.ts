import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/model.js';
import { checkArticle, checkTexts } from '../../src/qa/index.js';
import { articleOf, glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

const NNBSP = '\u202f';
const article = articleOf([['paragraph', 'He said "no". He said "no".']]);
const quoted = (id: string, patch: Partial<Unit>, lang = 'fr'): Unit => unitOf(segmentOf('He said "no".', { id }), lang, patch);
const check = (units: Unit[], targetLang = 'fr') => checkArticle({ article, targetLang, units }, { glossary: glossaryOf() });

describe('house style on units', () => {
  it('fixes machine, TM and pseudo targets and says so once per unit, with the target as it was', () => {
    const units = check([
      quoted('p1.s1', { target: 'Il a dit "non".', state: 'needs-review', origin: 'mt' }),
      quoted('p1.s2', { target: 'Il a dit "non".', state: 'translated', origin: 'tm' }),
    ]);
    for (const unit of units) {
      expect(unit.target).toBe(`Il a dit «${NNBSP}non${NNBSP}».`);
      expect(unit.findings).toEqual([
        expect.objectContaining({
          ruleId: 'qa/house-style-fixed',
          severity: 'info',
          unitId: unit.id,
          actual: 'Il a dit "non".',
          reason: 'house style applied to the target: fr-typography/quote-style ×2',
        }),
      ]);
      // About the whole target, not a range of it: a review page flags the cell instead of underlining all its text.
      expect(unit.findings[0]!.place).toBeUndefined();
    }
    expect(units[0]!.findings[0]!.id).not.toBe(units[1]!.findings[0]!.id);
  });

  it('moves the markup of a target it fixes with the fixer’s edits, and leaves the markup of a target it only checks', () => {
    const target = 'Il a dit "non".';
    const emphasis = { id: 'm1', start: 10, end: 13 };
    const quotation = { id: 'm2', start: 9, end: 14 };
    const [fixed, reviewed] = check([
      quoted('p1.s1', { target, targetMarkup: [emphasis, quotation], state: 'needs-review', origin: 'mt' }),
      quoted('p1.s2', { target, targetMarkup: [emphasis, quotation], state: 'reviewed', origin: 'human' }),
    ]);
    const text = (unit: Unit, id: string) => {
      const placement = unit.targetMarkup!.find((p) => p.id === id)!;
      return unit.target!.slice(placement.start, placement.end);
    };
    expect(fixed!.target).toBe(`Il a dit «${NNBSP}non${NNBSP}».`);
    expect([text(fixed!, 'm1'), text(fixed!, 'm2')]).toEqual(['non', `«${NNBSP}non${NNBSP}»`]);
    expect(reviewed!.targetMarkup).toEqual([emphasis, quotation]);
  });

  it('reports on a reviewed human target without changing it: fixable findings with the unit id, ids unique per unit', () => {
    const units = check([
      quoted('p1.s1', { target: 'Il a dit "non".', state: 'reviewed', origin: 'human' }),
      quoted('p1.s2', { target: 'Il a dit "non".', state: 'final', origin: 'human' }),
    ]);
    for (const unit of units) {
      expect(unit.target).toBe('Il a dit "non".');
      expect(unit.findings.map((finding) => [finding.ruleId, finding.place, finding.fixable, finding.unitId, finding.id])).toEqual([
        ['fr-typography/quote-style', { side: 'target', start: 9, end: 10 }, true, unit.id, `fr-typography/quote-style:fr:${unit.id}:target@9-10`],
        ['fr-typography/quote-style', { side: 'target', start: 13, end: 14 }, true, unit.id, `fr-typography/quote-style:fr:${unit.id}:target@13-14`],
      ]);
    }
    const ids = units.flatMap((unit) => unit.findings.map((finding) => finding.id));
    expect(new Set(ids).size).toBe(4);
  });

  it('applies to regional tags of French and Arabic and to no other language', () => {
    const target = 'Il a dit "non".';
    expect(check([quoted('p1.s1', { target, state: 'needs-review', origin: 'mt' }, 'fr-CA')], 'fr-CA')[0]!.target).toBe(`Il a dit «${NNBSP}non${NNBSP}».`);
    const german = check([quoted('p1.s1', { target: 'Er sagte "nein".', state: 'needs-review', origin: 'mt' }, 'de')], 'de')[0]!;
    expect(german).toMatchObject({ target: 'Er sagte "nein".', findings: [] });
  });

  it('leaves untranslated units alone', () => {
    const untranslated = quoted('p1.s1', { state: 'untranslated' });
    expect(check([untranslated])[0]).toBe(untranslated);
  });
});

describe('checkTexts: the unit checks on texts read from files', () => {
  it('reports house style on the text as it is, fixing nothing, with offsets into the text', () => {
    const [unit] = checkTexts([{ id: 'u1', target: 'Il a dit "non" à 17:30.' }], 'fr', { glossary: glossaryOf() });
    expect(unit!.target).toBe('Il a dit "non" à 17:30.');
    expect(unit!.findings.map((finding) => [finding.ruleId, finding.actual, finding.fixable])).toEqual([
      ['fr-typography/quote-style', '"', true],
      ['fr-typography/quote-style', '"', true],
      ['fr-typography/time-format', '17:30', true],
    ]);
  });

  it('checks the source against the target when the source is known: a lost number', () => {
    const [unit] = checkTexts([{ id: 'u1', source: 'There are 2,500 troops.', target: 'Il y a des soldats.' }], 'fr', { glossary: glossaryOf() });
    expect(unit!.findings.map((finding) => finding.ruleId)).toEqual(['numbers/value-missing']);
  });

  it('finds nothing in clean text', () => {
    const [unit] = checkTexts([{ id: 'u1', source: 'There are 2,500 troops.', target: `Il y a 2${NNBSP}500 soldats.` }], 'fr', { glossary: glossaryOf() });
    expect(unit!.findings).toEqual([]);
  });
});
