import { describe, expect, it } from 'vitest';
import { ninjsFormat } from '../../../src/formats/ninjs/index.js';
import type { NinjsTemplate } from '../../../src/formats/ninjs/template.js';
import { localized, readFixture, written } from './helpers.js';
import { schemaErrors } from './schema.js';

const article = readFixture('item-3.1-html.json');
const dateline = { place: 'MOSSOUL', agency: 'WNA', date: '2 octobre 2025' };

describe('reading a ninjs 3.1 item with an HTML body and the same text as text/plain', () => {
  it('reads the HTML body once, with its markup, the dateline taken off its first paragraph', () => {
    expect(article.blocks.map(({ id, kind }) => `${id}:${kind}`)).toEqual(['headline:headline', 'headline2:headline', 'standfirst:standfirst', 'p1:paragraph', 'sh1:subhead', 'p2:paragraph']);
    const p1 = article.blocks[3]!;
    expect(p1.text).toBe('The old bridge over the Tigris reopened to traffic on Thursday, the city council said.');
    expect(p1.markup?.map(({ element, start, end }) => [element, p1.text.slice(start, end)])).toEqual([
      ['em', 'reopened'],
      ['a', 'city council'],
    ]);
    expect(p1.markup?.[1]?.open).toBe('<a href="https://city.example/news?id=7&amp;lang=en">');
    expect(article.dateline).toEqual({ place: 'MOSUL', date: '2025-10-02', agency: 'WNA' });
  });

  it('writes the plain body from the HTML body, and reads an HTML description with its markup', () => {
    const slots = (article.template!.data as NinjsTemplate).slots;
    expect(slots.find((slot) => slot.field === 'bodies' && slot.index === 0)?.content).toEqual({ kind: 'plain-of-html', bodyIndex: 1, separator: '\n\n' });
    expect(article.blocks[2]!.markup?.map((code) => code.element)).toEqual(['em']);
  });

  it('reads a plain body apart when its text differs from the HTML body', () => {
    const text = JSON.stringify({
      uri: 'urn:x:1',
      headlines: [{ value: 'H' }],
      bodies: [
        { contentType: 'text/plain', value: 'A shorter plain version.' },
        { contentType: 'text/html', value: '<p>A <em>longer</em> HTML version.</p>' },
      ],
    });
    const both = ninjsFormat.read(new TextEncoder().encode(text), 'x.json', {});
    expect(both.blocks.map((block) => block.text)).toEqual(['H', 'A shorter plain version.', 'A longer HTML version.']);
  });
});

describe('writing it', () => {
  const item = written(article, 'fr', dateline);
  const [plain, html] = item['bodies'] as Array<Record<string, unknown>>;

  it('is valid against the 3.1 schema', () => {
    expect(schemaErrors(3, item)).toEqual([]);
  });

  it('puts the translation into the HTML skeleton with its links and emphasis, the localized dateline first', () => {
    expect(html!['value']).toBe(
      '<p>MOSSOUL (WNA)&nbsp;– [fr] The old bridge over the Tigris <em>reopened</em> to traffic on Thursday, the <a href="https://city.example/news?id=7&amp;lang=en">city council</a> said.</p>\n' +
        '<h2>[fr] Repairs</h2>\n' +
        // The line break a <br> stands for comes back as the job joins a line-starting segment: a line feed.
        '<p>[fr] Engineers replaced <strong>four spans</strong> and the lighting.<br/>\nWork took 18 months.</p>',
    );
    expect((item['descriptions'] as Array<Record<string, unknown>>)[0]!['value']).toBe('[fr] Traffic crosses the <em>Tigris</em> again.');
  });

  it('writes the plain body as the translated HTML text, with its paragraph breaks and the line break', () => {
    expect(plain!['value']).toBe(
      'MOSSOUL (WNA)\u00A0– [fr] The old bridge over the Tigris reopened to traffic on Thursday, the city council said.\n\n[fr] Repairs\n\n[fr] Engineers replaced four spans and the lighting.\nWork took 18 months.',
    );
    expect(plain!['charCount']).toBe([...(plain!['value'] as string)].length);
    // MOSSOUL (WNA) [fr] The … said. (18: the dash is no word), [fr] Repairs (2), [fr] Engineers … months. (12)
    expect(plain!['wordCount']).toBe(32);
    // The HTML body counts its text, not its tags.
    expect(html!['charCount']).toBe((article.blocks.slice(3).map((block) => localized(article, 'fr', dateline).blocks.get(block.id)!.text).join('\n\n').length + 'MOSSOUL (WNA)\u00A0– '.length));
  });

  it('reads back with the same blocks and markup (round trip)', () => {
    const back = ninjsFormat.read(new TextEncoder().encode(ninjsFormat.write(localized(article, 'fr', dateline))), 'fr.json', {});
    const translated = localized(article, 'fr', dateline).blocks;
    expect(back.blocks.map(({ id, kind, text }) => ({ id, kind, text }))).toEqual(article.blocks.map(({ id, kind }) => ({ id, kind, text: translated.get(id)!.text.replace('\n', ' ') })));
    expect(back.blocks.map((block) => block.lineBreaks)).toEqual(article.blocks.map((block) => block.lineBreaks?.map((offset) => offset + '[fr] '.length)));
    for (const block of back.blocks) {
      const expected = translated.get(block.id)!.markup.map(({ code, start, end }) => ({ element: code.element, open: code.open, start, end }));
      expect((block.markup ?? []).map(({ element, open, start, end }) => ({ element, open, start, end }))).toEqual(expected);
    }
    expect(back.dateline).toEqual({ place: 'MOSSOUL', agency: 'WNA', date: '2025-10-02' });
    expect(((back.template!.data as NinjsTemplate).slots)[3]?.content.kind).toBe('plain-of-html');
  });
});

