import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { ninjsFormat } from '../../../src/formats/ninjs/index.js';
import { NINJS_MAX_BYTES, uriSlug } from '../../../src/formats/ninjs/read.js';
import type { NinjsTemplate } from '../../../src/formats/ninjs/template.js';
import { fixtureText, readFixture, readText } from './helpers.js';

const blocksOf = (article: ReturnType<typeof readText>) => article.blocks.map(({ id, kind, text }) => ({ id, kind, text }));

describe('reading ninjs 3.1', () => {
  const article = readFixture('item-3.1-plain.json');

  it('reads headline, summary, caption and the body paragraphs, the dateline taken off the first', () => {
    expect(blocksOf(article)).toEqual([
      { id: 'headline', kind: 'headline', text: 'Ferry service returns to Basra harbour after five-year pause' },
      { id: 'standfirst', kind: 'standfirst', text: 'The first crossing carried 120 passengers.' },
      { id: 'caption', kind: 'caption', text: 'Passengers board the ferry at Basra harbour on Saturday.' },
      { id: 'p1', kind: 'paragraph', text: 'A passenger ferry crossed Basra harbour on Saturday for the first time in five years, port officials said.' },
      { id: 'p2', kind: 'paragraph', text: 'The service will run twice a day. Tickets cost 5,000 dinars.' },
      { id: 'p3', kind: 'paragraph', text: 'The port authority said a second boat would join in March.' },
    ]);
    expect(article.blocks[4]!.lineBreaks).toEqual([33]);
  });

  it('reads the item metadata: id from the uri, version, urgency, language, dateline with its year from versionCreated', () => {
    expect(article).toMatchObject({
      id: 'newsml-wire-example-20241123-harbour-ferry-0042',
      version: 3,
      urgency: 3,
      embargoedUntil: '2024-11-23T12:00:00+03:00',
      pubStatus: 'usable',
      lang: 'en',
      dateline: { place: 'BASRA', date: '2024-11-23', agency: 'WNA' },
      source: { path: 'item-3.1-plain.json', format: 'ninjs' },
    });
    expect(article.findings).toBeUndefined();
    const template = article.template!.data as NinjsTemplate;
    expect(article.template!.format).toBe('ninjs');
    expect(template.version).toBe(3);
    expect(template.dateline).toEqual({ from: 'body', blockId: 'p1' });
    expect(template.item['embargoedUntil']).toBe('2024-11-23T12:00:00+03:00');
    expect(template.item['slugline']).toBe('Iraq-Ferry');
  });

  it('keeps where each block came from', () => {
    const template = article.template!.data as NinjsTemplate;
    expect(template.slots).toEqual([
      { field: 'headlines', index: 0, content: { kind: 'plain', separator: '\n', blockIds: ['headline'] } },
      { field: 'descriptions', index: 0, content: { kind: 'plain', separator: '\n', blockIds: ['standfirst'] } },
      { field: 'descriptions', index: 1, content: { kind: 'plain', separator: '\n', blockIds: ['caption'] } },
      { field: 'bodies', index: 0, content: { kind: 'plain', separator: '\n\n', blockIds: ['p1', 'p2', 'p3'] } },
    ]);
  });
});

describe('reading ninjs 2.2', () => {
  const article = readFixture('item-2.2.json');

  it('tells 2.x by its lower-case names and reads the main headline first, a sub headline as standfirst', () => {
    expect((article.template!.data as NinjsTemplate).version).toBe(2);
    expect(blocksOf(article).slice(0, 2)).toEqual([
      { id: 'headline', kind: 'headline', text: 'Record rainfall floods roads in Nairobi' },
      { id: 'standfirst', kind: 'standfirst', text: 'Forecasters expect more storms this week' },
    ]);
  });

  it('makes a paragraph of each line of a body without blank lines, and leaves out a body it cannot translate', () => {
    expect(blocksOf(article).slice(2).map((block) => block.text)).toEqual([
      'Heavy rain flooded several roads in the Kenyan capital on Tuesday.',
      'The weather service measured 80 millimetres in six hours.',
      'Schools in two districts closed early.',
    ]);
    const slots = (article.template!.data as NinjsTemplate).slots;
    expect(slots.at(-1)).toEqual({ field: 'bodies', index: 1, content: { kind: 'dropped', contentType: 'application/xml' } });
  });

  it('reads urgency, language, the dateline, the embargo and a withheld status (the model calls it withdrawn)', () => {
    expect(article).toMatchObject({
      urgency: 2,
      lang: 'en-GB',
      version: 1,
      dateline: { place: 'NAIROBI', date: '2025-03-04', agency: 'WNA' },
      embargoedUntil: '2025-03-04T18:00:00Z',
      pubStatus: 'withdrawn',
    });
    expect(article.findings).toBeUndefined();
  });
});

