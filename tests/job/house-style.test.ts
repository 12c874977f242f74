import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import type { LanguageTag } from '../../src/model.js';
import { hashText } from '../../src/util/hash.js';
import type { Store } from '../../src/store/store.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const story = articleOf(
  [
    ['headline', 'Talks open in Baghdad'],
    ['paragraph', 'He said "no" to the plan.'],
    ['paragraph', 'Officials gave no timeline.'],
  ],
  { id: 'talks-2024-11-23' },
);

const translations: Record<string, Record<string, string>> = {
  fr: {
    'Talks open in Baghdad': 'Les pourparlers s’ouvrent à Bagdad',
    'He said "no" to the plan.': 'Il a dit "non" au plan.',
    'Officials gave no timeline.': 'Les responsables n’ont donné aucun calendrier.',
  },
  ar: {
    'Talks open in Baghdad': 'المحادثات تبدأ في بغداد',
    'He said "no" to the plan.': 'قال, لا للخطة.',
    'Officials gave no timeline.': 'لم يحدد المسؤولون موعدا.',
  },
};
const machine = scriptedEngine((source, lang) => translations[lang]![source]!);

const NNBSP = '\u202f';
const fixedFrench = `Il a dit «${NNBSP}non${NNBSP}» au plan.`;
const reportOf = (disk: Map<string, string>) => JSON.parse(disk.get('out/report.json')!);
const bundleOf = (disk: Map<string, string>, lang: LanguageTag) => JSON.parse(disk.get(`locales/${lang}/talks-2024-11-23.json`)!);

/** A human's target for the quoted sentence, in the ledger as an import leaves it. */
async function humanTarget(store: Store, state: 'translated' | 'reviewed' | 'final', target: string): Promise<void> {
  await store.ledger.record({
    articleId: 'talks-2024-11-23', targetLang: 'fr', unitId: 'p1.s1', sourceHash: hashText('He said "no" to the plan.'),
    target, state, origin: 'human',
  });
}

describe('house style in the job', () => {
  it('fixes a machine translation before rendering: story, bundle, XLIFF and ledger carry the house form', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(machine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain(fixedFrench);
    expect(disk.get('out/talks-2024-11-23.fr.txt')).not.toContain('"non"');
    expect(bundleOf(disk, 'fr').segments.p1.s1).toBe(fixedFrench);
    const xliff = disk.get('out/xliff-1.2/talks-2024-11-23.fr.xlf')!;
    expect(xliff).toContain(`>${fixedFrench}</target>`);
    expect(xliff).toContain('Info (qa/house-style-fixed): house style applied to the target: fr-typography/quote-style ×2.</note>');
    expect((await store.ledger.get('talks-2024-11-23', 'fr', 'p1.s1', hashText('He said "no" to the plan.')))?.target).toBe(fixedFrench);
    // What remains after fixing is nothing; one info says the fixer changed the target.
    const fr = reportOf(disk).articles[0].languages.fr;
    expect(fr.findings).toEqual({ 'qa/house-style-fixed': 1 });
    expect(fr.unitFindings).toEqual({
      'p1.s1': [expect.objectContaining({ ruleId: 'qa/house-style-fixed', severity: 'info', actual: 'Il a dit "non" au plan.' })],
    });
  });

  it('fixes an Arabic machine translation with the Arabic rules (، for a Latin comma)', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(machine, ['test.txt'], { targetLangs: ['ar'] }), services([story]));
    expect(disk.get('out/talks-2024-11-23.ar.txt')).toContain('قال، لا للخطة.');
    expect(reportOf(disk).articles[0].languages.ar.findings).toEqual({ 'qa/house-style-fixed': 1 });
  });

  it('never changes a human reviewed or final target: it reports what the fixer would change, marked fixable', async () => {
    for (const state of ['reviewed', 'final'] as const) {
      const { services, disk, store } = await memoryJobWorld(glossaryOf());
      await humanTarget(store, state, 'Il a dit "non" au plan.');
      const result = await runJob(jobOptions(machine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
      expect(result.stats.fromLedger).toBe(1);
      expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain('Il a dit "non" au plan.');
      expect(bundleOf(disk, 'fr').segments.p1.s1).toBe('Il a dit "non" au plan.');
      expect(await store.ledger.get('talks-2024-11-23', 'fr', 'p1.s1', hashText('He said "no" to the plan.'))).toMatchObject({
        target: 'Il a dit "non" au plan.',
        state,
      });
      // Each straight quote has its note in the XLIFF for the reviewer.
      expect(disk.get('out/xliff-1.2/talks-2024-11-23.fr.xlf')).toContain('Warning (fr-typography/quote-style): " used as a quotation mark; a quotation takes « » (at 9–10: "; house form: «).</note>');
      // Both straight quotes are reported, per unit in report.json; nothing says the target was fixed.
      const fr = reportOf(disk).articles[0].languages.fr;
      expect(fr.findings).toEqual({ 'fr-typography/quote-style': 2 });
      expect(fr.unitFindings).toEqual({
        'p1.s1': [
          expect.objectContaining({ ruleId: 'fr-typography/quote-style', severity: 'warning', place: { side: 'target', start: 9, end: 10 }, actual: '"', expected: ['«'], fixable: true }),
          expect.objectContaining({ ruleId: 'fr-typography/quote-style', place: { side: 'target', start: 13, end: 14 }, expected: ['»'], fixable: true }),
        ],
      });
    }
  });

  it('fixes a human target nobody has reviewed yet (state translated)', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await humanTarget(store, 'translated', 'Il a dit "non" au plan.');
    await runJob(jobOptions(machine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain(fixedFrench);
  });

  it('leaves targets already in house style alone: no finding, no note', async () => {
    const clean = scriptedEngine((source, lang) => (lang === 'fr' && source.startsWith('He said') ? fixedFrench : translations[lang]![source]!));
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(clean, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(reportOf(disk).articles[0].languages.fr.findings).toEqual({});
  });

  it('re-renders when the house style changes, and not when it is only spelled differently', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const run = (houseStyle?: object) =>
      runJob(jobOptions(machine, ['test.txt'], { targetLangs: ['fr'], ...(houseStyle ? { houseStyle } : {}) }), services([story]));
    await run();
    // The defaults written out are the same settings: outputs are current.
    expect(await run({ fr: { rules: { 'quote-style': 'warning' } } })).toMatchObject({ skipped: 1, written: [] });
    const off = await run({ fr: { rules: { 'quote-style': 'off' } } });
    expect(off.skipped).toBe(0);
    expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain('Il a dit "non" au plan.');
    expect(reportOf(disk).articles[0].languages.fr.findings).toEqual({});
  });
});