describe('an application/xhtml+xml body (ninjs 2.2)', () => {
  const text = JSON.stringify({
    uri: 'http://news.example.org/items/77',
    versioncreated: '2025-05-05T08:00:00Z',
    headlines: [{ role: 'main', value: 'Port reopens' }],
    bodies: [{ role: 'richtext', contenttype: 'application/xhtml+xml', value: '<p>ADEN, May 5 (WNA) – The port <em>reopened</em> on Monday.</p>' }],
  });
  const article = ninjsFormat.read(new TextEncoder().encode(text), 'x.json', {});

  it('is read through the HTML body reader', () => {
    expect(article.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'The port reopened on Monday.' });
    expect(article.dateline).toEqual({ place: 'ADEN', date: '2025-05-05', agency: 'WNA' });
  });

  it('writes a no-break space as a character reference XML knows, and is valid against 2.2', () => {
    const item = written(article, 'fr', { place: 'ADEN', agency: 'WNA' });
    const [body] = item['bodies'] as Array<Record<string, unknown>>;
    expect(body!['value']).toBe('<p>ADEN (WNA)&#160;– [fr] The port <em>reopened</em> on Monday.</p>');
    expect(schemaErrors(2, item)).toEqual([]);
  });
});

describe('an HTML body opening with a title', () => {
  it('takes the dateline from its first paragraph', () => {
    const text = JSON.stringify({
      uri: 'urn:x:2',
      versionCreated: '2025-05-05T08:00:00Z',
      headlines: [{ value: 'Port reopens' }],
      bodies: [{ contentType: 'text/html', value: '<h1>Port reopens</h1><p>ADEN, May 5 (WNA) – The port reopened.</p>' }],
    });
    const article = ninjsFormat.read(new TextEncoder().encode(text), 'x.json', {});
    expect(article.blocks.map(({ id, text }) => [id, text])).toEqual([['headline', 'Port reopens'], ['sh1', 'Port reopens'], ['p1', 'The port reopened.']]);
    expect(article.dateline).toMatchObject({ place: 'ADEN', agency: 'WNA' });
  });
});

describe('a dateline inside an element of the HTML body', () => {
  it('is written back localized inside that element, with no empty element left at the text', () => {
    const text = JSON.stringify({
      uri: 'urn:x:3',
      versionCreated: '2025-05-05T08:00:00Z',
      headlines: [{ value: 'Port reopens' }],
      bodies: [{ contentType: 'text/html', value: '<p><strong>ADEN</strong>, May 5 (WNA) – The port <em>reopened</em>.</p>' }],
    });
    const article = ninjsFormat.read(new TextEncoder().encode(text), 'x.json', {});
    expect(article.blocks[1]).toMatchObject({ text: 'The port reopened.', markup: [{ element: 'em', start: 9, end: 17 }] });
    const [body] = written(article, 'fr', { place: 'ADEN', agency: 'WNA' })['bodies'] as Array<Record<string, unknown>>;
    expect(body!['value']).toBe('<p><strong>ADEN (WNA)</strong>&nbsp;– [fr] The port <em>reopened</em>.</p>');
  });
});
