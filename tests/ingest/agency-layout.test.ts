import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { blockOf, fixtureBytes, ingest, inputErrorFrom, story } from './helpers.js';

describe('agency layout', () => {
  it('reads date line, place line, headline, standfirst and caption, dropping the repeated headline', () => {
    const article = ingestText(fixtureBytes('agency-standfirst-caption.txt'), 'fixtures/agency.txt');
    expect(article.id).toBe('health-agency-warns-of-measles-rebound-across-2025-03-04');
    expect(article.dateline).toEqual({ place: 'Geneva', date: '2025-03-04' });
    expect(article.blocks.map((block) => [block.id, block.line])).toEqual([
      ['headline', 5],
      ['standfirst', 9],
      ['caption', 11],
      ['p1', 13],
      ['p2', 17],
      ['p3', 20],
    ]);
    expect(blockOf(article, 'standfirst')?.text.startsWith('Vaccination gaps')).toBe(true);
    expect(blockOf(article, 'caption')?.text.startsWith('A nurse prepares')).toBe(true);
  });

  it('joins the lines of a paragraph with single spaces', () => {
    const article = ingestText(fixtureBytes('agency-standfirst-caption.txt'), 'agency.txt');
    expect(blockOf(article, 'p1')?.text).toBe(
      'Measles cases rose sharply last year in parts of Europe, Africa and South Asia, a UN health agency said Tuesday, urging governments to fund catch-up vaccination drives.',
    );
  });

  it.each([
    ['Saturday, November 23, 2024', '2024-11-23'],
    ['November 23, 2024', '2024-11-23'],
    ['Nov. 23, 2024', '2024-11-23'],
    ['23 November 2024', '2024-11-23'],
    ['Saturday 23 November 2024', '2024-11-23'],
    ['2024-11-23', '2024-11-23'],
    ['Thursday, February 29, 2024', '2024-02-29'],
  ])('reads the date line "%s" as %s', (dateLine, iso) => {
    const article = ingest(story(dateLine, '', 'Baghdad', '', 'Talks open on troop drawdown', '', 'Baghdad – Talks began on Saturday.'));
    expect(article.dateline.date).toBe(iso);
    expect(article.blocks.map((block) => block.kind)).toEqual(['headline', 'paragraph']);
  });

  it('keeps a lone block above the first paragraph as the caption', () => {
    const article = ingest(
      story('2025-01-10', '', 'Lima', '', 'Andes glacier loses a fifth of its mass', '', 'A researcher measures ice depth on the glacier', '', 'Lima – The glacier shrank again.'),
    );
    expect(blockOf(article, 'caption')?.text).toBe('A researcher measures ice depth on the glacier');
    expect(blockOf(article, 'standfirst')).toBeUndefined();
  });

  it('reads a story without a place line, taking the headline from the block after the date', () => {
    const article = ingest(story('2025-01-10', '', 'Andes glacier loses a fifth of its mass', '', 'LIMA (AFP) – The glacier shrank again.'));
    expect(blockOf(article, 'headline')?.text).toBe('Andes glacier loses a fifth of its mass');
    expect(article.dateline).toEqual({ place: 'LIMA', agency: 'AFP', date: '2025-01-10' });
  });

  it('does not take a title-case headline for a place line when the body follows it', () => {
    const article = ingest(story('2025-01-10', '', 'Glacier Loses Ground', '', 'LIMA (AFP) – The glacier shrank again.'));
    expect(blockOf(article, 'headline')?.text).toBe('Glacier Loses Ground');
    expect(article.dateline.place).toBe('LIMA');
  });

  it('makes every block after the headline a paragraph when no block opens with a dateline', () => {
    const headline = 'Andes glacier loses a fifth of its mass';
    const article = ingest(
      story('2025-01-10', '', 'Lima', '', headline, '', headline, '', 'The glacier shrank again.', '', 'Scientists blame warmer winters.'),
    );
    expect(article.blocks.map((block) => block.id)).toEqual(['headline', 'p1', 'p2']);
    expect(article.dateline).toEqual({ place: 'Lima', date: '2025-01-10' });
  });

  it('rejects more than a standfirst and a caption between the headline and the body, at the extra block', () => {
    const error = inputErrorFrom(() =>
      ingest(story('2025-01-10', '', 'Lima', '', 'Headline here', '', 'Standfirst.', '', 'Caption one', '', 'Caption two', '', 'Lima – Body.')),
    );
    expect(error.message).toContain('3 blocks between the headline and the first paragraph (line 13)');
    expect(error.location).toEqual({ file: 'story.txt', line: 11 });
  });
});
