import { describe, expect, it } from 'vitest';
import { parseTmx, TmxError } from '../../src/tmx/index.js';

function tmx(body: string, header = '<header srclang="en-US" creationtool="test" datatype="plaintext"/>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;
}

function parseError(text: string, options = {}): TmxError {
  try {
    parseTmx(text, 'memory.tmx', options);
  } catch (error) {
    expect(error).toBeInstanceOf(TmxError);
    return error as TmxError;
  }
  throw new Error('expected the TMX to be rejected');
}

describe('parseTmx', () => {
  it('reads translation units with inline codes, notes, props and regional language tags', () => {
    const text = tmx(`<tu tuid="1" creationid="desk">
  <note>Checked by the Paris desk.</note>
  <prop type="x-context-pre">Fighting resumed.</prop>
  <tuv xml:lang="EN-us"><seg>The <bpt i="1">&lt;b&gt;</bpt>troops<ept i="1">&lt;/b&gt;</ept> left <hi type="x-place">Baghdad</hi>.<ph>&lt;br/&gt;</ph></seg></tuv>
  <tuv xml:lang="fr-FR" creationid="translator"><seg>Les troupes ont quitté <hi>Bagdad</hi>.</seg></tuv>
  <tuv lang="ar-IQ"><seg><![CDATA[غادرت القوات بغداد.]]></seg></tuv>
</tu>`);
    const parsed = parseTmx(text, 'memory.tmx');
    expect(parsed.sourceLang).toBe('en');
    expect(parsed.skipped).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        sourceLang: 'en',
        targetLang: 'fr',
        source: 'The troops left Baghdad.',
        target: 'Les troupes ont quitté Bagdad.',
        previousSource: 'Fighting resumed.',
        origin: 'tmx',
        createdBy: 'translator',
        note: 'Checked by the Paris desk.',
      },
      {
        sourceLang: 'en',
        targetLang: 'ar',
        source: 'The troops left Baghdad.',
        target: 'غادرت القوات بغداد.',
        previousSource: 'Fighting resumed.',
        origin: 'tmx',
        createdBy: 'desk',
        note: 'Checked by the Paris desk.',
      },
    ]);
  });

  it('skips, with line and reason, units it cannot use: no translation, no source, empty segments', () => {
    const text = tmx(`<tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Seulement du français.</seg></tuv><tuv xml:lang="ar"><seg>عربي فقط.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Empty target.</seg></tuv><tuv xml:lang="fr"><seg> </seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Kept.</seg></tuv><tuv xml:lang="fr"><seg>Gardé.</seg></tuv></tu>`);
    const parsed = parseTmx(text, 'memory.tmx');
    expect(parsed.entries.map((entry) => entry.target)).toEqual(['Gardé.']);
    expect(parsed.skipped).toEqual([
      { line: 5, reason: 'no translation: the <tu> only has en' },
      { line: 6, reason: 'no <tuv> in the source language (en)' },
      { line: 7, reason: 'the fr <seg> is empty' },
    ]);
  });

  it('takes the source language of a unit from its own srclang', () => {
    const text = tmx('<tu srclang="fr"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu>');
    expect(parseTmx(text, 'memory.tmx').entries[0]).toMatchObject({ sourceLang: 'fr', targetLang: 'en', source: 'Bonjour.' });
  });

  it('rejects a DOCTYPE with declarations, so entity expansion ("billion laughs") never happens', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>`;
    const error = parseError(laughs);
    expect(error.message).toContain('a DOCTYPE with declarations is not accepted');
    expect(error.location).toMatchObject({ file: 'memory.tmx', line: 6 });
    expect(error.hint).toContain('remove the [ … ] part');
  });

  it('passes over a plain DOCTYPE naming the TMX DTD without reading it', () => {
    const text = tmx('<tu><tuv xml:lang="en"><seg>Yes.</seg></tuv><tuv xml:lang="fr"><seg>Oui.</seg></tuv></tu>').replace(
      '<tmx',
      '<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/never-fetched/tmx14.dtd">\n<tmx',
    );
    expect(parseTmx(text, 'memory.tmx').entries).toHaveLength(1);
  });

  it('rejects an external entity reference without reading anything', () => {
    const text = tmx('<tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu>');
    expect(parseError(text).message).toMatch(/undefined entity/i);
  });

  it('reports truncated XML with the line where it ended', () => {
    const text = tmx('<tu><tuv xml:lang="en"><seg>Cut</seg></tuv><tuv xml:lang="fr"><seg>Coupé</seg></tuv></tu>');
    const truncated = text.slice(0, text.indexOf('<tuv xml:lang="fr">') + 10);
    const error = parseError(truncated);
    expect(error.code).toBe('E_TMX');
    expect(error.location?.line).toBe(5);
    expect(error.describe()).toMatch(/^memory\.tmx:5:\d+: malformed TMX: /);
    expect(error.hint).toContain('nothing was imported');
  });

  it('rejects a document whose root is not <tmx>', () => {
    expect(parseError('<xliff version="1.2"><file/></xliff>').message).toContain('the root element is <xliff>');
  });

  it('rejects a header without srclang', () => {
    const error = parseError(tmx('', '<header creationtool="x"/>'));
    expect(error.message).toContain('<header> has no srclang attribute');
    expect(error.location?.line).toBe(3);
  });

  it('rejects elements TMX does not allow, and text outside segments', () => {
    expect(parseError(tmx('<tu><tuv xml:lang="en"><seg>x<b>y</b></seg></tuv></tu>')).message).toContain(
      '<b> is not allowed inside <seg>',
    );
    expect(parseError(tmx('<tu>loose text<tuv xml:lang="en"><seg>x</seg></tuv></tu>')).message).toContain(
      'text is not allowed inside <tu> ("loose text")',
    );
    expect(parseError(tmx('<tu><tuv><seg>x</seg></tuv></tu>')).message).toContain('<tuv> has no xml:lang');
    expect(parseError(tmx('<tu><tuv xml:lang="en"></tuv></tu>')).message).toContain('<tuv> has no <seg>');
  });

  it('returns nothing when any unit is malformed, even after good ones', () => {
    const good = '<tu><tuv xml:lang="en"><seg>Good.</seg></tuv><tuv xml:lang="fr"><seg>Bon.</seg></tuv></tu>\n';
    const error = parseError(tmx(`${good.repeat(50)}<tu><tuv xml:lang="en"><seg>Bad</tuv></tu>`));
    expect(error.location?.line).toBe(55);
  });

  it('refuses files over the size limit before parsing', () => {
    const error = parseError(tmx(''), { maxBytes: 100 });
    expect(error.message).toMatch(/^the file is \d+ bytes; TMX files up to 100 bytes are read$/);
    expect(error.location).toEqual({ file: 'memory.tmx' });
    expect(error.hint).toContain('split');
  });

  it('accepts a byte-order mark and TMX 1.1–1.3 files that use lang', () => {
    const old = '\uFEFF<tmx version="1.3"><header srclang="EN"/><body><tu><tuv lang="EN"><seg>Yes.</seg></tuv><tuv lang="FR-ca"><seg>Oui.</seg></tuv></tu></body></tmx>';
    expect(parseTmx(old, 'old.tmx').entries).toEqual([
      { sourceLang: 'en', targetLang: 'fr', source: 'Yes.', target: 'Oui.', origin: 'tmx' },
    ]);
    expect(parseError('<tmx version="2.0"><header srclang="en"/><body/></tmx>').message).toContain(
      'TMX version 2.0 is not supported',
    );
  });
});
