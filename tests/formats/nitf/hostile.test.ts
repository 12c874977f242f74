import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import { NITF_MAX_DEPTH } from '../../../src/formats/nitf/read.js';
import { item } from './helpers.js';

function readError(input: string | Uint8Array): InputError {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  try {
    nitfFormat.read(bytes, 'in/item.xml', {});
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the item was read');
}

describe('nitfFormat.read refuses what it must not process, naming the line', () => {
  it('a DOCTYPE with an internal subset (entity declarations are never expanded)', () => {
    const error = readError(`<?xml version="1.0"?>\n<!DOCTYPE nitf [\n  <!ENTITY a "aaaaaaaaaa">\n]>\n${item('<p>&a;</p>')}`);
    expect(error.code).toBe('E_INPUT');
    expect(error.location).toMatchObject({ file: 'in/item.xml', line: 2 });
    expect(error.message).toMatch(/internal subset/u);
  });

  it('an external entity', () => {
    const error = readError(`<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n${item('<p>&secret;</p>')}`);
    expect(error.location?.line).toBe(1);
    expect(error.message).toMatch(/internal subset/u);
  });

  it('an entity XML does not define, even with an external DTD named (never fetched)', () => {
    const error = readError(`<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><head/><body><body.head><hedline><hl1>Flood</hl1></hedline></body.head>\n<body.content><p>a&nbsp;b</p></body.content></body></nitf>`);
    expect(error.location?.line).toBe(3);
    expect(error.message).toMatch(/undefined entity &nbsp;/u);
  });

  it('elements nested deeper than the limit', () => {
    const depth = NITF_MAX_DEPTH + 5;
    const opening = Array.from({ length: depth }, () => '<block>\n').join('');
    const closing = '</block>'.repeat(depth);
    const error = readError(item(`${opening}<p>x</p>${closing}`));
    // nitf, body and body.content are 3 deep; block n (on line n) is n + 3 deep: the first one too deep is at limit + 1.
    expect(error.location?.line).toBe(NITF_MAX_DEPTH + 1 - 3);
    expect(error.message).toMatch(`nested more than ${NITF_MAX_DEPTH} deep`);
  });

  it('a file that is not UTF-8 (Latin-1 bytes)', () => {
    const head = new TextEncoder().encode(item('<p>x</p>').replace('<body>', '\n\n<body>').replace('<p>x', '\n<p>caf'));
    const at = head.indexOf('<p>'.charCodeAt(0), head.indexOf(0x63 /* c */, head.indexOf('caf'.charCodeAt(0))));
    const latin1 = new Uint8Array([...head.subarray(0, at), 0xe9, ...head.subarray(at)]);
    const error = readError(latin1);
    expect(error.location?.line).toBe(4);
    expect(error.message).toMatch(/UTF-8/u);
  });

  it('a declaration naming another encoding', () => {
    const error = readError(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${item('<p>x</p>')}`);
    expect(error.location?.line).toBe(1);
    expect(error.message).toMatch(/encoding="ISO-8859-1"/u);
  });

  it('malformed XML: a mismatched end tag, a truncated file', () => {
    const mismatched = readError('<nitf>\n<head/>\n<body><body.head><hedline><hl1>x</hl2></hedline></body.head></body></nitf>');
    expect(mismatched.location?.line).toBe(3);
    expect(mismatched.message).toMatch(/<\/hl2> where <\/hl1> was expected/u);
    const truncated = readError(item('<p>x</p>').slice(0, -30));
    expect(truncated.message).toMatch(/truncated/u);
  });

  it('a root that is not nitf, an item without headline, a date that is not one', () => {
    expect(readError('<NewsML Version="1.2"><NewsItem/></NewsML>').message).toMatch(/root element is <NewsML>/u);
    expect(readError('<nitf><head/><body><body.content><p>x</p></body.content></body></nitf>').message).toMatch(/no headline/u);
    const badDate = readError(item('<p>x</p>').replace('<head/>', '<head>\n<docdata><date.issue norm="2026-13-40"/></docdata></head>'));
    expect(badDate.location?.line).toBe(2);
    expect(badDate.message).toMatch(/norm="2026-13-40"/u);
    expect(readError(item('<p>x</p>').replace('<nitf>', '<nitf baselang="en us">')).message).toMatch(/not a language tag/u);
  });
});