describe('an item with located and no dateline in its body', () => {
  const article = readFixture('item-located.json');

  it('takes the place from located and the date from versionCreated, leaving the body whole', () => {
    expect(article.dateline).toEqual({ place: 'Geneva', date: '2025-06-10' });
    expect(article.blocks[1]!.text).toBe('Delegates from 40 countries met again on Tuesday to discuss new rules for container ships.');
    expect((article.template!.data as NinjsTemplate).dateline).toEqual({ from: 'located' });
  });

  it('has an id from its headline and date when it has no uri, and no urgency, embargo or status when it gives none', () => {
    expect(article.id).toBe('talks-on-shipping-rules-resume-in-geneva-2025-06-10');
    expect(article).not.toHaveProperty('urgency');
    expect(article).not.toHaveProperty('embargoedUntil');
    expect(article).not.toHaveProperty('pubStatus');
  });

  it('refuses a publishing status ninjs does not have', () => {
    expect(() => readText('{"headlines": [{"value": "H"}],\n"pubStatus": "constructor"}', 'bad.json')).toThrow('"pubStatus" must be "usable", "withheld" or "canceled", not "constructor"');
  });

  it('is read as 3.x when its names are common to both versions, unless standard.version says 2', () => {
    const bare = '{"uri":"urn:x:1","headlines":[{"value":"A headline"}],"bodies":[{"value":"One paragraph."}]}';
    expect((readText(bare).template!.data as NinjsTemplate).version).toBe(3);
    const declared = bare.replace('{"uri"', '{"standard":{"name":"ninjs","version":"2.2"},"uri"');
    expect((readText(declared).template!.data as NinjsTemplate).version).toBe(2);
  });
});

describe('a dateline in the body', () => {
  const item = (body: string, extra = '') => `{"uri":"urn:x:1","versionCreated":"2025-01-02T10:00:00Z"${extra},"headlines":[{"value":"H"}],"bodies":[{"value":${JSON.stringify(body)}}]}`;

  it('takes a yearless date to the year nearest the item date', () => {
    expect(readText(item('GAZA, Dec 30 (WNA) – Text.')).dateline).toEqual({ place: 'GAZA', date: '2024-12-30', agency: 'WNA' });
  });

  it('needs a date or an agency, or a bare place that is located', () => {
    expect(readText(item('Hamas – which runs Gaza – said so.')).blocks[1]!.text).toBe('Hamas – which runs Gaza – said so.');
    const located = readText(item('Gaza – Officials said so.', ',"located":"Gaza, Palestinian Territories"'));
    expect(located.blocks[1]!.text).toBe('Officials said so.');
    expect(located.dateline).toMatchObject({ place: 'Gaza' });
  });

  it('refuses a date that does not exist', () => {
    expect(() => readText(item('GAZA, Feb 30 (WNA) – Text.'))).toThrow(/does not exist/);
  });
});

