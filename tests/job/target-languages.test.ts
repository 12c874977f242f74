import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { runJob, type RunOptions } from '../../src/job/run.js';
import type { Article, Glossary } from '../../src/model.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(
  entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }),
  entry('air strike', { fr: 'frappe aérienne', ar: 'غارة جوية' }),
);
const story = articleOf([
  ['headline', 'Air strike hits Baghdad depot'],
  ['paragraph', 'An air strike hit a depot on Friday.'],
]);

/** Runs the job with the counting pseudo engine; returns what it asked the engine and what is on disk. */
async function run(patch: Partial<RunOptions>, options: { article?: Article; glossary?: Glossary } = {}) {
  const world = await memoryJobWorld(options.glossary ?? glossary);
  const { engine, asked } = countingEngine();
  const outcome = runJob(jobOptions(engine, ['test.txt'], patch), world.services([options.article ?? story]));
  return { outcome, asked, disk: world.disk };
}

/** The job refuses before any work: a usage error (exit 2) matching `message`, no engine call, no file. */
async function expectRefused(patch: Partial<RunOptions>, message: RegExp, options: { article?: Article; glossary?: Glossary } = {}) {
  const { outcome, asked, disk } = await run(patch, options);
  await expect(outcome).rejects.toThrowError(UsageError);
  await expect(outcome).rejects.toThrowError(message);
  expect(asked).toEqual([]);
  expect([...disk.keys()]).toEqual([]);
}

describe('target languages are checked before any work', () => {
  it('refuses the stories\' own language as a target (it would overwrite the source bundle)', async () => {
    await expectRefused({ targetLangs: ['fr', 'en'] }, /--to en: test\.txt is written in en; a target language must differ/);
    await expectRefused({ targetLangs: ['en-GB'] }, /--to en-GB: test\.txt is written in en/);
  });

  it('refuses a target that is the language a story\'s front matter gives', async () => {
    const french = articleOf([['headline', 'Une frappe aérienne touche un dépôt']], { lang: 'fr' });
    await expectRefused({ targetLangs: ['fr', 'ar'] }, /--to fr: test\.txt is written in fr/, { article: french });
  });

  it('refuses a language the termbase has no column for, naming the columns it has', async () => {
    await expectRefused({ targetLangs: ['fr', 'de'] }, /--to de: the termbase has no de column \(its target columns: fr, ar\)/);
    await expectRefused({ targetLangs: ['de-AT'] }, /--to de-AT: the termbase has no de-AT column nor a de one/);
  });

  it('refuses a language with no locale data to write dates in', async () => {
    const withColumn: Glossary = { ...glossary, targetLangs: ['fr', 'ar', 'zz'] };
    await expectRefused({ targetLangs: ['zz'] }, /--to zz: no locale data for zz/, { glossary: withColumn });
  });
});

describe('regional targets', () => {
  it('take the renderings of their base language\'s column, and Arabic dates follow the house settings, not the region', async () => {
    const { outcome, disk } = await run({ targetLangs: ['fr-CA', 'ar-EG', 'ar-MA'] });
    await outcome;
    const bundle = (lang: string) => JSON.parse(disk.get(`locales/${lang}/${story.id}.json`)!) as { dateline: { place: string; date: string } };
    expect(bundle('fr-CA').dateline).toEqual({ place: 'Bagdad', date: 'samedi 23 novembre 2024' });
    // Egypt's locale data writes Arabic-Indic digits, Morocco's its own month names; the house writes one style (default: Western digits, paired months).
    expect(bundle('ar-EG').dateline).toEqual({ place: 'بغداد', date: 'السبت، 23 تشرين الثاني/نوفمبر 2024' });
    expect(bundle('ar-MA').dateline).toEqual({ place: 'بغداد', date: 'السبت، 23 تشرين الثاني/نوفمبر 2024' });
    expect(disk.get(`out/xliff-1.2/${story.id}.fr-CA.xlf`)).toContain('air strike → frappe aérienne');
  });

  it('prefer a column of their own when the termbase has one', async () => {
    const canadian = glossaryOf(entry('Baghdad', { fr: 'Bagdad', 'fr-CA': 'Baghdad (Irak)', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
    const { outcome, disk } = await run({ targetLangs: ['fr-CA', 'fr-FR'] }, { glossary: { ...canadian, targetLangs: ['ar', 'fr', 'fr-CA'] } });
    await outcome;
    expect(JSON.parse(disk.get(`locales/fr-CA/${story.id}.json`)!).dateline.place).toBe('Baghdad (Irak)');
    expect(JSON.parse(disk.get(`locales/fr-FR/${story.id}.json`)!).dateline.place).toBe('Bagdad');
  });
});
