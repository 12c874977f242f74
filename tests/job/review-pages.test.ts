import { describe, expect, it } from 'vitest';
import { checkJob, runJob } from '../../src/job/run.js';
import { outputFolders } from '../../src/job/outputs.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
const talks: Article = articleOf([['headline', 'Talks open in Baghdad'], ['paragraph', 'Delegations met on Friday. They agreed.']], { id: 'talks-2024-11-23' });
const port: Article = articleOf([['headline', 'Port reopens'], ['paragraph', 'Ships sailed.']], {
  id: 'port-2024-11-23',
  source: { path: 'port.txt', format: 'text' },
});

/** The index's links, in order. */
function links(index: string): string[] {
  return [...index.matchAll(/<a href="([^"]+)">/gu)].map((match) => match[1]!);
}

describe('review pages in the job', () => {
  it('run writes a page per story and the index before report.json, which names them', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const result = await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), services([talks, port]));
    const talksPage = disk.get('out/review/talks-2024-11-23.html')!;
    expect(talksPage.match(/<tr class="unit /gu)).toHaveLength(3);
    expect(talksPage).toContain('>pseudo · not a translation<');
    expect(talksPage).toContain('<td lang="ar" dir="rtl" class="tgt lang lang-ar">');
    // The dateline row, in each language.
    expect(talksPage).toMatch(/<tr class="dateline">.*<td lang="fr"[^>]*>Bagdad, /u);
    const index = disk.get('out/review/index.html')!;
    // By story id, so the index does not depend on which command wrote it last.
    expect(links(index)).toEqual(['port-2024-11-23.html', 'talks-2024-11-23.html']);
    expect(result.written.slice(-2)).toEqual(['out/review/index.html', 'out/report.json']);
    expect(result.report.files).toContain('out/review/index.html');
    expect(result.report.files).toContain('out/review/port-2024-11-23.html');
  });

  it('lists the story\'s own findings above the rows, each flagged: what ingest doubted and a dateline place with no Arabic rendering', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const mosul = articleOf([['headline', 'Talks open'], ['paragraph', 'Delegations met.']], {
      id: 'mosul-2024-11-23',
      dateline: { place: 'Mosul', date: '2024-11-23' },
      findings: [{ id: 'ingest/odd:1', ruleId: 'ingest/odd', source: 'ingest', severity: 'warning', reason: 'something odd', line: 1 }],
    });
    const result = await runJob(jobOptions(pseudoEngine, ['test.txt']), services([mosul]));
    const page = disk.get('out/review/mosul-2024-11-23.html')!;
    const listed = /<h2 id="story-findings">[\s\S]*?<\/ul>/u.exec(page)![0];
    for (const finding of result.report.articles[0]!.storyFindings!) {
      expect(listed).toContain(`data-finding-id="${finding.id}"`);
      expect(listed).toContain(`>${finding.ruleId}</mark>`);
    }
    expect(result.report.articles[0]!.storyFindings!.map((finding) => finding.ruleId)).toEqual(['ingest/odd', 'dateline/place-unknown']);
  });

  it('with review off, writes no page and makes no review folder', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['test.txt'], { review: false });
    await runJob(options, services([talks]));
    expect([...disk.keys()].filter((path) => path.includes('review'))).toEqual([]);
    expect(outputFolders(options, ['1.2'], ['en', 'fr'], false).map((folder) => folder.path)).not.toContain('out/review');
    expect(outputFolders(options, ['1.2'], ['en', 'fr'], true).map((folder) => folder.path)).toContain('out/review');
  });

  it('a run with review off removes the pages an earlier run wrote, and the index when no story has a page left', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), services([talks, port]));
    const off = jobOptions(pseudoEngine, ['test.txt'], { review: false });
    const result = await runJob(off, services([talks, port]));
    expect(result.removed).toContain('out/review/talks-2024-11-23.html');
    expect(disk.has('out/review/talks-2024-11-23.html')).toBe(false);
    // port keeps its page, so the index stays, without talks.
    expect(links(disk.get('out/review/index.html')!)).toEqual(['port-2024-11-23.html']);
    expect((await checkJob(off, services([talks, port]))).stale).toEqual([]);
    // A page put back by hand is reported by check.
    disk.set('out/review/talks-2024-11-23.html', 'old page');
    expect((await checkJob(off, services([talks, port]))).stale).toEqual([{ path: 'out/review/talks-2024-11-23.html', problem: 'should not exist' }]);

    const allOff = jobOptions(pseudoEngine, ['test.txt', 'port.txt'], { review: false });
    await runJob(allOff, services([talks, port]));
    expect([...disk.keys()].filter((path) => path.includes('review'))).toEqual([]);
    expect((await checkJob(allOff, services([talks, port]))).stale).toEqual([]);
  });

  it('the index lists the stories of earlier jobs in the same output folder with their recorded counts, not those of another folder', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), services([talks, port]));
    const before = disk.get('out/review/index.html')!;
    await runJob(jobOptions(pseudoEngine, ['test.txt'], { targetLangs: ['fr'] }), services([talks, port]));
    const index = disk.get('out/review/index.html')!;
    expect(links(index)).toEqual(['port-2024-11-23.html', 'talks-2024-11-23.html']);
    // port's rows are as before (fr and ar); talks now has fr only.
    const portRows = (html: string) => /<tr class="lang lang-fr[^"]*"><th[^>]*><a href="port[\s\S]*?<tr class="lang lang-ar[^>]*>[\s\S]*?<\/tr>/u.exec(html)![0];
    expect(portRows(index)).toBe(portRows(before));
    expect(index.match(/<tr class="lang /gu)).toHaveLength(3);

    await runJob(jobOptions(pseudoEngine, ['port.txt'], { outDir: 'elsewhere' }), services([talks, port]));
    expect(links(disk.get('elsewhere/review/index.html')!)).toEqual(['port-2024-11-23.html']);
  });

  it('a run with review after one without writes the pages (an input otherwise up to date is computed again)', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['test.txt'], { review: false }), services([talks]));
    const again = await runJob(jobOptions(pseudoEngine, ['test.txt']), services([talks]));
    expect(again.skipped).toBe(0);
    expect(disk.get('out/review/talks-2024-11-23.html')).toBeDefined();
  });

  it('a story skipped as up to date is still in the index, with its recorded counts', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['test.txt']), services([talks, port]));
    const both = await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), services([talks, port]));
    expect(both.skipped).toBe(1);
    const index = disk.get('out/review/index.html')!;
    expect(index).toContain('href="talks-2024-11-23.html"');
    expect(index).toContain('href="port-2024-11-23.html"');
    expect(index).toMatch(/<td lang="en">fr<\/td><td class="num">3<\/td>(<td class="num">0<\/td>){3}<td class="num">3<\/td>/u);
  });

  it('check compares the pages like other outputs, and --only review compares only them', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['test.txt']);
    await runJob(options, services([talks]));
    expect((await checkJob(options, services([talks]))).stale).toEqual([]);
    disk.set('out/review/talks-2024-11-23.html', 'edited by hand');
    disk.delete('out/review/index.html');
    expect((await checkJob(options, services([talks]))).stale).toEqual([
      { path: 'out/review/talks-2024-11-23.html', problem: 'out of date' },
      { path: 'out/review/index.html', problem: 'missing' },
    ]);
    const onlyReview = await checkJob(options, services([talks]), ['review']);
    expect(onlyReview.checked).toBe(2);
    expect((await checkJob(options, services([talks]), ['stories'])).stale).toEqual([]);
  });

  it('the pages are the same bytes on a second computation', async () => {
    const first = await memoryJobWorld(glossary);
    const second = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), first.services([talks, port]));
    await runJob(jobOptions(pseudoEngine, ['test.txt', 'port.txt']), second.services([talks, port]));
    for (const path of ['out/review/talks-2024-11-23.html', 'out/review/port-2024-11-23.html', 'out/review/index.html']) {
      expect(second.disk.get(path)).toBe(first.disk.get(path));
    }
  });
});
