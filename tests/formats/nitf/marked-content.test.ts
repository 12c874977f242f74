import { describe, expect, it } from 'vitest';
import { item, readItem } from './helpers.js';

/** The first paragraph of an item whose body is `content`, as text with its codes shown as [element …]. */
function shown(content: string): { text: string; codes: string[]; lineBreaks?: readonly number[] } {
  const block = readItem(item(content)).blocks[1]!;
  const codes = (block.markup ?? []).map((code) => `${code.element}:${block.text.slice(code.start, code.end)}@${code.start}`);
  return { text: block.text, codes, ...(block.lineBreaks ? { lineBreaks: block.lineBreaks } : {}) };
}

describe('a block\'s text: whitespace collapsed, codes where their words are', () => {
  it('puts a code after the space before its start tag and before the space before its end tag', () => {
    expect(shown('<p>Talks <em> resumed </em> today.</p>')).toEqual({ text: 'Talks resumed today.', codes: ['em:resumed@6'] });
    expect(shown('<p>Talks<em> resumed</em>today.</p>')).toEqual({ text: 'Talks resumedtoday.', codes: ['em: resumed@5'] });
  });

  it('trims the block and collapses tabs and line breaks inside it', () => {
    expect(shown('<p>\n\t  First\r\n   line\tand   <a href="x">second</a>  \n</p>')).toEqual({ text: 'First line and second', codes: ['a:second@15'] });
  });

  it('keeps a code at the very end inside the trimmed text', () => {
    expect(shown('<p>Ends here <em></em></p>')).toEqual({ text: 'Ends here', codes: ['em:@9'] });
  });

  it('nests codes in the order they open', () => {
    const block = readItem(item('<p><q>He said <em>no</em></q> twice.</p>')).blocks[1]!;
    expect(block.markup!.map(({ id, element, start, end }) => [id, element, start, end])).toEqual([
      ['m1', 'q', 0, 10],
      ['m2', 'em', 8, 10],
    ]);
  });

  it('reads <br/> as a line break only when text follows it', () => {
    expect(shown('<p>One<br/>two</p>')).toEqual({ text: 'One two', codes: ['br:@3'], lineBreaks: [3] });
    expect(shown('<p>One <br/> two</p>')).toEqual({ text: 'One two', codes: ['br:@3'], lineBreaks: [3] });
    expect(shown('<p>One<br/></p>')).toEqual({ text: 'One', codes: ['br:@3'] });
  });

  it('keeps no-break spaces as text', () => {
    expect(shown('<p>10&#160;km</p>').text).toBe('10\u00A0km');
  });
});
