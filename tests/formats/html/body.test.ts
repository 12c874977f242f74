import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { InputError } from '../../../src/errors.js';
import { readHtmlBody, sourceContents, takeDatelinePrefix, writeHtmlBody } from '../../../src/formats/html/body.js';
import type { MarkedText } from '../../../src/render/marked-block.js';

const where = { file: 'body.html', line: 1 };

function identity(html: string): string {
  const { blocks, template } = readHtmlBody(html, where);
  return writeHtmlBody(template, sourceContents(blocks));
}

describe('readHtmlBody', () => {
  it('reads paragraphs, sub-heads, captions and list items with their inline markup', () => {
    const html = [
      '<h2>Harbour <em>reopens</em></h2>',
      '<p>The ferry <a href="https://port.test/news?a=1&amp;b=2">resumed service</a> on Monday. Crews cheered.</p>',
      '<figure><img src="ferry.jpg" alt="A ferry"><figcaption>The <strong>Morning Star</strong> leaves port.</figcaption></figure>',
      '<ul><li>First stop: Tarn</li><li>Second stop: Ondo<br>then back</li></ul>',
    ].join('\n');
    const { blocks } = readHtmlBody(html, where);
    expect(blocks.map(({ kind, text, line }) => ({ kind, text, line }))).toEqual([
      { kind: 'subhead', text: 'Harbour reopens', line: 1 },
      { kind: 'paragraph', text: 'The ferry resumed service on Monday. Crews cheered.', line: 2 },
      { kind: 'caption', text: 'The Morning Star leaves port.', line: 3 },
      { kind: 'paragraph', text: 'First stop: Tarn', line: 4 },
      { kind: 'paragraph', text: 'Second stop: Ondo then back', line: 4 },
    ]);
    expect(blocks[1]!.markup).toEqual([
      { id: 'm1', kind: 'paired', element: 'a', open: '<a href="https://port.test/news?a=1&amp;b=2">', close: '</a>', start: 10, end: 25 },
    ]);
    expect(readHtmlBody('<p>one<br>two</p>', where).blocks[0]!.text).toBe('one two');
    expect(blocks[4]!.markup).toEqual([{ id: 'm1', kind: 'standalone', element: 'br', open: '<br>', start: 17, end: 17 }]);
  });

  it('collapses white space as a browser shows it and decodes entity references', () => {
    const html = '<p>\n  Prices rose&nbsp;5&#37;\n  in   <b>Q3</b>\t&amp; <i>fell</i>\r\n  later.\n</p>';
    const [block] = readHtmlBody(html, where).blocks;
    expect(block!.text).toBe('Prices rose\u00A05% in Q3 & fell later.');
    const spans = block!.markup.map((code) => block!.text.slice(code.start, code.end));
    expect(spans).toEqual(['Q3', 'fell']);
    expect(block!.line).toBe(2);
  });

  it('keeps scripts, styles, comments, pre and code blocks out of translation', () => {
    const html = '<style>p { color: red }</style><!-- desk note: embargoed --><script>var secret = "do not";</script>\n<p>Visible text.</p>\n<pre>  kept   as is </pre><noscript>Enable scripts</noscript>';
    const { blocks, template } = readHtmlBody(html, where);
    expect(blocks.map((block) => block.text)).toEqual(['Visible text.']);
    expect(writeHtmlBody(template, [{ text: 'Texte visible.', markup: [] }])).toBe(html.replace('Visible text.', 'Texte visible.'));
  });

  it('makes inline verbatim elements and comments one standalone code holding their source', () => {
    const html = '<p>Run <code>make  all</code> now<!-- why --> please.</p>';
    const [block] = readHtmlBody(html, where).blocks;
    expect(block!.text).toBe('Run now please.');
    expect(block!.markup.map(({ kind, element, open }) => ({ kind, element, open }))).toEqual([
      { kind: 'standalone', element: 'code', open: '<code>make  all</code>' },
      { kind: 'standalone', element: '#comment', open: '<!-- why -->' },
    ]);
    expect(identity(html)).toBe(html);
    const { blocks, template } = readHtmlBody(html, where);
    const changed = sourceContents(blocks).map((content) => ({ ...content, text: content.text.replace('please', 'svp') }));
    expect(writeHtmlBody(template, changed)).toBe('<p>Run <code>make  all</code>now<!-- why --> svp.</p>');
  });

  it('loses no text outside block elements: bare text in a div or the fragment is a paragraph', () => {
    const html = 'Loose lead.<div>Soup <span>one</span><p>Inner para.</p>tail words</div><blockquote>Quoted <q>line</q></blockquote><blockquote><p>Quoted para.</p></blockquote>';
    const { blocks } = readHtmlBody(html, where);
    expect(blocks.map(({ kind, text }) => `${kind}:${text}`)).toEqual([
      'paragraph:Loose lead.', 'paragraph:Soup one', 'paragraph:Inner para.', 'paragraph:tail words', 'paragraph:Quoted line', 'paragraph:Quoted para.',
    ]);
  });

  it('takes an h1 in a body as a sub-head (a body fragment has no headline of its own)', () => {
    expect(readHtmlBody('<h1>Section</h1><p>Text.</p>', where).blocks.map((block) => block.kind)).toEqual(['subhead', 'paragraph']);
  });

  it('synthesizes the end tag of an element the source leaves implied', () => {
    const [first, second] = readHtmlBody('<p>One <b>bold<p>Two', where).blocks;
    expect(first!.markup[0]).toMatchObject({ element: 'b', open: '<b>', close: '</b>', start: 4, end: 8 });
    expect(second!.text).toBe('Two');
  });

  it('marks the space a <br> stands for as a line break for the segmenter', () => {
    const [block] = readHtmlBody('<p>By Ana Reyes<br>\nStaff writer<br>Orla</p><p>No break here.</p>', where).blocks;
    expect(block!.text).toBe('By Ana Reyes Staff writer Orla');
    expect(block!.lineBreaks).toEqual([12, 25]);
    expect(readHtmlBody('<p>No break here.</p><p>End<br></p>', where).blocks.map((b) => b.lineBreaks)).toEqual([undefined, undefined]);
  });

  it('writes crossed inline tags well nested, keeping every word inside its elements', () => {
    const html = '<p>A <b>bold <i>both</b> italic</i> end.</p>';
    const [block] = readHtmlBody(html, where).blocks;
    expect(block!.text).toBe('A bold both italic end.');
    const { blocks, template } = readHtmlBody(html, where);
    const changed = sourceContents(blocks).map((content) => ({ ...content, text: content.text.replace('end', 'fin') }));
    expect(writeHtmlBody(template, changed)).toBe('<p>A <b>bold <i>both</i></b><i> italic</i> fin.</p>');
    // Unchanged, a block comes back as it was written.
    expect(identity(html)).toBe(html);
  });

  it('refuses markup the parser moved text across, rather than dropping tags on writing', () => {
    for (const html of ['<p>ok</p>\n<b>one<p>two</b>three</p>', '<p>ok</p>\n<table><td>a<table>b</table>c</td></table>']) {
      expect(() => readHtmlBody(html, where)).toThrow(expect.objectContaining({ message: expect.stringMatching(/too tangled/u), location: { file: 'body.html', line: 2 } }));
    }
    // Text outside table cells that the parser moves before the table is written back where it was.
    const fostered = '<table><tr><td>cell</td></tr>stray <b>words</b></table>';
    expect(readHtmlBody(fostered, where).blocks.map((b) => b.text)).toEqual(['stray words', 'cell']);
    expect(identity(fostered)).toBe(fostered);
  });

  it('gives lines counted from where the body starts in its file', () => {
    const { blocks } = readHtmlBody('<p>a</p>\n\n<p>b</p>', { file: 'item.json', line: 12 });
    expect(blocks.map((block) => block.line)).toEqual([12, 14]);
  });

  it('refuses a body nested deeper than the limit, naming the line', () => {
    const html = `<p>ok</p>\n${'<div>'.repeat(250)}deep${'</div>'.repeat(250)}`;
    expect(() => readHtmlBody(html, { file: 'deep.json', line: 5 })).toThrow(InputError);
    try {
      readHtmlBody(html, { file: 'deep.json', line: 5 });
    } catch (error) {
      expect((error as InputError).location).toEqual({ file: 'deep.json', line: 6 });
    }
  });

  it('reads a huge attribute and writes it back untouched', () => {
    const long = 'x'.repeat(300_000);
    const html = `<p><a href="https://a.test/${long}">Link</a> text.</p>`;
    const { blocks } = readHtmlBody(html, where);
    expect(blocks[0]!.text).toBe('Link text.');
    expect(identity(html)).toBe(html);
  });
});

