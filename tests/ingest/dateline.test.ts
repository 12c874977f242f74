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

  it('leaves the date unknown for a yearless dateline with no date line or front matter, and says so', () => {
    const article = ingest(plain('WASHINGTON, March 4 (Reuters) - Ships sailed.'));
    expect(article.dateline.date).toBeUndefined();
    expect(article.findings?.map((finding) => [finding.ruleId, finding.line, finding.id])).toEqual([
      ['ingest/dateline-year-unknown', 3, 'ingest/dateline-year-unknown:en:dateline'],
    ]);
  });

  it.each([
    [story('Harbour reopens', '', 'BEIRUT, Dec. 31, 9999 - Ships sailed.'), '9999-12-31'],
    [story('January 1, 9999', '', 'Harbour reopens', '', 'BEIRUT, Dec. 31 - Ships sailed.'), '9998-12-31'],
    [story('January 1, 0001', '', 'Harbour reopens', '', 'BEIRUT, Jan. 2 - Ships sailed.'), '0001-01-02'],
  ])('dates a dateline at the edges of the years it reads (%#)', (text, date) => {
    expect(ingest(text).dateline.date).toBe(date);
  });

  it.each([
    [story('December 31, 9999', '', 'Harbour reopens', '', 'BEIRUT, Jan. 1 - Ships sailed.'), 10000],
    [story('January 1, 0001', '', 'Harbour reopens', '', 'BEIRUT, Dec. 31 - Ships sailed.'), 0],
  ])('refuses a dateline whose year would fall outside 1–9999, at the paragraph (%#)', (text, year) => {
    const error = inputErrorFrom(() => ingest(text));
    expect(error.message).toBe(`the dateline's date falls in year ${year}; wire-l10n reads dates from year 1 to 9999`);
    expect(error.location).toEqual({ file: 'story.txt', line: 5 });
  });

  it('refuses a date line in year 0', () => {
    const error = inputErrorFrom(() => ingest(story('0000-03-01', '', 'Harbour reopens', '', 'Ships sailed.')));
    expect(error.message).toBe('the date line says "0000-03-01"; wire-l10n reads dates from year 1 to 9999');
  });

  it('lets the front matter override place and agency of the dateline, and keeps the day the dateline writes', () => {
    const article = ingest(
      story('---', 'place: Basra', 'date: 2024-11-24', 'agency: WNS', '---', 'Harbour reopens', '', 'BAGHDAD, Nov 23 (AFP) – Ships sailed.'),
    );
    expect(article.dateline).toEqual({ place: 'Basra', date: '2024-11-23', agency: 'WNS' });
    expect(article.id).toBe('harbour-reopens-2024-11-24');
    expect(blockOf(article, 'p1')?.text).toBe('Ships sailed.');
  });

  it('rejects a dateline date that does not exist, at the paragraph', () => {
    const error = inputErrorFrom(() => ingest(agency('BAGHDAD, Feb 30 (AFP) – Ships sailed.')));
    expect(error.message).toContain('does not exist');
    expect(error.location).toEqual({ file: 'story.txt', line: 7 });
  });
});
