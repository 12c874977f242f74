/** Every review page the tests make is valid HTML5 by html-validate's recommended rules. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReviewIndex, renderReviewPage } from '../../src/review/index.js';
import { finding, hostileStoryInput, storyInput } from './fixtures.js';
import { htmlProblems } from './html-validate.js';
import { samplePages } from './sample-pages.js';

describe('the review pages are valid HTML5', () => {
  const made = {
    'the hand-made story': renderReviewPage(storyInput()),
    'the hostile story': renderReviewPage(hostileStoryInput()),
    'findings a text cannot hold': renderReviewPage(
      storyInput({
        fr: { 'p1.s2': { findings: [finding('qa/far', 'p1.s2', 'fr', { place: { side: 'target', start: 5, end: 500 } })] } },
        ar: { 'p1.s1': { findings: [finding('mt/failed', 'p1.s1', 'ar', { severity: 'error', place: { side: 'target', start: 0, end: 3 } })] } },
      }),
    ),
    'their index': renderReviewIndex([storyInput().report, hostileStoryInput().report], ['fr', 'ar']),
    'an empty index': renderReviewIndex([], ['fr']),
  };

  it.each(Object.entries(made))('%s', async (_name, html) => {
    expect(await htmlProblems(html)).toEqual([]);
  });

  describe('the pages run writes for both samples', () => {
    let pages: Array<[string, string]> = [];
    beforeAll(async () => {
      const { folder } = await samplePages();
      const names = (await readdir(folder)).sort();
      pages = await Promise.all(names.map(async (name): Promise<[string, string]> => [name, await readFile(join(folder, name), 'utf8')]));
    }, 60_000);

    it('a page per sample and the index, each valid', async () => {
      expect(pages.map(([name]) => name)).toHaveLength(3);
      for (const [name, html] of pages) expect(await htmlProblems(html), name).toEqual([]);
    });
  });

  it('catches what it must: a misnested element, a stray ampersand, a duplicate id', async () => {
    const page = renderReviewPage(storyInput());
    expect(await htmlProblems(page.replace('<tbody>', '<tbody><b>'))).not.toEqual([]);
    expect(await htmlProblems(page.replace('<h1 lang="en">', '<h1 lang="en">&amp &'))).not.toEqual([]);
    expect(await htmlProblems(page.replace('id="f2"', 'id="f1"'))).not.toEqual([]);
  });
});
