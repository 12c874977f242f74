import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { LocalizedItem } from '../../../src/formats/format.js';
import { htmlFormat } from '../../../src/formats/html/index.js';
import type { Article, LanguageTag } from '../../../src/model.js';
import type { MarkedText } from '../../../src/render/marked-block.js';
import { parseAsXml } from './well-formed.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string, path = 'page.html', options = {}): Article => htmlFormat.read(bytes(text), path, options);

const xhtmlPage = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head><title>Port strike halts shipping</title><meta name="date" content="2026-11-13" /></head>
<body><h1>Port strike halts shipping</h1>
<p>ORLA, Nov 13 (Tidewire) – Dock workers walked out on Friday.</p>
<p>The union said <em>nothing</em> more.<br />Talks resume on Monday.</p></body>
</html>
`;

const page = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Night ferry returns to Orla</title>
  <meta property="article:published_time" content="2026-11-14T06:00:00Z">
  <style>.lead { font-weight: bold }</style>
  <script>var track = "Do not translate this";</script>
</head>
<body>
  <header><nav><a href="/">Home</a></nav></header>
  <article>
    <h1>Night ferry returns to Orla</h1>
    <p class="lead">ORLA, Nov 13 (Tidewire) – The night ferry sailed again on Thursday after <em>two years. Islanders</em> lined the quay &amp; cheered.</p>
    <!-- desk: confirm the timetable -->
    <figure>
      <img src="ferry.jpg" alt="The ferry at dusk">
      <figcaption>The <i>Lantern</i> leaves Orla at dusk.</figcaption>
    </figure>
    <h2>New timetable</h2>
    <ul>
      <li>Departures at 22:00</li>
      <li>Cabins from <a href="https://orla.test/fares">&euro;40</a></li>
    </ul>
    <pre>  route   table
  kept verbatim</pre>
    <p>The operator said demand was strong.</p>
  </article>
</body>
</html>
`;

/** A localized item whose blocks are the source's own texts and codes, or changed by `change`. */
function itemOf(article: Article, lang: LanguageTag, change: (text: string) => string = (text) => text, dateline = { place: article.dateline.place, agency: article.dateline.agency }): LocalizedItem {
  const blocks = new Map<string, MarkedText>(article.blocks.map((block) => {
    const text = change(block.text);
    const shift = text.indexOf(block.text) === -1 ? 0 : text.indexOf(block.text);
    return [block.id, { text, markup: (block.markup ?? []).map((code) => ({ code, start: code.start + shift, end: code.end + shift })) }];
  }));
  const defined = Object.fromEntries(Object.entries(dateline).filter(([, value]) => value !== undefined));
  return { article, lang, blocks, dateline: defined };
}

