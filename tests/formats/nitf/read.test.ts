import { describe, expect, it } from 'vitest';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import { fixture, item, readItem } from './helpers.js';

describe('nitfFormat.read: an item with a dateline element, sub-heads, a block and a caption', () => {
  const article = readItem(fixture('valletta-quay.xml'), 'in/valletta-quay.xml');

  it('reads the blocks in order with block ids as plain-text ingest names them', () => {
    expect(article.blocks.map(({ id, kind }) => `${id}:${kind}`)).toEqual([
      'headline:headline',
      'standfirst:standfirst',
      'p1:paragraph',
      'p2:paragraph',
      'sh1:subhead',
      'p3:paragraph',
      'p4:paragraph',
      'caption:caption',
      'sh2:subhead',
      'p5:paragraph',
    ]);
    expect(article.blocks[0]).toMatchObject({ text: 'Harbour authority reopens northern quay after storm repairs', line: 19 });
  });

  it('reads the metadata: id from doc-id, version from du-key, urgency, language, dateline from the element', () => {
    expect(article).toMatchObject({
      id: 'wire-test_0042',
      version: 2,
      urgency: 4,
      lang: 'en',
      dateline: { place: 'Valletta', date: '2026-11-30' },
      source: { path: 'in/valletta-quay.xml', format: 'nitf' },
      template: { format: 'nitf' },
    });
    expect(article.dateline.agency).toBeUndefined();
    expect(article.findings).toBeUndefined();
  });

  it('keeps the byline, the tagline and the media credit out of the blocks', () => {
    const texts = article.blocks.map((block) => block.text).join('\n');
    expect(texts).not.toContain('Castellane');
    expect(texts).not.toContain('news desk');
    expect(texts).not.toContain('Photo:');
  });

  it('collapses whitespace and maps the markup: a link, and emphasis running across a sentence boundary and a line break', () => {
    const p2 = article.blocks.find((block) => block.id === 'p2')!;
    expect(p2.text).toBe(
      'Engineers replaced 14 pilings and resurfaced the berth, according to a notice published by the authority. Work finished two days early. Crews left the site on Sunday and inspectors signed off the same evening.',
    );
    const [link, emphasis] = p2.markup!;
    expect(link).toEqual({
      id: 'm1',
      kind: 'paired',
      element: 'a',
      open: '<a href="https://example.test/notice?id=7&amp;lang=en">',
      close: '</a>',
      start: p2.text.indexOf('notice'),
      end: p2.text.indexOf('. Work'),
    });
    expect(emphasis).toMatchObject({ id: 'm2', element: 'em', open: '<em>', close: '</em>' });
    expect(p2.text.slice(emphasis!.start, emphasis!.end)).toBe('Work finished two days early. Crews left the site on Sunday');
  });

  it('decodes entity and character references', () => {
    expect(article.blocks.find((block) => block.id === 'p3')!.text).toBe(
      'Passenger ferries to Gozo & Comino will be the first to use the quay, the notice said, followed by container feeders – subject to tides.',
    );
  });

  it('reads <br/> as a standalone code standing for a line break', () => {
    const p4 = article.blocks.find((block) => block.id === 'p4')!;
    expect(p4.text).toBe('“We lost six weeks of traffic,” said harbour master Tonio Vella. “We will not lose a seventh.”');
    const br = p4.markup!.find((code) => code.element === 'br')!;
    expect(br).toMatchObject({ kind: 'standalone', open: '<br/>', start: p4.text.indexOf(' “We will') });
    expect(br.close).toBeUndefined();
    expect(p4.lineBreaks).toEqual([p4.text.indexOf(' “We will')]);
    expect(p4.markup!.find((code) => code.element === 'person')).toMatchObject({ open: '<person>', close: '</person>' });
  });

  it('reads inline markup in the standfirst and the caption too', () => {
    const standfirst = article.blocks[1]!;
    expect(standfirst.text).toBe('Ferry operators expect full timetables by Friday');
    expect(standfirst.markup).toEqual([{ id: 'm1', kind: 'paired', element: 'em', open: '<em>', close: '</em>', start: 23, end: 27 }]);
    expect(article.blocks.find((block) => block.id === 'caption')).toMatchObject({
      text: 'Workers on the northern quay in Valletta on Nov 28.',
      markup: [{ element: 'location', start: 32, end: 40 }],
    });
  });

  it('skips empty paragraphs', () => {
    expect(article.blocks.at(-1)!.text).toBe('Berthing fees stay at 2,400 euros a day, the authority added.');
  });
});

