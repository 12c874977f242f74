import { describe, expect, it } from 'vitest';
import { blockOf, ingest, inputErrorFrom, story } from './helpers.js';

/** A plain story whose first paragraph is `firstParagraph`. */
function plain(firstParagraph: string): string {
  return story('Harbour reopens after storm', '', firstParagraph);
}

/** An agency-layout story dated Saturday, November 23, 2024, from the place line Baghdad. */
function agency(firstParagraph: string): string {
  return story('Saturday, November 23, 2024', '', 'Baghdad', '', 'Harbour reopens after storm', '', firstParagraph);
}

describe('dateline prefixes', () => {
  it.each([
    ['BAGHDAD (AFP) – Ships sailed.', { place: 'BAGHDAD', agency: 'AFP' }],
    ['BAGHDAD, Nov 23 (AFP) - Ships sailed.', { place: 'BAGHDAD', agency: 'AFP' }],
    ['WASHINGTON, March 4 (Reuters) - Ships sailed.', { place: 'WASHINGTON', agency: 'Reuters' }],
    ['Paris (AFP) — Ships sailed.', { place: 'Paris', agency: 'AFP' }],
    ['Rio de Janeiro (AFP) – Ships sailed.', { place: 'Rio de Janeiro', agency: 'AFP' }],
    ['Sharm el-Sheikh (AFP) – Ships sailed.', { place: 'Sharm el-Sheikh', agency: 'AFP' }],
    ['BAGHDAD, Nov. 23, 2024 - Ships sailed.', { place: 'BAGHDAD', date: '2024-11-23' }],
    ['BAGHDAD, 23 November 2024 (AFP) – Ships sailed.', { place: 'BAGHDAD', agency: 'AFP', date: '2024-11-23' }],
  ])('reads "%s" in a plain story and removes it from the text', (paragraph, dateline) => {
    const article = ingest(plain(paragraph));
    expect(article.dateline).toEqual(dateline);
    expect(blockOf(article, 'p1')?.text).toBe('Ships sailed.');
  });

  it.each(['Baghdad – Ships sailed.', 'BAGHDAD – Ships sailed.', 'Baghdad — Ships sailed.', 'Baghdad - Ships sailed.'])(
    'reads the bare place "%s" when it repeats the place line, keeping it as written',
    (paragraph) => {
      const article = ingest(agency(paragraph));
      expect(article.dateline).toEqual({ place: paragraph.split(' ')[0], date: '2024-11-23' });
      expect(blockOf(article, 'p1')?.text).toBe('Ships sailed.');
    },
  );

  it('reads a bare place that repeats the front matter place', () => {
    const article = ingest(story('---', 'place: Mosul', '---', 'Harbour reopens', '', 'MOSUL – Ships sailed.'));
    expect(article.dateline.place).toBe('Mosul');
    expect(blockOf(article, 'p1')?.text).toBe('Ships sailed.');
  });

  it.each([
    'Iran-allied groups – which oppose the talks – said they would keep up attacks.',
    'Iran-allied armed groups – which oppose the talks – vowed more attacks.',
    'Hamas – which runs the territory – said talks would resume.',
    'NATO – the alliance said – will meet on Friday.',
    'Mosul – a city rebuilt – reopened its harbour.',
    'The port – closed for a week – reopened.',
    'Ships sailed at dawn - and returned at dusk.',
  ])('leaves an ordinary sentence opening alone: "%s"', (paragraph) => {
    const article = ingest(agency(paragraph));
    expect(blockOf(article, 'p1')?.text).toBe(paragraph);
    expect(article.dateline).toEqual({ place: 'Baghdad', date: '2024-11-23' });
  });

  it('dates a yearless dateline from the date line, in the year nearest to it', () => {
    const article = ingest(story('January 2, 2025', '', 'Harbour reopens after storm', '', 'BAGHDAD, Dec 31 (AFP) – Ships sailed.'));
    expect(article.dateline.date).toBe('2024-12-31');
    expect(article.id).toBe('harbour-reopens-after-storm-2025-01-02');
  });

  it('leaves the date unknown for a yearless dateline with no date line or front matter', () => {
    expect(ingest(plain('WASHINGTON, March 4 (Reuters) - Ships sailed.')).dateline.date).toBeUndefined();
  });

  it('lets the front matter override place, date and agency of the dateline', () => {
    const article = ingest(
      story('---', 'place: Basra', 'date: 2024-11-24', 'agency: WNS', '---', 'Harbour reopens', '', 'BAGHDAD, Nov 23 (AFP) – Ships sailed.'),
    );
    expect(article.dateline).toEqual({ place: 'Basra', date: '2024-11-24', agency: 'WNS' });
    expect(blockOf(article, 'p1')?.text).toBe('Ships sailed.');
  });

  it('rejects a dateline date that does not exist, at the paragraph', () => {
    const error = inputErrorFrom(() => ingest(agency('BAGHDAD, Feb 30 (AFP) – Ships sailed.')));
    expect(error.message).toContain('does not exist');
    expect(error.location).toEqual({ file: 'story.txt', line: 7 });
  });
});
