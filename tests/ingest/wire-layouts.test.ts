/** Layouts desks send as they come off the wire (stories written for these tests). */
import { describe, expect, it } from 'vitest';
import { blockOf, ingest, inputErrorFrom, story } from './helpers.js';

const headline = 'Harbour board approves night shifts';

describe('a dated dateline', () => {
  it.each([
    ['WASHINGTON, March 4 (Reuters) - Night shifts start in April.', '2025-03-05', { place: 'WASHINGTON', agency: 'Reuters', date: '2025-03-04' }],
    ['BEIRUT, Nov. 28 - Night shifts start in April.', '2025-01-02', { place: 'BEIRUT', date: '2024-11-28' }],
  ])('keeps the day "%s" writes, with the year nearest the front matter date', (paragraph, storyDate, dateline) => {
    const article = ingest(story('---', `date: ${storyDate}`, '---', headline, '', paragraph));
    expect(article.dateline).toEqual(dateline);
    expect(article.id).toBe(`harbour-board-approves-night-shifts-${storyDate}`);
    expect(blockOf(article, 'p1')?.text).toBe('Night shifts start in April.');
    expect(article.findings).toBeUndefined();
  });

  it('warns, naming the line, when nothing gives the year of its date', () => {
    const article = ingest(story(headline, '', 'BEIRUT, Nov. 28 - Night shifts start in April.'));
    expect(article.dateline).toEqual({ place: 'BEIRUT' });
    expect(article.findings).toEqual([
      expect.objectContaining({
        ruleId: 'ingest/dateline-year-unknown',
        source: 'ingest',
        severity: 'warning',
        line: 3,
        reason: 'the dateline\'s date "Nov. 28" has no year and the story gives none: it is left out of the localized datelines',
      }),
    ]);
  });
});

describe('raw agency copy', () => {
  it.each([
    [story('WASHINGTON, March 4 (Reuters) - The harbour board voted on Tuesday to allow night shifts at the container terminal from April, a move dock workers had asked for since the summer, officials said.', '', 'The vote was seven to two.'), 1, 'WASHINGTON, March 4 (Reuters) -'],
    [story('Tuesday, March 4, 2025', '', 'BEIRUT (AFP) – The harbour board voted to allow night shifts.', '', 'The vote was seven to two.'), 3, 'BEIRUT (AFP) –'],
  ])('is refused with a hint, never read with its first paragraph as the headline (%#)', (text, line, written) => {
    const error = inputErrorFrom(() => ingest(text));
    expect(error.message).toBe(`the story has no headline: it opens with a datelined paragraph ("${written}"), as raw agency copy does`);
    expect(error.location).toEqual({ file: 'story.txt', line });
    expect(error.hint).toBe('put the headline on the first line, then a blank line, then the story');
  });

  it('still takes a headline that merely starts with a place', () => {
    expect(ingest(story('Baghdad – a port reborn', '', 'Ships sailed.')).blocks[0]?.text).toBe('Baghdad – a port reborn');
  });
});

describe('a date line under the headline (Wikinews layout)', () => {
  it('is the story\'s date, not a paragraph to translate', () => {
    const article = ingest(story(headline, '', 'Saturday, November 23, 2024', '', 'Beirut – The harbour board voted on Friday.', '', 'The vote was seven to two.'));
    expect(article.blocks.map((block) => [block.id, block.text])).toEqual([
      ['headline', headline],
      ['p1', 'Beirut – The harbour board voted on Friday.'],
      ['p2', 'The vote was seven to two.'],
    ]);
    expect(article.dateline).toEqual({ date: '2024-11-23' });
    expect(article.id).toBe('harbour-board-approves-night-shifts-2024-11-23');
  });

  it('dates a yearless dateline under it', () => {
    const article = ingest(story(headline, '', 'Saturday, November 23, 2024', '', 'BEIRUT, Nov. 22 (AFP) – The board voted.'));
    expect(article.dateline).toEqual({ place: 'BEIRUT', agency: 'AFP', date: '2024-11-22' });
  });

  it('is refused when it is not a real date, at its line', () => {
    const error = inputErrorFrom(() => ingest(story(headline, '', 'February 30, 2024', '', 'The board voted.')));
    expect(error.location).toEqual({ file: 'story.txt', line: 3 });
  });
});
