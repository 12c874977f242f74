import { describe, expect, it } from 'vitest';
import { ninjsFormat } from '../../../src/formats/ninjs/index.js';
import type { NinjsTemplate } from '../../../src/formats/ninjs/template.js';
import { localizedUri } from '../../../src/formats/ninjs/write.js';
import { localized, readFixture, readText, written } from './helpers.js';
import { schemaErrors } from './schema.js';

const frenchDateline = { place: 'BASSORA', date: '23 novembre 2024', agency: 'WNA' };

describe('writing a ninjs 3.1 item', () => {
  const article = readFixture('item-3.1-plain.json');
  const item = written(article, 'fr', frenchDateline);

  it('is valid against the 3.1 schema, for every language', () => {
    expect(schemaErrors(3, item)).toEqual([]);
    expect(schemaErrors(3, written(article, 'ar', { place: 'البصرة', agency: 'WNA' }))).toEqual([]);
  });

  it('has its own uri and language, and links to the source by association and alternative id', () => {
    expect(item['uri']).toBe('urn:newsml:wire.example:20241123:harbour-ferry-0042#lang=fr');
    expect(item['language']).toBe('fr');
    expect(item['associations']).toEqual([{ name: 'translationOf', rel: 'translationOf', uri: 'urn:newsml:wire.example:20241123:harbour-ferry-0042' }]);
    expect(item['altIds']).toEqual([
      { role: 'desk', value: 'WNA-0042' },
      { role: 'translationOf', value: 'urn:newsml:wire.example:20241123:harbour-ferry-0042' },
    ]);
  });

  it('translates headlines, descriptions and the body, the dateline back at its opening and the paragraph breaks kept', () => {
    expect(item['headlines']).toEqual([{ role: 'main', value: '[fr] Ferry service returns to Basra harbour after five-year pause' }]);
    expect(item['descriptions']).toEqual([
      { role: 'summary', value: '[fr] The first crossing carried 120 passengers.' },
      { role: 'caption', value: '[fr] Passengers board the ferry at Basra harbour on Saturday.' },
    ]);
    const [body] = item['bodies'] as Array<Record<string, unknown>>;
    expect(body!['value']).toBe(
      'BASSORA (WNA)\u00A0– [fr] A passenger ferry crossed Basra harbour on Saturday for the first time in five years, port officials said.\n\n' +
        '[fr] The service will run twice a day.\nTickets cost 5,000 dinars.\n\n[fr] The port authority said a second boat would join in March.',
    );
  });

  it('counts the translated body again where the source had counts', () => {
    const [body] = item['bodies'] as Array<Record<string, unknown>>;
    expect(body!['charCount']).toBe([...(body!['value'] as string)].length);
    const counted = readText('{"uri":"urn:x:1","headlines":[{"value":"H"}],"bodies":[{"charCount":1,"wordCount":1,"value":"One two thrée.\\n\\nFour 5,000 – 𝒮ix."}]}');
    const [short] = written(counted, 'fr')['bodies'] as Array<Record<string, unknown>>;
    expect(short!['value']).toBe('[fr] One two thrée.\n\n[fr] Four 5,000 – 𝒮ix.');
    // [fr] One two thrée. [fr] Four 5,000 𝒮ix. — the dash is no word; 𝒮 is one character, two UTF-16 units.
    expect(short).toMatchObject({ charCount: 43, wordCount: 8 });
    expect((short!['value'] as string).length).toBe(44);
  });

  it('keeps everything it does not translate, in the source key order, added keys last', () => {
    expect(item).toMatchObject({
      type: 'text',
      version: '3',
      versionCreated: '2024-11-23T09:40:00+03:00',
      embargoedUntil: '2024-11-23T12:00:00+03:00',
      pubStatus: 'usable',
      urgency: 3,
      slugline: 'Iraq-Ferry',
      by: 'Mona Haddad',
      located: 'Basra',
      people: [{ name: 'Mona Haddad', rel: 'author' }],
    });
    expect(Object.keys(item)).toEqual([
      'uri', 'type', 'version', 'versionCreated', 'embargoedUntil', 'pubStatus', 'urgency', 'copyrightHolder', 'language', 'slugline',
      'by', 'located', 'headlines', 'descriptions', 'altIds', 'people', 'bodies', 'associations',
    ]);
  });

  it('is pretty-printed, ends with a newline, and is the same bytes every time', () => {
    const text = ninjsFormat.write(localized(article, 'fr', frenchDateline));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "uri": ');
    expect(ninjsFormat.write(localized(article, 'fr', frenchDateline))).toBe(text);
  });

  it('reads back with the same blocks (round trip)', () => {
    const back = ninjsFormat.read(new TextEncoder().encode(ninjsFormat.write(localized(article, 'fr', frenchDateline))), 'fr.json', {});
    const translated = localized(article, 'fr', frenchDateline).blocks;
    expect(back.blocks.map((block) => [block.id, block.kind])).toEqual(article.blocks.map((block) => [block.id, block.kind]));
    expect(back.blocks.map((block) => block.text)).toEqual(article.blocks.map((block) => translated.get(block.id)!.text.replace(/\n/gu, ' ')));
    expect(back.blocks.map((block) => block.lineBreaks)).toEqual([undefined, undefined, undefined, undefined, ['[fr] The service will run twice a day.'.length], undefined]);
    expect(back).toMatchObject({ lang: 'fr', version: 3, urgency: 3, dateline: { place: 'BASSORA', agency: 'WNA', date: '2024-11-23' } });
  });
});