describe('errors carry the file and line', () => {
  const failure = (text: string): InputError => {
    try {
      readText(text, 'bad.json');
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error('expected an InputError');
  };

  it('malformed JSON, a trailing comma, a comment', () => {
    expect(failure('{\n  "uri": "urn:x:1",\n  "headlines": [\n    {"value": "H"}\n  \n}').describe()).toMatch(/^bad\.json:6: not valid JSON/);
    expect(failure('{\n"uri": "urn:x:1",\n"headlines": [{"value": "H"}],\n}').location).toEqual({ file: 'bad.json', line: 4 });
    expect(failure('{\n// note\n"uri": "urn:x:1"}').location?.line).toBe(2);
  });

  it('a field of the wrong type', () => {
    const error = failure('{\n  "uri": "urn:x:1",\n  "headlines": {"value": "H"}\n}');
    expect(error.describe()).toBe('bad.json:3: "headlines" must be an array, not an object');
    expect(failure('{"headlines": [{"value": "H"}],\n"urgency": "3"}').describe()).toBe('bad.json:2: "urgency" must be a number, not a string');
    expect(failure('{"headlines": [\n{"value": 7}]}').describe()).toBe('bad.json:2: "value" must be a string, not a number');
    expect(failure('[1, 2]').message).toBe('a ninjs item must be an object, not an array');
  });

  it('no headline', () => {
    expect(failure('{"uri": "urn:x:1",\n"bodies": [{"value": "Text."}]}').message).toMatch(/no headline/);
    expect(failure('{"uri": "urn:x:1",\n"headlines": [{"role": "main", "value": "  "}]}').location?.line).toBe(2);
  });

  it('nesting deeper than the limit, at the line where it goes too deep', () => {
    const deep = `{"uri": "urn:x:1",\n"extra": ${'['.repeat(70)}${']'.repeat(70)}}`;
    expect(failure(deep).describe()).toBe('bad.json:2: the JSON nests deeper than 64 levels');
    // Far deeper than a recursive parser's stack could take: still an InputError.
    expect(failure(`{"a": ${'['.repeat(200_000)}`).message).toMatch(/deeper/);
  });

  it('a file over the size limit, before decoding it', () => {
    const big = new Uint8Array(NINJS_MAX_BYTES + 1).fill(0x20);
    expect(() => ninjsFormat.read(big, 'big.json', {})).toThrow(InputError);
    expect(() => ninjsFormat.read(big, 'big.json', {})).toThrow(/ninjs items up to 4194304 bytes/);
  });

  it('a key given twice, a ninjs 1.x item, names of both versions', () => {
    expect(failure('{"uri": "urn:x:1",\n"uri": "urn:x:2", "headlines": []}').describe()).toBe('bad.json:2: the key "uri" appears twice in one object');
    expect(failure('{"uri": "urn:x:1",\n"headline": "H", "body_text": "T"}').describe()).toMatch(/^bad\.json:2: "headline" is a ninjs 1\.x field/);
    expect(failure('{"versionCreated": "2025-01-01T00:00:00Z", "pubstatus": "usable", "headlines": [{"value": "H"}]}').message).toMatch(/mixes ninjs 3\.x names \("versionCreated"\) with 2\.x names \("pubstatus"\)/);
  });

  it('a language that is not a language tag, a control character escaped into a text', () => {
    expect(failure('{"headlines": [{"value": "H"}],\n"language": "English"}').location?.line).toBe(2);
    expect(failure('{"headlines": [{"value": "H"}],\n"bodies": [{"value": "a\\u0001b"}]}').describe()).toMatch(/^bad\.json:2: character U\+0001/);
  });
});

describe('sniff', () => {
  it('knows a ninjs item by its first character and a ninjs key', () => {
    expect(ninjsFormat.sniff(fixtureText('item-2.2.json'))).toBe(true);
    expect(ninjsFormat.sniff('\uFEFF\n  {"headlines": []}')).toBe(true);
  });

  it('leaves plain text, other JSON and arrays alone', () => {
    expect(ninjsFormat.sniff('Baghdad says {"uri": 1}\n\nBody.')).toBe(false);
    expect(ninjsFormat.sniff('{"name": "package", "version": "1.0.0"}')).toBe(false);
    expect(ninjsFormat.sniff('[{"uri": "urn:x:1"}]')).toBe(false);
  });
});

describe('uriSlug', () => {
  it('is the uri without its scheme, in lower-case ASCII words', () => {
    expect(uriSlug('http://ninjs.example.com/newsitems/20130709med123')).toBe('ninjs-example-com-newsitems-20130709med123');
  });

  it('keeps the end of a long uri and tells long uris apart by a hash', () => {
    const long = (n: number) => `https://example.org/${'section/'.repeat(10)}item-${n}`;
    expect(uriSlug(long(1)).length).toBeLessThanOrEqual(64);
    expect(uriSlug(long(1))).toMatch(/item-1-[0-9a-f]{8}$/);
    expect(uriSlug(long(1))).not.toBe(uriSlug(long(2)));
    expect(uriSlug('urn:…')).toMatch(/^item-[0-9a-f]{8}$/);
  });
});
