import { describe, expect, it } from 'vitest';
import { findingOn, findingOnUnit, type Finding, type TargetFinding } from '../../src/model.js';
import { checkTexts } from '../../src/qa/index.js';
import { entry, glossaryOf } from '../helpers/builders.js';

const quoteStyle: TargetFinding = { ruleId: 'fr-typography/quote-style', source: 'qa/house-style', severity: 'warning', reason: 'straight quote' };

describe('findingOn, the one factory of findings', () => {
  it('names the rule, the language, the scope and the key, and sets the carrying unit', () => {
    expect(findingOnUnit({ ...quoteStyle, key: 'target@9-10' }, { id: 'p2.s1', targetLang: 'fr' })).toEqual({
      ...quoteStyle,
      id: 'fr-typography/quote-style:fr:p2.s1:target@9-10',
      unitId: 'p2.s1',
    });
    const sizeLimit = findingOn({ ruleId: 'qa/size-limit', source: 'qa/size-limits', severity: 'warning', reason: 'long' }, { lang: 'ar', id: 'headline', unitId: 'headline.s2' });
    expect(sizeLimit).toMatchObject({ id: 'qa/size-limit:ar:headline', unitId: 'headline.s2' });
    const dateline = findingOn({ ruleId: 'dateline/place-unknown', source: 'render/dateline', severity: 'warning', reason: 'no rendering' }, { lang: 'ar', id: 'dateline' });
    expect(dateline.id).toBe('dateline/place-unknown:ar:dateline');
    expect(dateline).not.toHaveProperty('unitId');
    expect(dateline).not.toHaveProperty('key');
  });
});

describe('finding ids over the QA checks', () => {
  const glossary = glossaryOf(
    entry('air strike', { fr: 'frappe aérienne' }),
    entry('Foreign Ministry', { fr: 'ministère des Affaires étrangères' }),
    entry('spokesman', { fr: 'porte-parole' }),
  );
  const source =
    'The Foreign Ministry spokesman said 2,500 troops, 300 tanks and 40 jets left after the air strike; see https://example.org/a and https://example.org/b.';
  // Loses every value, both URLs and every term; straight quotes and unpaired « without their spaces, several of each.
  const target = 'Il a dit "oui" puis "non" et "peut-être" «un «deux «trois, et les chars de l’armée de l’air.';
  const check = (texts: ReadonlyArray<{ id: string; target: string }>): Finding[][] =>
    checkTexts(texts.map((text) => ({ ...text, source })), 'fr', { glossary }).map((unit) => [...unit.findings]);

  it('never gives two findings on one unit the same id, however many a rule reports there', () => {
    const [findings] = check([{ id: 'p2.s1', target }]);
    const perRule = new Map<string, number>();
    for (const finding of findings!) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
    for (const rule of ['fr-typography/quote-style', 'fr-typography/space-inside-guillemets', 'qa/quote-unbalanced', 'numbers/value-missing', 'qa/span-missing', 'terms/missing']) {
      expect(perRule.get(rule), rule).toBeGreaterThan(1);
    }
    const ids = findings!.map((finding) => finding.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are readable: rule, language, unit and a key that is a range, never a digest', () => {
    const [findings] = check([{ id: 'p2.s1', target }]);
    for (const finding of findings!) {
      expect(finding.id.startsWith(`${finding.ruleId}:fr:p2.s1`), finding.id).toBe(true);
      expect(finding.id).not.toMatch(/[0-9a-f]{16}/u);
    }
    const ids = findings!.map((finding) => finding.id);
    expect(ids).toContain('numbers/value-missing:fr:p2.s1:source@36-41');
    expect(ids).toContain('terms/missing:fr:p2.s1:foreign-ministry');
    expect(ids).toContain('fr-typography/quote-style:fr:p2.s1:target@9-10');
  });

  it('stay the same across runs and when the text after them changes, and differ between units', () => {
    const [before] = check([{ id: 'p2.s1', target }]);
    const [again] = check([{ id: 'p2.s1', target }]);
    expect(again!.map((finding) => finding.id)).toEqual(before!.map((finding) => finding.id));
    const [edited, other] = check([
      { id: 'p2.s1', target: target.replace('l’armée de l’air', 'la marine') },
      { id: 'p3.s1', target },
    ]);
    const quoteIds = (list: readonly Finding[]) => list.filter((finding) => finding.ruleId === 'fr-typography/quote-style').map((finding) => finding.id);
    expect(quoteIds(edited!)).toEqual(quoteIds(before!));
    expect(quoteIds(other!).some((id) => quoteIds(before!).includes(id))).toBe(false);
  });
});