describe('htmlFormat.read', () => {
  it('reads an article page: headline from h1, language, date, dateline, blocks in reading order', () => {
    const article = read(page);
    expect(article).toMatchObject({
      id: 'night-ferry-returns-to-orla-2026-11-14',
      lang: 'en',
      dateline: { place: 'ORLA', date: '2026-11-13', agency: 'Tidewire' },
      source: { path: 'page.html', format: 'html' },
    });
    expect(article.blocks.map(({ id, kind, text, line }) => ({ id, kind, text, line }))).toEqual([
      { id: 'headline', kind: 'headline', text: 'Night ferry returns to Orla', line: 13 },
      // Navigation text is a block too: no text is dropped silently.
      { id: 'p1', kind: 'paragraph', text: 'Home', line: 11 },
      { id: 'p2', kind: 'paragraph', text: 'The night ferry sailed again on Thursday after two years. Islanders lined the quay & cheered.', line: 14 },
      { id: 'caption', kind: 'caption', text: 'The Lantern leaves Orla at dusk.', line: 18 },
      { id: 'sh1', kind: 'subhead', text: 'New timetable', line: 20 },
      { id: 'p3', kind: 'paragraph', text: 'Departures at 22:00', line: 22 },
      { id: 'p4', kind: 'paragraph', text: 'Cabins from €40', line: 23 },
      { id: 'p5', kind: 'paragraph', text: 'The operator said demand was strong.', line: 27 },
    ]);
    // The emphasis runs across the sentence boundary, moved with the dateline taken off.
    const [emphasis] = article.blocks[2]!.markup!;
    expect(article.blocks[2]!.text.slice(emphasis!.start, emphasis!.end)).toBe('two years. Islanders');
    // Scripts, styles, comments, pre and attributes never reach translation.
    const all = JSON.stringify(article.blocks);
    for (const kept of ['Do not translate', 'font-weight', 'desk: confirm', 'route', 'The ferry at dusk']) expect(all).not.toContain(kept);
  });

  it('takes the headline from the title when the page has no h1, and the language from options without <html lang>', () => {
    const article = read('<html><head><title>Dock &amp; quay works end</title></head><body><p>Work ended on Friday.</p></body></html>', 'p.html', { lang: 'fr' });
    expect(article.lang).toBe('fr');
    expect(article.blocks.map((block) => `${block.id}:${block.text}`)).toEqual(['headline:Dock & quay works end', 'p1:Work ended on Friday.']);
  });

  it('dates the page from <time datetime> when no meta gives the date, and reads no dateline where the paragraph has none', () => {
    const article = read('<h1>Harvest up</h1><p>Farmers in the valley <time datetime="2026-09-02">on Tuesday</time> reported a record.</p>');
    expect(article.id).toBe('harvest-up-2026-09-02');
    expect(article.dateline).toEqual({ date: '2026-09-02' });
    expect(article.blocks[1]!.text).toBe('Farmers in the valley on Tuesday reported a record.');
  });

  it('warns when the dateline writes a day and the page gives no year, and refuses a day that does not exist', () => {
    const undated = read('<h1>Quay reopens</h1>\n<p>ORLA, Nov 13 (Tidewire) – The quay reopened.</p>');
    expect(undated.dateline).toEqual({ place: 'ORLA', agency: 'Tidewire' });
    expect(undated.findings).toEqual([expect.objectContaining({ ruleId: 'ingest/dateline-year-unknown', severity: 'warning', line: 2 })]);
    const dated = read('<html><head><meta name="date" content="2027-01-02"></head><body><h1>Quay reopens</h1><p>ORLA, Dec 31 (Tidewire) – The quay reopened.</p></body></html>');
    expect(dated.dateline.date).toBe('2026-12-31');
    expect(dated.findings).toBeUndefined();
    expect(() => read('<meta name="date" content="2027-01-02"><h1>Quay</h1>\n<p>ORLA, Feb 30 (Tidewire) – Text.</p>')).toThrow(expect.objectContaining({ message: expect.stringMatching(/does not exist/u), location: { file: 'page.html', line: 2 } }));
  });

  it('refuses a page without headline, without body text, or nested too deep, with the line', () => {
    expect(() => read('<p>No headline here.</p>')).toThrow(/no headline/u);
    expect(() => read('<title>Only a title</title>')).toThrow(/no paragraph/u);
    const deep = `<h1>Deep</h1>\n<p>x</p>\n${'<span>'.repeat(300)}`;
    expect(() => read(deep)).toThrow(InputError);
    expect(() => read(deep)).toThrow(expect.objectContaining({ location: { file: 'page.html', line: 3 } }));
    expect(() => read('')).toThrow(/empty/u);
  });
});