describe('writing a ninjs 2.2 item', () => {
  const article = readFixture('item-2.2.json');
  const item = written(article, 'fr');

  it('is valid against the 2.2 schema, with 2.x names: an association named for the relation, altids', () => {
    expect(schemaErrors(2, item)).toEqual([]);
    expect(schemaErrors(3, item)).not.toEqual([]);
    expect(item['associations']).toEqual([{ name: 'translationOf', uri: 'http://news.example.org/items/2025/03/04/rain-gauge' }]);
    expect(item['altids']).toEqual([
      { role: 'internal', value: 'rain-77' },
      { role: 'translationOf', value: 'http://news.example.org/items/2025/03/04/rain-gauge' },
    ]);
    expect(item).not.toHaveProperty('altIds');
  });

  it('puts each headline back in its place, joins the body by line breaks, counts charcount, leaves out the body it could not translate', () => {
    expect(item['headlines']).toEqual([
      { role: 'sub', value: '[fr] Forecasters expect more storms this week' },
      { role: 'main', value: '[fr] Record rainfall floods roads in Nairobi' },
    ]);
    const bodies = item['bodies'] as Array<Record<string, unknown>>;
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!['value']).toBe(
      'NAIROBI (WNA)\u00A0– [fr] Heavy rain flooded several roads in the Kenyan capital on Tuesday.\n[fr] The weather service measured 80 millimetres in six hours.\n[fr] Schools in two districts closed early.',
    );
    expect(bodies[0]!['charcount']).toBe([...(bodies[0]!['value'] as string)].length);
    expect(bodies[0]).not.toHaveProperty('wordcount');
    expect(item).toMatchObject({ embargoed: '2025-03-04T18:00:00Z', pubstatus: 'withheld', urgency: 2, slugline: 'Kenya-Weather', language: 'fr' });
  });
});

describe('a 2.2 item written and read back', () => {
  it('is still 2.x, with the translated blocks, the dateline and the withheld status', () => {
    const article = readFixture('item-2.2.json');
    const back = readText(JSON.stringify(written(article, 'fr', { place: 'NAIROBI', agency: 'WNA' })), 'fr.json');
    expect((back.template!.data as NinjsTemplate).version).toBe(2);
    expect(back.blocks.map((block) => [block.id, block.text])).toEqual(article.blocks.map((block) => [block.id, `[fr] ${block.text}`]));
    expect(back).toMatchObject({ lang: 'fr', pubStatus: 'withdrawn', dateline: { place: 'NAIROBI', agency: 'WNA', date: '2025-03-04' } });
  });
});

describe('an item whose dateline is located', () => {
  const article = readFixture('item-located.json');

  it('writes located as the localized place, the body without a dateline, and a uri of its own without a source uri', () => {
    const item = written(article, 'ar', { place: 'جنيف', date: '10 يونيو 2025' });
    expect(schemaErrors(3, item)).toEqual([]);
    expect(item['located']).toBe('جنيف');
    expect((item['bodies'] as Array<Record<string, unknown>>)[0]!['value']).toBe('[ar] Delegates from 40 countries met again on Tuesday to discuss new rules for container ships.');
    expect(item['uri']).toBe('urn:wire-l10n:talks-on-shipping-rules-resume-in-geneva-2025-06-10#lang=ar');
    expect(item).not.toHaveProperty('associations');
  });
});

describe('localizedUri', () => {
  it('adds the language as a fragment, or to the fragment a uri has', () => {
    expect(localizedUri('http://a.test/items/1', 'fr')).toBe('http://a.test/items/1#lang=fr');
    expect(localizedUri('http://a.test/items/1#v2', 'ar')).toBe('http://a.test/items/1#v2&lang=ar');
  });
});

describe('a body that is empty', () => {
  it('keeps an empty value as it is', () => {
    const article = readText('{"uri":"urn:x:1","headlines":[{"value":"H"}],"descriptions":[{"value":""}],"bodies":[{"value":"Text."}]}');
    const item = written(article, 'fr');
    expect(item['descriptions']).toEqual([{ value: '' }]);
    expect(schemaErrors(3, item)).toEqual([]);
  });
});

describe('what the writer keeps or leaves out', () => {
  it('leaves out the bodies key when no body could be translated', () => {
    const article = readText('{"uri":"urn:x:1","headlines":[{"value":"H"}],"bodies":[{"contentType":"application/xml","value":"<x/>"}]}');
    const item = written(article, 'fr');
    expect(item).not.toHaveProperty('bodies');
    expect(schemaErrors(3, item)).toEqual([]);
  });

  it('keeps a "__proto__" key as data, never as the object\'s prototype', () => {
    const article = readText('{"uri":"urn:x:1","headlines":[{"value":"H"}],"people":[{"name":"A","__proto__":{"polluted":true}}]}');
    const text = ninjsFormat.write(localized(article, 'fr'));
    expect(text).toContain('"__proto__": {');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
