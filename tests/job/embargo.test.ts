import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { JobReport } from '../../src/report/index.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const LIFT = '2026-12-02T18:00:00+01:00';
const liftMs = Date.parse(LIFT);

const story = (id: string, paragraph: string, extra: Partial<Article> = {}): Article =>
  articleOf([['headline', `Headline of ${id}`], ['paragraph', paragraph]], { id, source: { path: `in/${id}.txt`, format: 'text' }, ...extra });

const embargoed = story('budget', 'The finance minister will present the budget on Friday.', { embargoedUntil: LIFT });
const free = story('storm', 'A storm closed the harbour on Monday.');

function projectReport(disk: ReadonlyMap<string, string>): JobReport {
  return JSON.parse(disk.get('out/report.json')!) as JobReport;
}

describe('the embargo policy', () => {
  it('sends an embargoed story to no engine outside the policy until it lifts, and says so in the report', async () => {
    const { engine, asked } = countingEngine(scriptedEngine((source) => `FR ${source}`));
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const options = jobOptions(engine, ['in/budget.txt', 'in/storm.txt'], { targetLangs: ['fr'] });

    const before = await runJob(options, { ...services([embargoed, free]), now: () => liftMs - 60_000 });
    expect(asked).toEqual(['fr:Headline of storm', 'fr:A storm closed the harbour on Monday.']);
    expect(before.stats.charactersSent).toBe('Headline of storm'.length + 'A storm closed the harbour on Monday.'.length);
    const held = before.report.articles.find((article) => article.id === 'budget')!;
    expect(held.embargoedUntil).toBe(LIFT);
    expect(held.languages['fr']).toMatchObject({ untranslated: 2, story: 'not-written' });
    expect(before.report.articles.find((article) => article.id === 'storm')!.embargoedUntil).toBeUndefined();
    expect(projectReport(disk).articles.find((article) => article.id === 'budget')!.embargoedUntil).toBe(LIFT);
    expect(disk.has('out/budget.fr.txt')).toBe(false);
    expect(disk.has('out/storm.fr.txt')).toBe(true);

    // After the lift the same job sends it (and only it: the other story is up to date).
    asked.length = 0;
    const after = await runJob(options, { ...services([embargoed, free]), now: () => liftMs + 1 });
    expect(asked).toEqual(['fr:Headline of budget', 'fr:The finance minister will present the budget on Friday.']);
    expect(after.report.articles.find((article) => article.id === 'budget')!.embargoedUntil).toBeUndefined();
    expect(projectReport(disk).articles.find((article) => article.id === 'budget')!.embargoedUntil).toBeUndefined();
    expect(disk.get('out/budget.fr.txt')).toContain('FR The finance minister');
  });

  it('lets an embargoed story go to an engine the policy lists, and to the offline engines by default', async () => {
    const { engine, asked } = countingEngine(scriptedEngine((source) => `FR ${source}`));
    const allowed = await memoryJobWorld(glossaryOf());
    const run = await runJob(jobOptions(engine, ['in/budget.txt'], { targetLangs: ['fr'], embargoEngines: ['scripted'] }), {
      ...allowed.services([embargoed]),
      now: () => liftMs - 60_000,
    });
    expect(asked).toHaveLength(2);
    expect(run.report.articles[0]!.embargoedUntil).toBeUndefined();

    const offline = await memoryJobWorld(glossaryOf());
    const pseudo = await runJob(jobOptions(pseudoEngine, ['in/budget.txt'], { targetLangs: ['fr'] }), {
      ...offline.services([embargoed]),
      now: () => liftMs - 60_000,
    });
    expect(pseudo.report.articles[0]!.languages['fr']).toMatchObject({ untranslated: 0, story: 'written' });
    expect(pseudo.report.articles[0]!.embargoedUntil).toBeUndefined();
  });

  it('holds nothing once the embargo is past, nor a story without one', async () => {
    const { engine, asked } = countingEngine(scriptedEngine((source) => `FR ${source}`));
    const { services } = await memoryJobWorld(glossaryOf());
    const result = await runJob(jobOptions(engine, ['in/budget.txt', 'in/storm.txt'], { targetLangs: ['fr'] }), {
      ...services([embargoed, free]),
      now: () => liftMs,
    });
    expect(asked).toHaveLength(4);
    expect(result.report.articles.every((article) => article.embargoedUntil === undefined)).toBe(true);
  });
});
