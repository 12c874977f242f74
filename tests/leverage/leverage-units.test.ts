import { describe, expect, it } from 'vitest';
import { leverageUnits, neighbourContexts, type TmLookup } from '../../src/leverage/index.js';
import type { TmContext, TmMatch } from '../../src/store/store.js';
import { segmentOf, unitOf } from '../helpers/builders.js';
import { openTempStore } from '../store/temp-store.js';

const sources = ['Fighting resumed.', 'The troops left Baghdad on Thursday.', 'Officials confirmed it.'];
const units = sources.map((source, i) => unitOf(segmentOf(source, { id: `p1.s${i + 1}` }), 'fr'));

/** A TM that records its lookups and knows one exact and one fuzzy match, English to French. */
function scriptedTm(): TmLookup & { exactCalls: Array<[string, TmContext | undefined]>; pairQuestions: number } {
  const exactCalls: Array<[string, TmContext | undefined]> = [];
  const fuzzy: TmMatch = { source: 'The troops left Baghdad on Friday.', target: 'Vendredi.', similarity: 85.7, inContext: false, origin: 'tmx' };
  return {
    exactCalls,
    pairQuestions: 0,
    async hasEntries(sourceLang, targetLang) {
      this.pairQuestions += 1;
      return sourceLang === 'en' && targetLang === 'fr';
    },
    async exact(_sourceLang, _targetLang, source, context) {
      exactCalls.push([source, context]);
      return source === 'Officials confirmed it.'
        ? { source, target: 'Les responsables l’ont confirmé.', similarity: 100, inContext: false, origin: 'human' }
        : undefined;
    },
    async fuzzy(_sourceLang, _targetLang, source) {
      return source.startsWith('The troops') ? [fuzzy] : [];
    },
  };
}

describe('leverageUnits', () => {
  it('asks once whether the memory has the language pair, and looks nothing up when it has not', async () => {
    const tm = scriptedTm();
    const arabic = units.map((unit) => ({ ...unit, targetLang: 'ar' }));
    const result = await leverageUnits(arabic, tm, { sourceLang: 'en' });
    expect(tm.pairQuestions).toBe(1);
    expect(tm.exactCalls).toEqual([]);
    result.units.forEach((unit, i) => expect(unit).toBe(arabic[i]));
    await leverageUnits(units, tm, { sourceLang: 'en' });
    expect(tm.pairQuestions).toBe(2);
    expect(tm.exactCalls).toHaveLength(3);
  });

  it('fills exact matches as translated from the TM and offers fuzzy ones apart', async () => {
    const tm = scriptedTm();
    const result = await leverageUnits(units, tm, { sourceLang: 'en' });
    expect(result.units[2]).toEqual({ ...units[2], target: 'Les responsables l’ont confirmé.', state: 'translated', origin: 'tm' });
    expect(result.exactMatches.get('p1.s3')?.inContext).toBe(false);
    expect(result.units[1]).toBe(units[1]);
    expect(result.suggestions.get('p1.s2')?.map((match) => match.target)).toEqual(['Vendredi.']);
    expect([...result.suggestions.keys()]).toEqual(['p1.s2']);
  });

  it('looks units up with their neighbours in reading order', async () => {
    const tm = scriptedTm();
    await leverageUnits(units, tm, { sourceLang: 'en' });
    expect(tm.exactCalls).toEqual([
      ['Fighting resumed.', { nextSource: sources[1] }],
      [sources[1], { previousSource: sources[0], nextSource: sources[2] }],
      [sources[2], { previousSource: sources[1] }],
    ]);
  });

  it('leaves units that already have a target alone', async () => {
    const tm = scriptedTm();
    const reviewed = { ...units[2]!, target: 'Relu.', state: 'reviewed' as const, origin: 'human' as const };
    const result = await leverageUnits([units[0]!, units[1]!, reviewed], tm, { sourceLang: 'en' });
    expect(result.units[2]).toBe(reviewed);
    expect(result.exactMatches.size).toBe(0);
  });

  it('marks an exact match recorded in the same context as in context, still only translated', async () => {
    const { tm } = await openTempStore();
    const contexts = neighbourContexts(units);
    await tm.add([{ sourceLang: 'en', targetLang: 'fr', source: sources[1]!, target: 'Jeudi.', origin: 'human', ...contexts[1] }]);
    const result = await leverageUnits(units, tm, { sourceLang: 'en' });
    expect(result.exactMatches.get('p1.s2')).toMatchObject({ target: 'Jeudi.', inContext: true });
    expect(result.units[1]).toMatchObject({ target: 'Jeudi.', state: 'translated', origin: 'tm' });
  });

  it('uses the fuzzy threshold and limit it is given', async () => {
    const { tm } = await openTempStore();
    await tm.add([
      { sourceLang: 'en', targetLang: 'fr', source: 'The troops left Baghdad on Friday.', target: 'Vendredi.', origin: 'tmx' },
      { sourceLang: 'en', targetLang: 'fr', source: 'The troops left Mosul on Friday.', target: 'Mossoul.', origin: 'tmx' },
    ]);
    expect((await leverageUnits(units, tm, { sourceLang: 'en' })).suggestions.get('p1.s2')).toHaveLength(1);
    expect((await leverageUnits(units, tm, { sourceLang: 'en', fuzzyThreshold: 70 })).suggestions.get('p1.s2')).toHaveLength(2);
    expect(
      (await leverageUnits(units, tm, { sourceLang: 'en', fuzzyThreshold: 70, fuzzyLimit: 1 })).suggestions.get('p1.s2'),
    ).toHaveLength(1);
  });

  it('rejects units of several languages and bad options', async () => {
    const tm = scriptedTm();
    await expect(leverageUnits([units[0]!, { ...units[1]!, targetLang: 'ar' }], tm, { sourceLang: 'en' })).rejects.toThrow(
      'Expected the units of one target language',
    );
    await expect(leverageUnits(units, tm, { sourceLang: 'en', fuzzyThreshold: 120 })).rejects.toThrow('`threshold`');
  });
});