describe('htmlFormat.write', () => {
  it('writes a clean page back byte for byte with identity targets in the source language', () => {
    const article = read(page);
    expect(htmlFormat.write(itemOf(article, 'en'))).toBe(page);
  });

  it('sets lang (and dir for Arabic), translates the title that is the headline, puts the localized dateline back', () => {
    const article = read(page);
    const french = htmlFormat.write(itemOf(article, 'fr', (text) => `[${text}]`, { place: 'ORLA', agency: 'Tidewire' }));
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<title>[Night ferry returns to Orla]</title>');
    expect(french).toContain('<p class="lead">ORLA (Tidewire)&nbsp;– [The night ferry sailed again on Thursday after <em>two years. Islanders</em> lined the quay &amp; cheered.]</p>');
    expect(french).toContain('<script>var track = "Do not translate this";</script>');
    expect(french).toContain('<pre>  route   table\n  kept verbatim</pre>');
    const arabic = htmlFormat.write(itemOf(article, 'ar', (text) => `«${text}»`));
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });

  it('inserts lang where <html> has none and replaces an existing dir', () => {
    const noLang = read('<!doctype html><html class="x"><body><h1>Rain</h1><p>It rained.</p></body></html>');
    expect(htmlFormat.write(itemOf(noLang, 'fr'))).toBe('<!doctype html><html lang="fr" class="x"><body><h1>Rain</h1><p>It rained.</p></body></html>');
    const withDir = read('<html dir="ltr" lang="en"><body><h1>Rain</h1><p>It rained.</p></body></html>');
    expect(htmlFormat.write(itemOf(withDir, 'ar'))).toBe('<html dir="rtl" lang="ar"><body><h1>Rain</h1><p>It rained.</p></body></html>');
  });

  it('reads an XHTML page and writes it back with its prolog, both language attributes set, and well-formed XML', () => {
    const article = read(xhtmlPage);
    expect(article).toMatchObject({ lang: 'en', dateline: { place: 'ORLA', date: '2026-11-13', agency: 'Tidewire' } });
    expect(article.blocks.map((block) => block.text)).toEqual(['Port strike halts shipping', 'Dock workers walked out on Friday.', 'The union said nothing more. Talks resume on Monday.']);
    expect(htmlFormat.write(itemOf(article, 'en'))).toBe(xhtmlPage);
    const french = htmlFormat.write(itemOf(article, 'fr', (text) => `[${text}]`));
    expect(french.slice(0, french.indexOf('<html'))).toBe(xhtmlPage.slice(0, xhtmlPage.indexOf('<html')));
    expect(french).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">');
    // XML knows no &nbsp;: the dateline's no-break space is a character reference.
    expect(french).toContain('<p>ORLA (Tidewire)&#160;– [Dock workers walked out on Friday.]</p>');
    expect(french).toContain('<p>[The union said <em>nothing</em> more.<br /> Talks resume on Monday.]</p>');
    expect(() => parseAsXml(french)).not.toThrow();
    const arabic = htmlFormat.write(itemOf(article, 'ar', (text) => `«${text}»`));
    expect(arabic).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">');
    expect(() => parseAsXml(arabic)).not.toThrow();
  });

  it('reads the language of an XHTML 1.1 page from xml:lang and writes only that attribute', () => {
    const article = read('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body><h1>Pluie</h1><p>Il a plu.</p></body></html>');
    expect(article.lang).toBe('fr');
    expect(htmlFormat.write(itemOf(article, 'en'))).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">');
  });

  it('writes a fragment file (no <html> tag) back with its blocks translated and nothing added', () => {
    const fragment = '<h1>Harvest up</h1>\n<p>Farmers <b>cheered</b>.</p>\n';
    const article = read(fragment, 'harvest.html');
    expect(htmlFormat.write(itemOf(article, 'ar', (text) => `«${text}»`))).toBe('<h1>«Harvest up»</h1>\n<p>«Farmers <b>cheered</b>.»</p>\n');
  });

  it('writes a translated page that reads back to the same blocks and markup', () => {
    const article = read(page);
    const written = htmlFormat.write(itemOf(article, 'fr', (text) => `Le ${text} <ok> & fin`));
    const again = read(written, 'page.fr.html');
    expect(again.blocks.map((block) => block.kind)).toEqual(article.blocks.map((block) => block.kind));
    expect(again.blocks.map((block) => (block.markup ?? []).map((code) => code.open))).toEqual(article.blocks.map((block) => (block.markup ?? []).map((code) => code.open)));
    expect(again.lang).toBe('fr');
    const elements = (html: string): string[] => {
      const names: string[] = [];
      const visit = (node: { nodeName: string; childNodes?: unknown[] }): void => {
        names.push(node.nodeName);
        for (const child of node.childNodes ?? []) visit(child as { nodeName: string });
      };
      visit(parse(html));
      return names.filter((name) => !name.startsWith('#'));
    };
    expect(elements(written)).toEqual(elements(page));
  });

  it('reads and writes the shared fixture page', () => {
    const fixture = readFileSync('tests/fixtures/formats/flood-relief.html', 'utf8');
    const article = read(fixture, 'flood-relief.html');
    expect(article.dateline).toMatchObject({ place: 'KARACHI', agency: 'Example Wire', date: '2026-11-29' });
    expect(article.blocks.map((block) => block.kind)).toEqual(['headline', 'paragraph', 'caption', 'subhead', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(htmlFormat.write(itemOf(article, 'en'))).toBe(fixture);
  });
});

describe('htmlFormat.sniff', () => {
  it('claims a doctype, <html> or a block element at the start, and nothing else', () => {
    for (const text of ['<!DOCTYPE html>\n<html>', '\uFEFF\n  <html lang="en">', '<!-- saved -->\n<article><p>x', '<p>Lead.</p>', '<h1>Title</h1>']) expect(htmlFormat.sniff(text)).toBe(true);
    for (const text of ['Headline\n\nBody <p> text', '{"body_html": "<p>"}', '<?xml version="1.0"?><nitf>', '<nitf>']) expect(htmlFormat.sniff(text)).toBe(false);
  });

  it('looks past an XML prolog: declaration, processing instructions, comments, doctype', () => {
    for (const text of ['<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', '<?xml version="1.0"?><!-- a --><!-- b --><article>', '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n<html>']) {
      expect(htmlFormat.sniff(text)).toBe(true);
    }
    for (const text of ['<?xml version="1.0"?>\nHeadline\n\n<p>', '<?xml version="1.0"?><!DOCTYPE nitf><nitf>', '<?xml version="1.0"?><!-- unclosed <html>']) expect(htmlFormat.sniff(text)).toBe(false);
  });
});