describe('nitfFormat.read: a dateline opening the first paragraph (AFP style)', () => {
  it('takes the dateline off the first paragraph, its markup moved with the text', () => {
    const article = readItem(fixture('porto-alegre-prefix.xml'));
    expect(article.dateline).toEqual({ place: 'PORTO ALEGRE', date: '2026-05-16', agency: 'AFP' });
    const p1 = article.blocks.find((block) => block.id === 'p1')!;
    expect(p1.text).toBe('Rescue teams reached the flooded town by boat on Saturday, officials said.');
    const start = p1.text.indexOf('officials said');
    expect(p1.markup).toEqual([{ id: 'm1', kind: 'paired', element: 'em', open: '<em>', close: '</em>', start, end: start + 'officials said'.length }]);
    expect(article.blocks.map((block) => block.id)).toEqual(['headline', 'p1', 'sh1', 'p2', 'p3']);
    expect(article.blocks.find((block) => block.id === 'sh1')!.text).toBe('- Roads closed -');
    expect(article.lang).toBe('en');
    expect(article.id).toBe('coastal-town-cut-off-as-river-bursts-2026-05-16');
  });

  it('warns when the prefix date has no year and the item no date', () => {
    const text = fixture('porto-alegre-prefix.xml').replace('<head><docdata><date.issue norm="2026-05-16T08:06:25Z"/></docdata></head>', '');
    const article = readItem(text);
    expect(article.dateline).toEqual({ place: 'PORTO ALEGRE', agency: 'AFP' });
    expect(article.findings).toEqual([expect.objectContaining({ ruleId: 'ingest/dateline-year-unknown', severity: 'warning', line: 2 })]);
  });

  it('leaves a paragraph opening with a bare name and a dash alone (a subject, not a dateline)', () => {
    const text = item('<p>Hamas – which runs Gaza – said it would answer.</p>');
    const article = readItem(text);
    expect(article.dateline).toEqual({});
    expect(article.blocks[1]!.text).toBe('Hamas – which runs Gaza – said it would answer.');
  });

  it('takes no prefix when a dateline element names the place', () => {
    const text = item('<p>PORTO ALEGRE, May 16 (AFP) - Teams arrived.</p>', '<dateline>Canoas</dateline>');
    const article = readItem(text);
    expect(article.dateline).toEqual({ place: 'Canoas' });
    expect(article.blocks[1]!.text).toBe('PORTO ALEGRE, May 16 (AFP) - Teams arrived.');
  });
});

describe('nitfFormat.read: head, language and identity', () => {
  it('reads a dateline of bare text that is not a place as no place (kept as written)', () => {
    expect(readItem(item('<p>Text.</p>', '<dateline>Filed late on Monday by our desk</dateline>')).dateline).toEqual({});
  });

  it('takes the language from baselang, else xml:lang, else the option', () => {
    expect(readItem(item('<p>x</p>').replace('<nitf>', '<nitf baselang="en-GB">')).lang).toBe('en-GB');
    expect(readItem(item('<p>x</p>').replace('<nitf>', '<nitf xml:lang="fr">')).lang).toBe('fr');
    expect(nitfFormat.read(new TextEncoder().encode(item('<p>x</p>')), 'a.xml', { lang: 'de' }).lang).toBe('de');
  });

  it('uses head/title as the headline when the hedline has none', () => {
    const article = readItem('<nitf><head><title>Title only</title></head><body><body.content><p>Text.</p></body.content></body></nitf>');
    expect(article.blocks.map((block) => [block.id, block.text])).toEqual([
      ['headline', 'Title only'],
      ['p1', 'Text.'],
    ]);
  });

  it('names the id from the headline and the issue date without doc-id, and makes an unsafe doc-id file-safe', () => {
    expect(readItem(item('<p>x</p>')).id).toBe('flood-waters-rise');
    const withDocId = item('<p>x</p>').replace('<head/>', '<head><docdata><doc-id id-string="urn:newsml:Example.test:20261130:TX/42"/></docdata></head>');
    expect(readItem(withDocId).id).toBe('urn-newsml-example.test-20261130-tx-42');
  });

  it('reads list items and paragraphs inside a caption', () => {
    const article = readItem(item('<ul><li>One <em>item</em></li><li><p>Two</p></li></ul><media><media-caption><p>A</p><p>B</p></media-caption></media>'));
    expect(article.blocks.map((block) => `${block.id}=${block.text}`)).toEqual(['headline=Flood waters rise', 'p1=One item', 'p2=Two', 'caption=A', 'caption2=B']);
  });
});
