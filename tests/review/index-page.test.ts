import { describe, expect, it } from 'vitest';
import { renderReviewIndex } from '../../src/review/index.js';
import { storyInput } from './fixtures.js';
import { htmlProblems } from './html-validate.js';

describe('the review index', () => {
  const one = storyInput().report;
  const two = storyInput({ article: { id: 'second-<story>-2024-11-24', source: { path: 'desk/"second".txt', format: 'text' } } }).report;
  const html = renderReviewIndex([one, two], ['fr', 'ar']);

  it('links every story to its page, in the order given, with ids and paths escaped', async () => {
    expect(await htmlProblems(html)).toEqual([]);
    const links = [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/gu)].map((match) => [match[1], match[2]]);
    expect(links).toEqual([
      ['test-article-2024-11-23.html', 'test-article-2024-11-23'],
      ['second-%3Cstory%3E-2024-11-24.html', 'second-&lt;story&gt;-2024-11-24'],
    ]);
    expect(html).toContain('desk/&quot;second&quot;.txt');
  });

  it('gives each story a row per language with units per origin and findings per severity', () => {
    const frRow = /<tr class="lang lang-fr has-errors">([\s\S]*?)<\/tr>/u.exec(html)![1]!;
    expect(frRow).toContain('<td lang="en">fr</td>' + [4, 1, 1, 1, 1, 0, 1, 2, 1].map((n) => `<td class="num">${n}</td>`).join(''));
    expect(html.match(/<tr class="lang /gu)).toHaveLength(4);
  });

  it('says when a language has warnings only, or nothing', () => {
    const clean = storyInput({ fr: { 'p2.s1': { findings: [] } }, ar: { 'headline.s1': { findings: [] } } }).report;
    const page = renderReviewIndex([clean], ['fr', 'ar']);
    expect(page).toContain('<tr class="lang lang-fr clean">');
    expect(page).toContain('<tr class="lang lang-ar clean">');
  });

  it('is the same bytes every time', () => {
    expect(renderReviewIndex([one, two], ['fr', 'ar'])).toBe(html);
  });
});
