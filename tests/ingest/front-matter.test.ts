import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { blockOf, fixtureBytes, ingest, inputErrorFrom, story } from './helpers.js';

const body = ['Harbour reopens after storm', '', 'Ships sailed.'];

describe('front matter', () => {
  it('reads every key, and counts its lines in the blocks’ line numbers', () => {
    const article = ingestText(fixtureBytes('front-matter-all-keys.txt'), 'fm.txt');
    expect(article).toMatchObject({
      id: 'harbour-night-shipping.v2',
      version: 2,
      lang: 'en-US',
      urgency: 3,
      // The dateline writes its own day (March 4); the front matter's date gives the year and the id's date.
      dateline: { place: 'Baltimore', date: '2025-03-04', agency: 'WNS' },
    });
    expect(article.blocks.map((block) => [block.id, block.line])).toEqual([
      ['headline', 10],
      ['p1', 12],
    ]);
    expect(blockOf(article, 'p1')?.text.startsWith('Container ships')).toBe(true);
  });

  it('overrides the date line and the place line of the agency layout', () => {
    const article = ingest(
      story('---', 'date: 2024-11-24', 'place: Basra', '---', 'Saturday, November 23, 2024', '', 'Baghdad', '', ...body),
    );
    expect(article.dateline).toEqual({ place: 'Basra', date: '2024-11-24' });
    expect(article.id).toBe('harbour-reopens-after-storm-2024-11-24');
  });

  it('beats the lang option', () => {
    expect(ingest(story('---', 'language: fr', '---', ...body), { lang: 'ar' }).lang).toBe('fr');
  });

  it('may be empty', () => {
    const article = ingest(story('---', '---', ...body));
    expect(article.blocks.map((block) => block.line)).toEqual([3, 5]);
  });

  it('names an unknown key and its line, and lists the known ones', () => {
    const error = inputErrorFrom(() => ingest(story('---', 'id: harbour', 'urgncy: 2', '---', ...body)));
    expect(error.message).toBe('unknown front matter key `urgncy`');
    expect(error.location).toEqual({ file: 'story.txt', line: 3 });
    expect(error.hint).toContain('urgency');
  });

  it.each([
    ['urgency: 9', 'urgency', '9'],
    ['urgency: "3"', 'urgency', '"3"'],
    ['urgency: 2.5', 'urgency', '2.5'],
    ['version: 0', 'version', '0'],
    ['date: 2024-02-30', 'date', '"2024-02-30"'],
    ['date: 23/11/2024', 'date', '"23/11/2024"'],
    ['id: ../etc/passwd', 'id', '"../etc/passwd"'],
    ['id: Harbour Story', 'id', '"Harbour Story"'],
    ['id: 12345', 'id', '12345'],
    ['language: english language', 'language', '"english language"'],
    ['place: [Basra, Mosul]', 'place', 'a list'],
    ['agency:', 'agency', 'nothing'],
    ['status: killed', 'status', '"killed"'],
    ['status: Withdrawn', 'status', '"Withdrawn"'],
    ['embargo: 2026-12-02', 'embargo', '"2026-12-02"'],
    ['embargo: 2026-12-02T18:00:00', 'embargo', '"2026-12-02T18:00:00"'],
    ['embargo: 2026-12-02 18:00:00Z', 'embargo', '"2026-12-02 18:00:00Z"'],
    ['embargo: 2026-02-30T18:00Z', 'embargo', '"2026-02-30T18:00Z"'],
    ['embargo: 2026-12-02T24:00Z', 'embargo', '"2026-12-02T24:00Z"'],
    ['embargo: 2026-12-02T18:00-15:00', 'embargo', '"2026-12-02T18:00-15:00"'],
    ['embargo: 1700000000', 'embargo', '1700000000'],
  ])('rejects "%s" at the key’s line', (entry, key, got) => {
    const error = inputErrorFrom(() => ingest(story('---', '# metadata', entry, '---', ...body)));
    expect(error.message).toMatch(new RegExp(`^front matter \`${key}\` must be .*, got ${got.replace(/[.[\]]/g, '\\$&')}$`));
    expect(error.location).toEqual({ file: 'story.txt', line: 3 });
  });

  it('reads the publishing status and the embargo (a moment: date-time with its offset) onto the article', () => {
    const article = ingest(story('---', 'status: withdrawn', 'embargo: 2026-12-02T18:00:00+01:00', '---', ...body));
    expect(article).toMatchObject({ pubStatus: 'withdrawn', embargoedUntil: '2026-12-02T18:00:00+01:00' });
    expect(ingest(story('---', 'status: canceled', 'embargo: 2026-12-02T17:00:00.250Z', '---', ...body))).toMatchObject({
      pubStatus: 'canceled',
      embargoedUntil: '2026-12-02T17:00:00.250Z',
    });
    expect(ingest(story('---', 'embargo: 2026-12-02T17:00-05:30', '---', ...body)).embargoedUntil).toBe('2026-12-02T17:00-05:30');
  });

  it('leaves the status and the embargo out when the front matter does not give them', () => {
    const article = ingest(story('---', 'status: usable', '---', ...body));
    expect(article.pubStatus).toBe('usable');
    expect(article.embargoedUntil).toBeUndefined();
    const plain = ingest(story(...body));
    expect('pubStatus' in plain || 'embargoedUntil' in plain).toBe(false);
  });

  it('reports invalid YAML at the line the YAML parser names', () => {
    const error = inputErrorFrom(() => ingest(story('---', 'id: harbour', 'place: "Basra', '---', ...body)));
    expect(error.message).toMatch(/^invalid YAML in front matter: /);
    expect(error.location).toEqual({ file: 'story.txt', line: 3 });
  });

  it('names a repeated key and both its lines', () => {
    const error = inputErrorFrom(() => ingest(story('---', 'id: a', 'place: Basra', 'id: b', '---', ...body)));
    expect(error.message).toBe('front matter key `id` is given twice (line 2 and here)');
    expect(error.location?.line).toBe(4);
  });

  it.each([
    ['100,000 keys', Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`), 'front matter has 100000 lines, more than 100', 102],
    ['one line of 20,000 keys', [`{${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join(', ')}}`], 'front matter has more than 8192 characters', 2],
    ['101 comment lines', Array.from({ length: 101 }, () => '# note'), 'front matter has 101 lines, more than 100', 102],
  ])('refuses a front matter over its limits (%s), before parsing it', (_name, yamlLines, message, line) => {
    const error = inputErrorFrom(() => ingest(story('---', ...yamlLines, '---', ...body)));
    expect(error.message).toBe(message);
    expect(error.location).toEqual({ file: 'story.txt', line });
    expect(error.hint).toMatch(/at most 100 lines and 8192 characters/);
  });

  it('takes a front matter of exactly 100 lines', () => {
    const article = ingest(story('---', 'id: harbour', ...Array.from({ length: 99 }, () => '# note'), '---', ...body));
    expect(article.id).toBe('harbour');
  });

  it.each([['0000-06-01'], ['0000-01-01']])('refuses the date %s, before year 1', (date) => {
    const error = inputErrorFrom(() => ingest(story('---', `date: ${date}`, '---', ...body)));
    expect(error.message).toBe(`front matter \`date\` must be a real date from year 1 to 9999, written YYYY-MM-DD, got "${date}"`);
  });

  it('rejects front matter that is not key: value lines', () => {
    const error = inputErrorFrom(() => ingest(story('---', '- id', '---', ...body)));
    expect(error.message).toBe('front matter must be `key: value` lines');
    expect(error.location?.line).toBe(2);
  });

  it('rejects front matter that is never closed, at line 1', () => {
    const error = inputErrorFrom(() => ingest(story('---', 'id: harbour', ...body)));
    expect(error.message).toBe('front matter opened at line 1 is not closed');
    expect(error.location).toEqual({ file: 'story.txt', line: 1 });
  });

  it('rejects front matter with no story after it', () => {
    const error = inputErrorFrom(() => ingest(story('---', 'id: harbour', '---', '', '')));
    expect(error.message).toBe('no story after the front matter');
    expect(error.location?.line).toBe(3);
  });
});
