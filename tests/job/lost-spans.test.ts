import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const story = articleOf(
  [
    ['headline', 'Dockers end their strike'],
    ['paragraph', 'The strike lasted 12 days. Some 2,500 dockers took part.'],
  ],
  { id: 'port-2026-11-20' },
);

/** An engine whose translation of one sentence loses its number, as MT sometimes does; no finding of its own. */
const droppingEngine = scriptedEngine((source) => `FR ${source.replace('2,500', 'des milliers de')}`);

const storyPath = 'out/port-2026-11-20.fr.txt';

describe('a target that lost a protected span', () => {
  it('carries an error named in report.json and in its XLIFF note, and keeps the story from being written', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const result = await runJob(jobOptions(droppingEngine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    const fr = JSON.parse(disk.get('out/report.json')!).articles[0].languages.fr;
    expect(fr.errors).toEqual([
      { unitId: 'p1.s2', ruleId: 'numbers/value-missing', reason: 'the number “2,500” is not in the target', id: 'numbers/value-missing:fr:p1.s2:source@5-10' },
    ]);
    // The scripted engine leaves the English in: the headline and the first sentence are reported as such (warnings).
    expect(fr.findings).toEqual({ 'numbers/value-missing': 1, 'qa/english-run': 2 });
    expect(fr).toMatchObject({ translated: 3, withheld: 1, untranslated: 0 });
    expect(fr.story).toBe('not-written');
    expect(result.report.articles[0]!.languages['fr']!.story).toBe('not-written');
    expect(disk.has(storyPath)).toBe(false);
    const xliff = disk.get('out/xliff-1.2/port-2026-11-20.fr.xlf')!;
    const unit = xliff.slice(xliff.indexOf('id="p1.s2"'), xliff.indexOf('</trans-unit>', xliff.indexOf('id="p1.s2"')));
    expect(unit).toContain(
      'Error (numbers/value-missing): the number “2,500” is not in the target; write this value in the target before publishing. Until it is fixed, this target is not published.',
    );
    // The bundle falls back to the source for that sentence, as for an untranslated one.
    const bundle = JSON.parse(disk.get('locales/fr/port-2026-11-20.json')!);
    expect(bundle.segments.p1).toEqual({ s1: 'FR The strike lasted 12 days.' });
  });

  it('with allowPartial writes the story with that target marked as a gap to fix', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const result = await runJob(jobOptions(droppingEngine, ['test.txt'], { targetLangs: ['fr'], allowPartial: true }), services([story]));
    expect(result.report.articles[0]!.languages['fr']!.story).toBe('partial');
    const written = disk.get(storyPath)!;
    expect(written).toContain(
      'FR The strike lasted 12 days. [TO FIX, the number “2,500” is not in the target: FR Some des milliers de dockers took part.]',
    );
    expect(written).toMatch(/\nstatus: partial\ngaps: 1\n---\n/);
  });

  it('is caught in a translation-memory match too, and a story whose targets keep their spans is written', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'The strike lasted 12 days.', target: 'La grève a duré des jours.', origin: 'tmx' }]);
    const keepsNumbers = scriptedEngine((source) => `FR ${source}`);
    const result = await runJob(jobOptions(keepsNumbers, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(result.report.articles[0]!.languages['fr']!.errors.map((error) => [error.unitId, error.reason])).toEqual([
      ['p1.s1', 'the number “12” is not in the target'],
    ]);
    expect(disk.has(storyPath)).toBe(false);

    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'The strike lasted 12 days.', target: 'La grève a duré 12 jours.', origin: 'tmx' }]);
    const fixed = await runJob(jobOptions(keepsNumbers, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(fixed.report.articles[0]!.languages['fr']).toMatchObject({ story: 'written', errors: [] });
    // The engine's `2,500` is written as French writes it (localize/).
    expect(disk.get(storyPath)).toContain('La grève a duré 12 jours. FR Some 2\u202F500 dockers took part.');
  });
});
