import { describe, expect, it } from 'vitest';
import type { LocalizedArticle, Unit } from '../../src/model.js';
import { checkSizeLimits } from '../../src/qa/size-limits.js';
import { articleOf, segmentOf, unitOf } from '../helpers/builders.js';

const article = articleOf([
  ['headline', 'Dockers end strike. Port reopens'],
  ['paragraph', 'Ships sailed.'],
]);

function doc(targets: ReadonlyArray<[string, string | undefined]>): LocalizedArticle {
  const units: Unit[] = targets.map(([id, target]) =>
    unitOf(segmentOf(`source of ${id}`, { id }), 'fr', target === undefined ? {} : { target, state: 'translated', origin: 'human' }),
  );
  return { article, targetLang: 'fr', units };
}

describe('checkSizeLimits', () => {
  it('warns on the last unit of a block whose whole target is over the limit, counting code points and the joining space', () => {
    // 10 + 1 + 10 = 21 code points; the Arabic letters are one code point each.
    const units = checkSizeLimits(doc([['headline.s1', 'ابجدهوزحطي'], ['headline.s2', 'abcdefghij'], ['p1.s1', 'x'.repeat(500)]]), { headline: 20 });
    expect(units[0]!.findings).toEqual([]);
    expect(units[1]!.findings).toEqual([
      expect.objectContaining({
        ruleId: 'qa/size-limit',
        severity: 'warning',
        unitId: 'headline.s2',
        reason: "the headline's translation is 21 characters; the newsroom's limit is 20",
        actual: '21',
      }),
    ]);
    expect(units[2]!.findings).toEqual([]);
  });

  it('says nothing at the limit, for kinds without a limit, or while a unit of the block is untranslated', () => {
    const atLimit = checkSizeLimits(doc([['headline.s1', 'abcdefghij'], ['headline.s2', 'abcdefghi']]), { headline: 20 });
    expect(atLimit.flatMap((unit) => unit.findings)).toEqual([]);
    const noLimit = checkSizeLimits(doc([['headline.s1', 'x'.repeat(200)]]), { caption: 20 });
    expect(noLimit.flatMap((unit) => unit.findings)).toEqual([]);
    const partial = checkSizeLimits(doc([['headline.s1', 'x'.repeat(200)], ['headline.s2', undefined]]), { headline: 20 });
    expect(partial.flatMap((unit) => unit.findings)).toEqual([]);
  });

  it('gives the finding an id naming the block, the same on every run, so a dismissal survives', () => {
    const input = doc([['headline.s1', 'x'.repeat(30)]]);
    expect(checkSizeLimits(input, { headline: 20 })[0]!.findings[0]!.id).toBe('qa/size-limit:fr:headline');
    expect(checkSizeLimits(input, { headline: 20 })[0]!.findings[0]!.id).toBe(checkSizeLimits(input, { headline: 20 })[0]!.findings[0]!.id);
  });
});
