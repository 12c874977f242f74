import { describe, expect, it } from 'vitest';
import type { FileLocation } from '../../../src/errors.js';
import { parseXml } from '../../../src/util/xml-read/parse.js';
import type { XmlElement } from '../../../src/util/xml-read/xml.js';

class TestError extends Error {
  constructor(readonly place: FileLocation, reason: string) {
    super(reason);
  }
}

function parse(text: string): XmlElement {
  return parseXml(text, 'doc.xml', {
    maxDepth: 8,
    onRoot: () => ({ keep: () => true }),
    fail: (place, reason) => {
      throw new TestError(place, reason);
    },
  }).root;
}

function elements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap((child) => (typeof child === 'string' ? [] : elements(child)))];
}

describe('parseXml: where each element\'s tags are in the text', () => {
  it('gives the start tag, the content and the end tag as offsets that slice the text back', () => {
    const text = '<?xml version="1.0"?>\r\n<r a="1">\r\n  <p class=\'x\'>one 😀 &amp; <em>two</em><br/></p >\r\n</r>';
    const root = parse(text);
    const slices = elements(root).map(({ name, tags }) => ({
      name,
      open: text.slice(tags.start, tags.startTagEnd),
      content: text.slice(tags.startTagEnd, tags.endTagStart),
      close: text.slice(tags.endTagStart, tags.end),
      selfClosing: tags.selfClosing,
    }));
    expect(slices).toEqual([
      { name: 'r', open: '<r a="1">', content: '\r\n  <p class=\'x\'>one 😀 &amp; <em>two</em><br/></p >\r\n', close: '</r>', selfClosing: false },
      { name: 'p', open: '<p class=\'x\'>', content: 'one 😀 &amp; <em>two</em><br/>', close: '</p >', selfClosing: false },
      { name: 'em', open: '<em>', content: 'two', close: '</em>', selfClosing: false },
      { name: 'br', open: '<br/>', content: '', close: '', selfClosing: true },
    ]);
  });

  it('throws through the caller\'s fail with the line', () => {
    expect(() => parse('<r>\n<a>\n</b></r>')).toThrow(TestError);
    try {
      parse('<r>\n<a>\n</b></r>');
    } catch (error) {
      expect((error as TestError).place).toMatchObject({ file: 'doc.xml', line: 3 });
    }
  });
});
