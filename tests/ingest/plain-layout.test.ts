import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { fixtureBytes, ingest, story } from './helpers.js';

describe('plain layout', () => {
  it('reads the headline and the paragraphs, with their lines', () => {
    const article = ingest(story('Council backs new cycle lanes', '', 'The city council voted on Monday to add', 'twelve kilometres of lanes.', '', 'Work starts in May.'));
    expect(article.blocks).toEqual([
      { id: 'headline', kind: 'headline', text: 'Council backs new cycle lanes', line: 1 },
      // lineBreaks: the space that joins the two source lines, for the segmenter's line rules.
      { id: 'p1', kind: 'paragraph', text: 'The city council voted on Monday to add twelve kilometres of lanes.', line: 3, lineBreaks: [39] },
      { id: 'p2', kind: 'paragraph', text: 'Work starts in May.', line: 6 },
    ]);
    expect(article.dateline).toEqual({});
    expect(article.id).toBe('council-backs-new-cycle-lanes');
  });

  it('reads a dateline opening the first paragraph, without a year when the copy gives none', () => {
    const article = ingestText(fixtureBytes('plain-dateline.txt'), 'plain.txt');
    expect(article.dateline).toEqual({ place: 'WASHINGTON', agency: 'Reuters' });
    expect(article.findings?.map((finding) => finding.ruleId)).toEqual(['ingest/dateline-year-unknown']);
    expect(article.blocks[1]?.text.startsWith('Container ships will be allowed')).toBe(true);
    expect(article.id).toBe('port-authority-approves-night-shipping-to-ease');
  });

  it('keeps extra blank lines and surrounding spaces out of the blocks', () => {
    const article = ingest(story('', '  Headline with spaces  ', '', '', '', '\tBody text.\t', '', ''));
    expect(article.blocks).toEqual([
      { id: 'headline', kind: 'headline', text: 'Headline with spaces', line: 2 },
      { id: 'p1', kind: 'paragraph', text: 'Body text.', line: 6 },
    ]);
  });

  it('uses the lang option when the front matter names no language', () => {
    expect(ingest(story('Titre', '', 'Texte.'), { lang: 'fr' }).lang).toBe('fr');
  });
});
