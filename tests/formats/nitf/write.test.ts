import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import { splitMarkup } from '../../../src/markup/index.js';
import { markedBlock } from '../../../src/render/marked-block.js';
import type { SegmentView } from '../../../src/render/view.js';
import type { Article, Block } from '../../../src/model.js';
import { segmentArticle } from '../../../src/segment/index.js';
import { fixture, item, localizedItem, readItem, sourceMarkedText, tagged } from './helpers.js';

/** Element names in document order: the structure a written item must keep (NITF's XSD is not available offline). */
function elementNames(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const names: string[] = [];
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.write(xml).close();
  return names;
}

function blockSummary(article: Article): Array<Pick<Block, 'id' | 'kind'> & { elements: string[] }> {
  return article.blocks.map(({ id, kind, markup }) => ({ id, kind, elements: (markup ?? []).map((code) => code.element) }));
}

describe('nitfFormat.write: identity targets', () => {
  it('gives the input back byte for byte (entity references, line breaks inside a block, the DOCTYPE, comments)', () => {
    const input = fixture('valletta-quay.xml');
    const article = readItem(input);
    const written = nitfFormat.write(localizedItem(article, 'en', { place: 'Valletta', date: 'Nov 30' }));
    expect(written).toBe(input);
  });

  it('writes the source prefix back as written, and adds baselang to a root that states no language', () => {
    const input = fixture('porto-alegre-prefix.xml');
    const article = readItem(input);
    const written = nitfFormat.write(localizedItem(article, 'en', { place: 'PORTO ALEGRE', date: 'May 16', agency: 'AFP' }));
    expect(written).toBe(input.replace('<nitf>', '<nitf baselang="en">'));
  });
});

describe('nitfFormat.write: a translated item', () => {
  const input = fixture('valletta-quay.xml');
  const article = readItem(input);
  const written = nitfFormat.write(localizedItem(article, 'fr', { place: 'La Valette', date: 'lundi 30 novembre 2026' }, tagged('fr')));

  it('is well-formed XML with the structure of the input (every element, in order)', () => {
    expect(elementNames(written)).toEqual(elementNames(input));
  });

  it('re-reads with the same blocks and markup, in the target language', () => {
    const reread = readItem(written);
    expect(blockSummary(reread)).toEqual(blockSummary(article));
    expect(reread.lang).toBe('fr');
    expect(reread.blocks.map((block) => block.text)).toEqual(article.blocks.map((block) => `[fr] ${block.text}`));
    for (const [index, block] of reread.blocks.entries()) {
      expect(block.markup?.map((code) => [code.open, code.close, code.start - 5, code.end - 5])).toEqual(
        article.blocks[index]!.markup?.map((code) => [code.open, code.close, code.start, code.end]),
      );
    }
  });

  it('sets baselang, fills the title repeating the headline, the dateline place and date, and keeps what is not translated', () => {
    expect(written).toContain('<nitf version="-//IPTC//DTD NITF 3.6//EN" change.date="November 30, 2026" baselang="fr">');
    expect(written).toContain('<title>[fr] Harbour authority reopens northern quay after storm repairs</title>');
    expect(written).toContain('<dateline><location><city>La Valette</city></location>, <story.date norm="20261130">lundi 30 novembre 2026</story.date></dateline>');
    expect(written).toContain('<byline>By <person>Mira Castellane</person></byline>');
    expect(written).toContain('<tagline>Reporting by the Valletta desk; editing by <a href="mailto:desk@example.test">the news desk</a></tagline>');
    expect(written).toContain('<doc-id id-string="WIRE-Test_0042" regsrc="WIRE"/>');
    expect(written).toContain('<media-producer>Photo: Example Wire Service</media-producer>');
  });

  it('prints each block with the source\'s own tags, escaping the text', () => {
    expect(written).toContain(
      '<p>[fr] Engineers replaced 14 pilings and resurfaced the berth, according to a <a href="https://example.test/notice?id=7&amp;lang=en">notice published by the authority</a>. <em>Work finished two days early. Crews left the site on Sunday</em> and inspectors signed off the same evening.</p>',
    );
    expect(written).toContain('<p>[fr] Passenger ferries to Gozo &amp; Comino will be the first');
    expect(written).toContain('said harbour master <person>Tonio Vella</person>.<br/> “We will not lose a seventh.”</p>');
  });

  it('writes a block left as the source (a name, a number) as the source wrote it while the others change', () => {
    const keepP3 = (block: Block) => (block.id === 'p3' ? sourceMarkedText(block) : tagged('fr')(block));
    const partly = nitfFormat.write(localizedItem(article, 'fr', {}, keepP3));
    expect(partly).toContain('<p>Passenger ferries to Gozo &amp; Comino will be the first to use the quay, the notice said, followed by container feeders &#8211; subject to tides.</p>');
    // No localized dateline: the place and date stay as the source wrote them.
    expect(partly).toContain('<city>Valletta</city></location>, <story.date norm="20261130">Nov 30</story.date>');
  });

  it('escapes markup characters a translation brings', () => {
    const headline = article.blocks[0]!;
    const withSpecials = (block: Block) => (block === headline ? { text: 'Port <reopens> & "quay"', markup: [] } : sourceMarkedText(block));
    const out = nitfFormat.write(localizedItem(article, 'fr', {}, withSpecials));
    expect(out).toContain('<hl1>Port &lt;reopens&gt; &amp; "quay"</hl1>');
    expect(out).toContain('<title>Port &lt;reopens&gt; &amp; "quay"</title>');
    expect(readItem(out).blocks[0]!.text).toBe('Port <reopens> & "quay"');
  });
});

