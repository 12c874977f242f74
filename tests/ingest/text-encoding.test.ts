import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { fixtureBytes, inputErrorFrom } from './helpers.js';

const encoder = new TextEncoder();

function bytesOf(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...encoder.encode(part)] : part)));
}

function ingestBytes(bytes: Uint8Array): ReturnType<typeof ingestText> {
  return ingestText(bytes, 'story.txt');
}

describe('text encoding and line breaks', () => {
  it('reads CRLF line breaks and drops a UTF-8 byte order mark', () => {
    const bytes = fixtureBytes('crlf-bom.txt');
    // Guards the fixture itself: a checkout that rewrote line breaks would make this test vacuous.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).includes('\r\n')).toBe(true);
    const article = ingestBytes(bytes);
    expect(article.dateline).toEqual({ place: 'Nairobi', date: '2025-02-06' });
    expect(article.blocks).toEqual([
      { id: 'headline', kind: 'headline', text: 'Rains return to drought-hit farms in the east', line: 5 },
      // The line break's offset counts from the text left after the dateline ("Nairobi – ").
      { id: 'p1', kind: 'paragraph', text: 'Farmers in the east welcomed the first steady rains in two seasons on Thursday.', line: 7, lineBreaks: [38] },
      { id: 'p2', kind: 'paragraph', text: 'Forecasters expect more showers next week.', line: 10 },
    ]);
  });

  it('reads old Mac line breaks (CR alone)', () => {
    const article = ingestBytes(bytesOf('Headline\r\rBody one.\r\rBody two.'));
    expect(article.blocks.map((block) => [block.id, block.line])).toEqual([
      ['headline', 1],
      ['p1', 3],
      ['p2', 5],
    ]);
  });

  it('reads front matter after a byte order mark', () => {
    const article = ingestBytes(bytesOf([0xef, 0xbb, 0xbf], '---\r\nid: rains\r\n---\r\nHeadline\r\n\r\nBody.'));
    expect(article.id).toBe('rains');
  });

  it.each([
    [[0xff, 0xfe], 'little'],
    [[0xfe, 0xff], 'big'],
  ])('rejects UTF-16 (BOM %j), saying it must be converted', (bom, order) => {
    const error = inputErrorFrom(() => ingestBytes(bytesOf(bom, [0x48, 0x00, 0x69, 0x00])));
    expect(error.message).toBe(`file is UTF-16 (${order}-endian byte order mark); wire-l10n reads UTF-8`);
    expect(error.location).toEqual({ file: 'story.txt', line: 1 });
    expect(error.hint).toContain('convert it to UTF-8');
  });

  it('rejects a file with NUL bytes as binary, at the line of the first one', () => {
    const error = inputErrorFrom(() => ingestBytes(bytesOf('Headline\n\nBody', [0x00, 0x01], '\n')));
    expect(error.message).toMatch(/^binary content/);
    expect(error.location).toEqual({ file: 'story.txt', line: 3 });
  });

  it('rejects a file made largely of control bytes as binary, at the first one', () => {
    const error = inputErrorFrom(() => ingestBytes(bytesOf('Head\r\nline\r\n', [0x02, 0x03, 0x04, 0x05, 0x06], 'x')));
    expect(error.message).toBe('binary content, not plain text (control byte 0x02)');
    expect(error.location?.line).toBe(3);
  });

  it('rejects a stray control character in otherwise plain text, at its line', () => {
    const text = 'Harbour reopens after the storm\n\nShips sailed from the harbour at dawn on Monday.\n\nThe port said it ';
    const error = inputErrorFrom(() => ingestBytes(bytesOf(text, [0x1b], 'expects more traffic.')));
    expect(error.message).toBe('control character U+001B in the text');
    expect(error.location?.line).toBe(5);
  });

  it('rejects invalid UTF-8 at the line of the first bad byte', () => {
    // "café" in Windows-1252: é is the single byte 0xE9.
    const error = inputErrorFrom(() => ingestBytes(bytesOf('Headline\r\n\r\nBody one.\r\n\r\nA caf', [0xe9], ' opened.\n')));
    expect(error.message).toBe('not valid UTF-8');
    expect(error.location).toEqual({ file: 'story.txt', line: 5 });
    expect(error.hint).toContain('iconv');
  });

  it('rejects a multi-byte sequence cut short at the end of a line', () => {
    const error = inputErrorFrom(() => ingestBytes(bytesOf('Headline\n\nBody ', [0xe2, 0x80], '\nMore.')));
    expect(error.location?.line).toBe(3);
  });
});
