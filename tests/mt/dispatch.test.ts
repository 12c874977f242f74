import { describe, expect, it } from 'vitest';
import { EngineCallError, type EngineBatch } from '../../src/mt/engine.js';
import { noneEngine } from '../../src/mt/engines/none.js';
import { translateUnits } from '../../src/mt/index.js';
import { packBatches } from '../../src/mt/batches.js';
import { glossaryOf, scriptedEngineOf, segmentOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf();
const unitsFor = (count: number, lang = 'fr') =>
  Array.from({ length: count }, (_, i) => unitOf(segmentOf(`Sentence number ${i}.`, { id: `p${i + 1}.s1` }), lang));

/** A scripted engine: upper-cases the text, records every batch, fails the batches it is told to. */
function scriptedEngine(options: { failBatches?: number[]; maxTexts?: number; delayMs?: number } = {}) {
  const batches: EngineBatch[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const engine = scriptedEngineOf({ maxTexts: options.maxTexts ?? 50, maxBytes: 1024 }, async (batch) => {
    const number = batches.push(batch);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
    inFlight -= 1;
    if (options.failBatches?.includes(number)) throw new EngineCallError('bad-request', `batch ${number} refused`, { status: 400 });
    return { targets: batch.segments.map((segment) => segment.source.toUpperCase()) };
  });
  return { engine, batches, maxInFlight: () => maxInFlight };
}

describe('packBatches', () => {
  it('never exceeds the text or byte limit and never mixes languages', () => {
    const units = [...unitsFor(7, 'fr'), ...unitsFor(3, 'ar')];
    const batches = packBatches(units, { maxTexts: 3, maxBytes: 60 });
    for (const batch of batches) {
      expect(batch.units.length).toBeLessThanOrEqual(3);
      expect(batch.units.reduce((sum, unit) => sum + Buffer.byteLength(unit.segment.source), 0)).toBeLessThanOrEqual(60);
      expect(new Set(batch.units.map((unit) => unit.targetLang)).size).toBe(1);
    }
    expect(batches.flatMap((batch) => batch.units)).toEqual(units);
  });

  it('gives a unit larger than the byte limit a batch of its own', () => {
    const big = unitOf(segmentOf('x'.repeat(100), { id: 'p1.s1' }), 'fr');
    expect(packBatches([big, ...unitsFor(1)], { maxTexts: 10, maxBytes: 50 }).map((b) => b.units.length)).toEqual([1, 1]);
  });
});

describe('translateUnits', () => {
  it('translates untranslated units in batches and marks them for review', async () => {
    const { engine, batches } = scriptedEngine({ maxTexts: 4 });
    const result = await translateUnits(unitsFor(10), engine, { sourceLang: 'en', glossary });
    expect(batches.map((batch) => batch.segments.length)).toEqual([4, 4, 2]);
    expect(result.requests).toBe(3);
    expect(result.unitsSent).toBe(10);
    expect(result.units.every((unit) => unit.state === 'needs-review' && unit.origin === 'mt' && unit.engine === 'scripted')).toBe(true);
    expect(result.units[0]!.target).toBe('SENTENCE NUMBER 0.');
  });

  it('sends nothing for units that already have a target', async () => {
    const { engine, batches } = scriptedEngine();
    const done = unitOf(segmentOf('Done.', { id: 'p9.s1' }), 'fr', { state: 'reviewed', target: 'Fait.', origin: 'human' });
    const result = await translateUnits([done, ...unitsFor(1)], engine, { sourceLang: 'en', glossary });
    expect(batches.flatMap((batch) => batch.segments.map((segment) => segment.id))).toEqual(['p1.s1']);
    expect(result.units[0]).toBe(done);
  });

  it('records a failed batch on each of its units and still finishes the others', async () => {
    const { engine } = scriptedEngine({ maxTexts: 2, failBatches: [2] });
    const result = await translateUnits(unitsFor(6), engine, { sourceLang: 'en', glossary, concurrency: 1 });
    expect(result.failures.map((failure) => failure.unitId)).toEqual(['p3.s1', 'p4.s1']);
    const failed = result.units.filter((unit) => unit.state === 'untranslated');
    expect(failed.map((unit) => unit.findings[0]?.ruleId)).toEqual(['mt/failed', 'mt/failed']);
    expect(result.units.filter((unit) => unit.state === 'needs-review')).toHaveLength(4);
  });

  it("puts an engine's markup placements on their units, and none on a unit whose segment has no codes", async () => {
    const link = { id: 'm1', kind: 'paired', element: 'a', open: '<a href="https://x.test/">', close: '</a>', start: 0, end: 3 } as const;
    const marked = unitOf({ ...segmentOf('Two dead.', { id: 'p1.s1' }), markup: [link] }, 'fr');
    const plain = unitOf(segmentOf('One hurt.', { id: 'p2.s1' }), 'fr');
    const engine = scriptedEngineOf({ maxTexts: 10, maxBytes: 1024 }, async (batch) => ({
      targets: ['Deux morts.', 'Un blessé.'],
      markup: batch.segments.map((segment) => (segment.markup === undefined ? undefined : [{ id: 'm1', start: 0, end: 4 }])),
    }));
    const result = await translateUnits([marked, plain], engine, { sourceLang: 'en', glossary });
    expect(result.units[0]!.targetMarkup).toEqual([{ id: 'm1', start: 0, end: 4 }]);
    expect(result.units[1]).not.toHaveProperty('targetMarkup');
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const scripted = scriptedEngine({ maxTexts: 1, delayMs: 5 });
    await translateUnits(unitsFor(8), scripted.engine, { sourceLang: 'en', glossary, concurrency: 3 });
    expect(scripted.maxInFlight()).toBe(3);
  });

  it('sends nothing to the none engine', async () => {
    const result = await translateUnits(unitsFor(3), noneEngine, { sourceLang: 'en', glossary });
    expect(result.requests).toBe(0);
    expect(result.units.every((unit) => unit.state === 'untranslated')).toBe(true);
  });

  it('rejects a concurrency below 1 with a message naming the option', async () => {
    await expect(translateUnits([], noneEngine, { sourceLang: 'en', glossary, concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});

describe('translateUnits with onTranslated', () => {
  it('hands over each batch with its targets before using them', async () => {
    const { engine } = scriptedEngine({ maxTexts: 2 });
    const seen: string[][] = [];
    await translateUnits(unitsFor(3), engine, {
      sourceLang: 'en',
      glossary,
      concurrency: 1,
      onTranslated: (batch, result) => {
        seen.push(batch.units.map((unit, i) => `${unit.id}=${result.targets[i]}`));
      },
    });
    expect(seen).toEqual([['p1.s1=SENTENCE NUMBER 0.', 'p2.s1=SENTENCE NUMBER 1.'], ['p3.s1=SENTENCE NUMBER 2.']]);
  });

  it('stops the dispatch when onTranslated fails, instead of reporting a translation failure', async () => {
    const { engine } = scriptedEngine();
    const broken = new Error('store is gone');
    await expect(
      translateUnits(unitsFor(2), engine, { sourceLang: 'en', glossary, onTranslated: () => { throw broken; } }),
    ).rejects.toBe(broken);
  });

  it('waits for an asynchronous onTranslated (a store commit) and stops when it rejects', async () => {
    const { engine, batches } = scriptedEngine({ maxTexts: 1 });
    const broken = new Error('store is gone');
    const committed: string[] = [];
    const dispatched = translateUnits(unitsFor(3), engine, {
      sourceLang: 'en',
      glossary,
      concurrency: 1,
      onTranslated: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (committed.length === 1) throw broken;
        committed.push(batch.units[0]!.id);
      },
    });
    await expect(dispatched).rejects.toBe(broken);
    expect(committed).toEqual(['p1.s1']);
    expect(batches).toHaveLength(2);
  });
});

describe('translateUnits across articles', () => {
  it('keeps apart units of different articles that share an id', async () => {
    const { engine } = scriptedEngine();
    const first = unitOf(segmentOf('First story.', { id: 'p1.s1' }), 'fr');
    const second = unitOf(segmentOf('Second story.', { id: 'p1.s1' }), 'fr');
    const result = await translateUnits([first, second], engine, { sourceLang: 'en', glossary });
    expect(result.units.map((unit) => unit.target)).toEqual(['FIRST STORY.', 'SECOND STORY.']);
  });
});
