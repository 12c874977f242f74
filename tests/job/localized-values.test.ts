import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const NNBSP = '\u202F';
const story = articleOf(
  [
    ['headline', 'Dockers end their strike'],
    ['paragraph', 'Some 2,500 dockers took part, and 2,500 more stayed home.'],
  ],
  { id: 'port-2024-11-23', dateline: { place: 'Baghdad', date: '2024-11-23' } },
);
const storyText = (disk: ReadonlyMap<string, string>, lang: string): string => disk.get(`out/port-2024-11-23.${lang}.txt`)!;

describe('values in engine targets', () => {
  it('come out as French writes them, from a scripted engine and from the pseudo engine', async () => {
    for (const engine of [scriptedEngine((source) => `FR ${source}`), pseudoEngine]) {
      const { services, disk } = await memoryJobWorld(glossaryOf());
      await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
      const text = storyText(disk, 'fr');
      expect(text.match(new RegExp(`2${NNBSP}500`, 'gu'))).toHaveLength(2);
      expect(text).not.toContain('2,500');
      const bundle = JSON.stringify(JSON.parse(disk.get('locales/fr/port-2024-11-23.json')!));
      expect(bundle).toContain(`2${NNBSP}500`);
      expect(bundle).not.toContain('2,500');
    }
  });

  it('come out in the Arabic house digits, and the dateline in the house month names', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' })));
    const houseStyle = { ar: { digits: 'arab', months: 'levantine' } } as const;
    await runJob(jobOptions(scriptedEngine((source) => `عربي ${source}`), ['test.txt'], { targetLangs: ['ar'], houseStyle }), services([story]));
    const text = storyText(disk, 'ar');
    expect(text).toContain('٢٬٥٠٠');
    expect(text).toContain('السبت، ٢٣ تشرين الثاني ٢٠٢٤');
    const report = JSON.parse(disk.get('out/report.json')!) as { articles: Array<{ storyFindings?: unknown[] }> };
    expect(report.articles[0]?.storyFindings).toBeUndefined();
  });

  it('leave a dateline place with no Arabic rendering as written, reported in report.json', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf(entry('Baghdad', { fr: 'Bagdad' })));
    await runJob(jobOptions(pseudoEngine, ['test.txt'], { targetLangs: ['fr', 'ar'] }), services([story]));
    const report = JSON.parse(disk.get('out/report.json')!) as { articles: Array<{ storyFindings?: unknown[] }> };
    expect(report.articles[0]?.storyFindings).toEqual([
      expect.objectContaining({ ruleId: 'dateline/place-unknown', severity: 'warning', id: 'dateline/place-unknown:ar:dateline', actual: 'Baghdad' }),
    ]);
    // Kept Latin in Arabic, and isolated as every Latin run.
    expect(JSON.parse(disk.get('locales/ar/port-2024-11-23.json')!).dateline.place).toBe('\u2068Baghdad\u2069');
  });
});
