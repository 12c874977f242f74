/**
 * `--bundle-format icu` through the job: i18next with i18next-icu (formatjs' intl-messageformat)
 * renders every key of the ICU bundle, with its values, exactly as the plain bundle's string, in
 * French, Arabic with Western digits and Arabic with Arabic-Indic digits.
 */
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { afterEach, describe, expect, it } from 'vitest';
import type { HouseStyleConfig } from '../../src/qa/house-style/index.js';
import { runJob } from '../../src/job/run.js';
import type { BundleFormat, ResourceBundle } from '../../src/render/bundle.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const storyId = 'values-2024-11-23';
const story = articleOf(
  [
    ['headline', "Army's {budget} up 3.5% to $2.5 billion in 2024"],
    ['standfirst', 'Some 2,500 troops and 1,200.50 tonnes of aid arrived on December 23, 2024.'],
    [
      'paragraph',
      'The ministry said 12.75 percent of the 40,000 people left between 2014-2017. Talks resume on Friday at 2:30 pm, on Dec. 1, 2024, for the 21st time. Another 500 arrived; 500 more and 0.5% stayed.',
    ],
    ['paragraph', 'The index rose by 1.25 points. The score was 3-1 in November 2023, the temperature -5C at 5km, and see example.org/2500 <now>.'],
  ],
  { id: storyId, dateline: { place: 'Baghdad', date: '2024-11-23' } },
);
const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }));

/** An engine that keeps every value as the source writes it, around text an ICU parser would choke on. */
const engine = scriptedEngine((source, lang) => `${lang === 'fr' ? 'FR' : 'عربي'} l'{x}' <b> ${source}`);

async function bundles(format: BundleFormat, targetLangs: readonly string[], houseStyle?: HouseStyleConfig) {
  const { services, disk } = await memoryJobWorld(glossary);
  await runJob(jobOptions(engine, ['test.txt'], { targetLangs, bundleFormat: format, ...(houseStyle ? { houseStyle } : {}) }), services([story]));
  return (lang: string) => JSON.parse(disk.get(`locales/${lang}/${storyId}.json`)!) as ResourceBundle;
}

/** Every string leaf's key (`segments.p1.s1`) and text. */
function strings(bundle: ResourceBundle, prefix = ''): Array<[string, string]> {
  return Object.entries(bundle).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : typeof value === 'number' ? [] : strings(value, `${prefix}${key}.`),
  );
}

/** Each key of the ICU bundle rendered by i18next-icu in `language`, with the values the bundle carries. */
async function renderIcu(bundle: ResourceBundle, language: string): Promise<Map<string, string>> {
  const instance = i18next.createInstance();
  await instance.use(ICU).init({ lng: language, resources: { [language]: { [storyId]: bundle } }, ns: [storyId], defaultNS: storyId });
  const { values: _values, ...messages } = bundle;
  return new Map(
    strings(messages).map(([key]) => [key, instance.t(key, instance.t(`values.${key}`, { returnObjects: true }) as Record<string, number>)]),
  );
}

const setups = [
  { name: 'French', lang: 'fr', language: 'fr', houseStyle: undefined },
  { name: 'Arabic, Western digits', lang: 'ar', language: 'ar', houseStyle: undefined },
  // Egyptian month names: the ones ICU writes, so Arabic dates can be arguments too.
  { name: 'Arabic, Arabic-Indic digits', lang: 'ar', language: 'ar-u-nu-arab', houseStyle: { ar: { digits: 'arab', months: 'egyptian' } } },
] as const;

describe('ICU bundles', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it.each(setups)('render in i18next-icu as the plain bundle does: $name', async ({ lang, language, houseStyle }) => {
    const langs = [lang];
    const plain = (await bundles('plain', langs, houseStyle))(lang);
    const icu = (await bundles('icu', langs, houseStyle))(lang);
    const { values, ...messages } = icu;
    const expected = strings(plain);
    expect(strings(messages).map(([key]) => key)).toEqual(expected.map(([key]) => key));
    expect(Object.keys(values as ResourceBundle)).toEqual(Object.keys(messages));
    // Dates are at noon UTC: the calendar day is the same from UTC−11 to UTC+11.
    for (const timeZone of ['UTC', 'Pacific/Pago_Pago', 'Asia/Magadan']) {
      process.env['TZ'] = timeZone;
      const rendered = await renderIcu(icu, language);
      for (const [key, text] of expected) expect(rendered.get(key), `${key} in ${timeZone}`).toBe(text);
    }
    // Not everything literal: numbers and years are arguments, and so are dates where ICU writes them as the house does.
    const icuTexts = strings(messages).map(([, text]) => text).join('\n');
    expect(icuTexts).toMatch(/\{v1, number, ::precision-integer\}/);
    expect(icuTexts).toMatch(/\{v\d+, number, ::group-off\}/);
    expect(icuTexts).toMatch(/\{v\d+, number, ::\.00\}/);
    if (lang === 'fr') expect(icuTexts).toMatch(/\{v\d+, number, ::percent \.0\}/);
    if (lang === 'fr' || houseStyle) expect(icuTexts).toMatch(/\{d1, date, long\}/);
    else expect(icuTexts).not.toMatch(/, date, /);
  });

  it('render the source bundle in English as the plain one', async () => {
    const plain = (await bundles('plain', ['fr']))('en');
    const icu = (await bundles('icu', ['fr']))('en');
    const rendered = await renderIcu(icu, 'en');
    for (const [key, text] of strings(plain)) expect(rendered.get(key), key).toBe(text);
    expect(JSON.stringify(icu)).toMatch(/\{d1, date, long\}/);
  });

  it('carry the values beside the messages, paragraphs numbered afresh', async () => {
    const icu = (await bundles('icu', ['fr']))('fr');
    const values = icu['values'] as ResourceBundle;
    const segments = (icu['segments'] as ResourceBundle)['p1'] as ResourceBundle;
    const paragraph = (icu['paragraphs'] as ResourceBundle)['p1'] as string;
    const segmentArguments = Object.keys(segments).flatMap((key) => (segments[key] as string).match(/\{v\d+,/g) ?? []);
    expect(paragraph.match(/\{v\d+,/g)).toHaveLength(segmentArguments.length);
    expect(Object.keys((values['paragraphs'] as ResourceBundle)['p1'] as ResourceBundle)).toEqual(
      Array.from({ length: segmentArguments.length }, (_, i) => `v${i + 1}`),
    );
    // Dates are epoch milliseconds at noon UTC.
    expect(((values['standfirst'] as ResourceBundle)['d1'])).toBe(Date.UTC(2024, 11, 23, 12));
  });

  it('are plain by default, and the format is part of what makes outputs current', async () => {
    const { services, disk, store } = await memoryJobWorld(glossary);
    await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
    expect(JSON.parse(disk.get(`locales/fr/${storyId}.json`)!)).not.toHaveProperty('values');
    expect((await store.outputs.get('test.txt'))?.settings?.bundleFormat).toBe('plain');
    const again = await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'], bundleFormat: 'icu' }), services([story]));
    expect(again.skipped).toBe(0);
    expect(JSON.parse(disk.get(`locales/fr/${storyId}.json`)!)).toHaveProperty('values');
    expect((await store.outputs.get('test.txt'))?.settings?.bundleFormat).toBe('icu');
  });
});