describe('writeHtmlBody', () => {
  const clean = [
    '<h2>Talks <em>resume</em> in Vell</h2>',
    '<p>Delegates met on <time datetime="2026-11-30">Monday</time>. The <a href="https://vell.test/?q=1&amp;r=2" title="Talks">new round</a> opened with a <strong>pledge</strong> &amp; a toast.<br> More later.</p>',
    '  <!-- layout -->',
    '<figure><img src="a.jpg" alt="Delegates"><figcaption>Delegates in <i>Vell</i>.</figcaption></figure>',
    '<ol>',
    '  <li>Water &lt; 5 litres</li>',
    '  <li>Food</li>',
    '</ol>',
  ].join('\n');

  it('gives back a clean input byte for byte when every block is its own source', () => {
    expect(identity(clean)).toBe(clean);
  });

  it('writes an unchanged block as written, and a changed one normalized (entities as characters, spaces collapsed)', () => {
    const html = '<p>Caf&eacute;   &amp;\n  bar</p><p>Same&nbsp;here &euro;</p>';
    const { blocks, template } = readHtmlBody(html, where);
    expect(writeHtmlBody(template, sourceContents(blocks))).toBe(html);
    const contents = sourceContents(blocks);
    contents[0] = { ...contents[0]!, text: `${contents[0]!.text}!` };
    expect(writeHtmlBody(template, contents)).toBe('<p>Café &amp; bar!</p><p>Same&nbsp;here &euro;</p>');
  });

  it('writes translated blocks with their markup into the skeleton, re-parsing to the same structure', () => {
    const { blocks, template } = readHtmlBody(clean, where);
    const contents: MarkedText[] = blocks.map((block) => ({
      text: `«${block.text}» & <fr>`,
      markup: block.markup.map((code) => ({ code, start: code.start + 1, end: code.end + 1 })),
    }));
    const written = writeHtmlBody(template, contents);
    const again = readHtmlBody(written, where).blocks;
    expect(again.map((block) => block.kind)).toEqual(blocks.map((block) => block.kind));
    expect(again.map((block) => block.text)).toEqual(contents.map((content) => content.text));
    expect(again.map((block) => block.markup.map((code) => code.open))).toEqual(blocks.map((block) => block.markup.map((code) => code.open)));
    expect(written).toContain('<!-- layout -->');
    expect(written).toContain('alt="Delegates"');
    expect(parseFragment(written).childNodes.length).toBe(parseFragment(clean).childNodes.length);
  });

  it('takes the dateline off the first paragraph, and prints the localized one inside the elements that held it', () => {
    const html = '<p><strong>ORLA</strong>, Nov 13 (Tidewire) – Ferries <em>sailed</em>.<br>Again.</p>';
    const read = readHtmlBody(html, where);
    const taken = takeDatelinePrefix(read.blocks, read.template.pieces);
    expect(taken.prefix).toMatchObject({ place: 'ORLA', agency: 'Tidewire', text: 'ORLA, Nov 13 (Tidewire) – ' });
    expect(taken.blocks[0]).toMatchObject({ text: 'Ferries sailed. Again.', lineBreaks: [15] });
    expect(taken.blocks[0]!.markup.map(({ element, start, end }) => ({ element, start, end }))).toEqual([
      { element: 'em', start: 8, end: 14 },
      { element: 'br', start: 15, end: 15 },
    ]);
    const written = writeHtmlBody({ pieces: taken.pieces }, sourceContents(taken.blocks), 'ORLA (Tidewire)\u00A0– ');
    expect(written).toBe('<p><strong>ORLA (Tidewire)</strong>&nbsp;– Ferries <em>sailed</em>.<br> Again.</p>');
    const plain = readHtmlBody('<p>Ferries sailed – all of them.</p>', where);
    expect(takeDatelinePrefix(plain.blocks, plain.template.pieces).prefix).toBeUndefined();
  });

  it('puts the dateline prefix before the marked block, escaped', () => {
    const source = { html: 'Text.', text: 'Text.', codes: '' };
    const template = { pieces: ['<p>', { block: 0, source, dateline: { tags: [] } }, '</p>'] };
    expect(writeHtmlBody(template, [{ text: 'Le texte.', markup: [] }], 'BAGDAD (AFP)\u00A0– ')).toBe('<p>BAGDAD (AFP)&nbsp;– Le texte.</p>');
  });
});
