import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '../../src/cli/summary.js';
import { runJob } from '../../src/job/run.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const story = articleOf([['headline', 'Dockers end their strike'], ['paragraph', 'Some 2,500 dockers took part. Ships sailed.']], { id: 'port-2026-11-20' });

/** An online engine that bills per character and loses the number of one sentence. */
const machine = scriptedEngine((source) => `FR ${source.replace('2,500', 'des milliers de')}`);

async function summaryOf(engine: TranslationEngine): Promise<string> {
  const { services } = await memoryJobWorld(glossaryOf());
  const result = await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'] }), services([story]));
  return formatRunSummary(result, engine);
}

describe('the run summary', () => {
  it('says where targets came from, that the machine translation is unreviewed, and names each unit with an error', async () => {
    const summary = await summaryOf(machine);
    expect(summary).toMatch(/^fr: 3\/3 units with a target \(machine translation 3\), 1 withheld for errors, 0 untranslated$/m);
    expect(summary).toMatch(/^unreviewed machine translation: fr 3 units; no human has checked them/m);
    expect(summary).toContain('\n  port-2026-11-20 [fr] p1.s1: numbers/value-missing: the number “2,500” is not in the target\n');
    expect(summary).toMatch(/^port-2026-11-20 \[fr\]: story not written, 0 units untranslated, 1 withheld for errors/m);
    expect(summary).toMatch(/^billed characters this run: fr \d+, total \d+$/m);
  });

  it('prints no billing line for an offline engine, and says a pseudo-translation is not a translation', async () => {
    const summary = await summaryOf(pseudoEngine);
    expect(summary).not.toMatch(/billed/);
    expect(summary).toMatch(/^pseudo-translation: fr 3 units; NOT a translation/m);
    expect(summary).not.toMatch(/unreviewed machine translation/);
  });

  it('says which stories their embargo held from the engine, and until when; nothing of the kind without one', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    const embargoed = { ...story, embargoedUntil: '2026-12-02T18:00:00Z' };
    const options = jobOptions(machine, ['test.txt'], { targetLangs: ['fr'] });
    const held = await runJob(options, { ...services([embargoed]), now: () => Date.parse('2026-12-02T17:00:00Z') });
    expect(formatRunSummary(held, machine)).toMatch(
      /^port-2026-11-20: embargoed until 2026-12-02T18:00:00Z: not sent to scripted; its units wait untranslated until then \(run again once it lifts\)$/m,
    );
    expect(await summaryOf(machine)).not.toMatch(/embargoed/);
  });

  it('says which stories a kill or withdrawal took away', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    const options = (input: string) => jobOptions(pseudoEngine, [input], { targetLangs: ['fr'] });
    await runJob(options('test.txt'), services([story]));
    const kill = { ...story, version: 2, pubStatus: 'withdrawn' as const, source: { path: 'kill.txt', format: 'text' as const } };
    const result = await runJob(options('kill.txt'), services([kill]));
    expect(formatRunSummary(result, pseudoEngine)).toMatch(/^port-2026-11-20: withdrawn: \d+ output files removed$/m);
    expect(await summaryOf(pseudoEngine)).not.toMatch(/withdrawn/);
  });

  it('counts every story and file of a large job but lists only the first files written', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    const stories = Array.from({ length: 30 }, (_, i) => ({ ...story, id: `port-${i}`, source: { path: `in/${i}.txt`, format: 'text' as const } }));
    const result = await runJob(jobOptions(pseudoEngine, stories.map((item) => item.source.path), { targetLangs: ['fr'] }), services(stories));
    const summary = formatRunSummary(result, pseudoEngine);
    // Each story writes its story, bundle, XLIFF, report and review page (and the English bundle): well over 100 files.
    expect(result.writtenCount).toBeGreaterThan(150);
    expect(summary).toContain(`0 of 30 stories already up to date; wrote ${result.writtenCount} files:`);
    expect(summary.split('\n').filter((line) => line.startsWith('  ') && line.includes('/'))).toHaveLength(100);
    expect(summary).toMatch(new RegExp(`^  … and ${result.writtenCount - 100} more \\(see report\\.json\\)$`, 'm'));
  });
});