describe('nitfFormat.write: the dateline prefix of the first paragraph', () => {
  const article = readItem(fixture('porto-alegre-prefix.xml'));

  it('puts the localized prefix back before the translated paragraph, with the language\'s separator', () => {
    const written = nitfFormat.write(localizedItem(article, 'fr', { place: 'PORTO ALEGRE', date: 'samedi 16 mai 2026', agency: 'AFP' }, tagged('fr')));
    expect(written).toContain('<p>PORTO ALEGRE (AFP)\u00A0– [fr] Rescue teams reached the flooded town by boat on Saturday, <em>officials said</em>.</p>');
    expect(written).toContain('<nitf baselang="fr">');
    expect(written).toContain('<p/><hl2>[fr] - Roads closed -</hl2><p/>');
    const reread = readItem(written);
    expect(reread.blocks.map((block) => block.id)).toEqual(article.blocks.map((block) => block.id));
    expect(reread.dateline).toMatchObject({ place: 'PORTO ALEGRE', agency: 'AFP' });
  });

  it('writes an Arabic prefix with the Arabic separator', () => {
    const written = nitfFormat.write(localizedItem(article, 'ar', { place: 'بورتو أليغري', agency: 'أ ف ب' }));
    expect(written).toContain('<p>بورتو أليغري (أ ف ب) - Rescue teams');
  });
});

describe('nitfFormat.write: language attributes', () => {
  it('replaces xml:lang and baselang where the root has them', () => {
    const input = item('<p>Text.</p>').replace('<nitf>', `<nitf baselang='en' xml:lang="en">`);
    const written = nitfFormat.write(localizedItem(readItem(input), 'ar', {}));
    expect(written.startsWith(`<nitf baselang='ar' xml:lang="ar">`)).toBe(true);
  });
});

describe('nitfFormat.write: markup a sentence boundary cut', () => {
  it('joins the pieces of emphasis running across two sentences into one element again', () => {
    const article = readItem(fixture('valletta-quay.xml'));
    const p2 = article.blocks.find((block) => block.id === 'p2')!;
    // The sentences as the segmenter would cut them, each "translated" to upper case (same length, so codes keep their offsets).
    const sentences = ['Engineers replaced', 'Work finished', 'Crews left'].map((opening, index, all) => {
      const start = p2.text.indexOf(opening);
      const next = all[index + 1];
      return { start, end: next === undefined ? p2.text.length : p2.text.indexOf(next) - 1 };
    });
    const pieces = splitMarkup(p2.markup!, sentences);
    const segments: SegmentView[] = sentences.map((range, index) => {
      const text = p2.text.slice(range.start, range.end).toUpperCase();
      return { key: `s${index + 1}`, text, source: text, spans: [], markup: pieces[index]!.map((code) => ({ code, start: code.start, end: code.end })) };
    });
    const joined = markedBlock(segments, (segment) => ({ text: segment.text!, markup: segment.markup ?? [] }));
    const translate = (block: Block) => (block === p2 ? joined : sourceMarkedText(block));
    const written = nitfFormat.write(localizedItem(article, 'fr', {}, translate));
    expect(written).toContain('<em>WORK FINISHED TWO DAYS EARLY. CREWS LEFT THE SITE ON SUNDAY</em> AND INSPECTORS');
    expect(written.match(/<em>/gu)).toHaveLength(article.blocks.filter((block) => block.markup?.some((code) => code.element === 'em')).length);
  });
});

describe('nitfFormat: the job\'s end-to-end fixture (tests/fixtures/formats)', () => {
  it('reads it and writes it back byte for byte in its own language', () => {
    const input = readFileSync(fileURLToPath(new URL('../../fixtures/formats/port-strike.nitf.xml', import.meta.url)), 'utf8');
    const article = readItem(input);
    expect(article).toMatchObject({ id: 'basra-port-strike-20261128', lang: 'en-US', urgency: 4, dateline: { place: 'Basra', date: '2026-11-28' } });
    expect(article.blocks.map((block) => block.id)).toEqual(['headline', 'standfirst', 'p1', 'sh1', 'p2', 'p3', 'caption', 'sh2', 'p4']);
    expect(nitfFormat.write(localizedItem(article, 'en-US', { place: 'Basra', date: 'Nov. 28' }))).toBe(input);
  });
});

describe('nitfFormat: through the segmenter', () => {
  it('an item whose segments are written back as they are gives the input back (codes cut by sentences joined again)', () => {
    const input = fixture('valletta-quay.xml');
    const article = readItem(input);
    const segments = segmentArticle(article);
    expect(segments.filter((segment) => segment.markup?.some((code) => code.continuedFrom || code.continuesAfter)).map((segment) => segment.id)).toEqual(['p2.s2', 'p2.s3']);
    const blocks = new Map(
      article.blocks.map((block) => {
        const views: SegmentView[] = segments
          .filter((segment) => segment.blockId === block.id)
          .map((segment) => ({
            key: `s${segment.index}`,
            text: segment.source,
            source: segment.source,
            spans: [],
            ...(segment.startsLine ? { startsLine: true } : {}),
            markup: (segment.markup ?? []).map((code) => ({ code, start: code.start, end: code.end })),
          }));
        return [block.id, markedBlock(views, (view) => ({ text: view.text!, markup: view.markup ?? [] }))];
      }),
    );
    const written = nitfFormat.write({ article, lang: 'en', dateline: { place: 'Valletta', date: 'Nov 30' }, blocks });
    // The block with <br/> is joined with a line break where the source had a space; every other byte is the input's.
    expect(written).toBe(input.replace('<br/>&#8220;We will not lose a seventh.&#8221;', '<br/>\n“We will not lose a seventh.”').replace('&#8220;We lost six weeks of traffic,&#8221;', '“We lost six weeks of traffic,”'));
  });
});
