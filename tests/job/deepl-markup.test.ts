/**
 * Marked-up stories through the job with DeepL (the fake server, in memory): a clean answer's
 * placements reach the localized HTML page (and come back from the MT cache alike); a sentence
 * whose markup DeepL crossed or lost is an error on its unit only (`mt/markup-*`), in report.json,
 * and withholds the story, also when the target comes back from the MT cache.
 */
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/formats/index.js';
import { runJob } from '../../src/job/run.js';
import type { Article, MarkupCode } from '../../src/model.js';
import { createDeepLEngine } from '../../src/mt/engines/deepl.js';
import { parseGlossary } from '../../src/terms/index.js';
import { articleOf } from '../helpers/builders.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const fakeDeepL = fakeDeepLPerTest();
const glossary = parseGlossary([{ path: 'newsroom.csv', content: 'en,en_variants,fr,fr_variants,ar,ar_variants,type,case,note\ntalks,,pourparlers,,محادثات,,,,\n' }]);

const link: MarkupCode = { id: 'm1', kind: 'paired', element: 'a', open: '<a href="https://talks.example/r">', close: '</a>', start: 0, end: 20 };
const emphasis: MarkupCode = { id: 'm2', kind: 'paired', element: 'em', open: '<em>', close: '</em>', start: 9, end: 13 };
const strong: MarkupCode = { id: 'm3', kind: 'paired', element: 'strong', open: '<strong>', close: '</strong>', start: 27, end: 36 };

/** `Read the full report here. Officials met on Friday.`: a link around an emphasis, then the next sentence's first word in bold. */
function story(): Article {
  const article = articleOf(
    [
      ['headline', 'Talks resume in Doha'],
      ['paragraph', 'Read the full report here. Officials met on Friday.'],
    ],
    { id: 'talks-2026-12-02' },
  );
  return { ...article, blocks: article.blocks.map((block) => (block.kind === 'paragraph' ? { ...block, markup: [link, emphasis, strong] } : block)) };
}

describe('a marked-up story translated by DeepL', () => {
  it('reports crossed markup on its unit only and withholds the story', async () => {
    const fake = await fakeDeepL();
    fake.faults.corruptTags(1, 'cross', { element: 'g', textIndex: 'every' });
    const engine = createDeepLEngine({ authKey: fake.authKey, serverUrl: fake.url, timeoutMs: 2000 });
    const { services, disk } = await memoryJobWorld(glossary);
    const result = await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'] }), services([story()]));
    const sent = fake.log.filter((request) => request.path === '/v2/translate').flatMap((request) => request.texts);
    expect(sent).toContain('<g id="m1">Read the <g id="m2">full</g> report</g> here.');
    // Friday is a protected weekday: its placeholder beside the markup.
    expect(sent).toContain('<g id="m3">Officials</g> met on <x id="n1"/>.');
    const fr = JSON.parse(disk.get('out/report.json')!).articles[0].languages.fr;
    expect(fr.errors).toEqual([
      { unitId: 'p1.s1', ruleId: 'mt/markup-misnested', reason: expect.stringContaining('DeepL crossed the markup <a href="https://talks.example/r"> (m1) with <em> (m2)'), id: 'mt/markup-misnested:fr:p1.s1:m1-m2' },
    ]);
    expect(fr.story).toBe('not-written');
    expect(result.report.articles[0]!.languages['fr']!.story).toBe('not-written');

    // Again, from the MT cache: nothing is sent, and the crossing is still an error on that unit.
    const requests = fake.log.length;
    const again = await runJob(jobOptions(engine, ['test.txt'], { targetLangs: ['fr'] }), services([story()]));
    expect(fake.log.slice(requests).filter((request) => request.path === '/v2/translate')).toEqual([]);
    expect(again.report.articles[0]!.languages['fr']!.errors.map((error) => error.id)).toEqual(['mt/markup-misnested:fr:p1.s1:m1-m2']);
  });

  it('writes a clean answer\'s markup into the localized HTML page, link, emphasis and line break where DeepL put them', async () => {
    const fake = await fakeDeepL();
    const engine = createDeepLEngine({ authKey: fake.authKey, serverUrl: fake.url, timeoutMs: 2000 });
    const { services, disk } = await memoryJobWorld(glossary);
    const result = await runJob(jobOptions(engine, ['aid.html'], { targetLangs: ['fr'] }), services([page()]));
    expect(result.report.articles[0]!.languages['fr']!.errors).toEqual([]);
    const written = [...disk.keys()].find((path) => path.endsWith('.fr.html'))!;
    const html = disk.get(written)!;
    expect(html).toContain('<a href="https://relief.example/sindh">THE <em>FLOODED</em> VILLAGES</a>');
    expect(html).toMatch(/ON samedi\.<br>\s*FR&nbsp;: OFFICIALS SAID MORE HELP IS COMING\.<\/p>/u);

    // From the MT cache, with the placements DeepL gave: nothing sent, the same page.
    const requests = fake.log.length;
    disk.clear();
    await runJob(jobOptions(engine, ['aid.html'], { targetLangs: ['fr'] }), services([page()]));
    expect(fake.log.slice(requests).filter((request) => request.path === '/v2/translate')).toEqual([]);
    expect(disk.get(written)).toBe(html);
  });

  it('withholds the page when DeepL lost a link, with the error on that sentence', async () => {
    const fake = await fakeDeepL();
    fake.faults.corruptTags(1, 'unwrap', { element: 'g', textIndex: 'every' });
    const engine = createDeepLEngine({ authKey: fake.authKey, serverUrl: fake.url, timeoutMs: 2000 });
    const { services, disk } = await memoryJobWorld(glossary);
    const result = await runJob(jobOptions(engine, ['aid.html'], { targetLangs: ['fr'] }), services([page()]));
    const fr = result.report.articles[0]!.languages['fr']!;
    expect(fr.errors.map((error) => error.ruleId)).toEqual(['mt/markup-missing']);
    expect(fr.errors[0]!.reason).toContain('<a href="https://relief.example/sindh"> (m1)');
    expect(fr.story).toBe('not-written');
    expect([...disk.keys()].filter((path) => path.endsWith('.fr.html'))).toEqual([]);
  });
});

/** A small page of our own: a link around an emphasis, a weekday, a line break between two sentences. */
function page(): Article {
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aid reaches Dadu</title><meta name="date" content="2026-11-29"></head>
<body><article>
<h1>Aid reaches Dadu</h1>
<p>Trucks reached <a href="https://relief.example/sindh">the <em>flooded</em> villages</a> on Saturday.<br>Officials said more help is coming.</p>
</article></body></html>
`;
  return readStory(new TextEncoder().encode(html), 'aid.html');
}
