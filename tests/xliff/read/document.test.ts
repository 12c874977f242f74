import { describe, expect, it } from 'vitest';
import { read, rejection, xliff12, xliff2 } from './helpers.js';

const unit12 = '<trans-unit id="p1.s1"><source>The harbour reopened.</source><target state="translated">Le port a rouvert.</target></trans-unit>';
const unit2 = '<unit id="p1.s1"><segment state="translated"><source>The harbour reopened.</source><target>Le port a rouvert.</target></segment></unit>';

describe('versions and namespaces', () => {
  it.each([
    ['urn:oasis:names:tc:xliff:document:2.0', '2.0'],
    ['urn:oasis:names:tc:xliff:document:2.0', '2.1'],
    ['urn:oasis:names:tc:xliff:document:2.2', '2.2'],
    // The 2.2 schema allows the earlier version numbers in its namespace.
    ['urn:oasis:names:tc:xliff:document:2.2', '2.1'],
  ])('reads %s version %s', (namespace, version) => {
    const file = read(xliff2(unit2, { namespace, version }));
    expect(file.version).toBe(version);
    expect(file.units.map((unit) => unit.target)).toEqual([['Le port a rouvert.']]);
  });

  it.each([
    ['urn:oasis:names:tc:xliff:document:2.0', '2.2', '<xliff version="2.2"> is in the namespace urn:oasis:names:tc:xliff:document:2.0'],
    ['urn:oasis:names:tc:xliff:document:1.1', '2.1', '<xliff version="2.1"> is in the namespace urn:oasis:names:tc:xliff:document:1.1'],
    ['urn:oasis:names:tc:xliff:document:2.0', '1.2', '<xliff version="1.2"> is in the namespace urn:oasis:names:tc:xliff:document:2.0'],
  ])('rejects namespace %s with version %s', (namespace, version, reason) => {
    const error = rejection(xliff2(unit2, { namespace, version }));
    expect(error.location).toEqual({ file: 'story.fr.xlf', line: 2 });
    expect(error.message).toContain(reason);
  });

  it('rejects <xliff> without namespace or without version', () => {
    const noNamespace = xliff12(unit12).replace(' xmlns="urn:oasis:names:tc:xliff:document:1.2"', '');
    expect(rejection(noNamespace).message).toBe(
      '<xliff version="1.2"> is in no namespace: XLIFF 1.2 is in urn:oasis:names:tc:xliff:document:1.2',
    );
    expect(rejection(xliff12(unit12).replace(' version="1.2"', '')).message).toBe('<xliff> has no version attribute');
  });

  it('rejects <xliff> without <file>', () => {
    const error = rejection('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n</xliff>');
    expect(error.location).toEqual({ file: 'story.fr.xlf', line: 1 });
    expect(error.message).toBe('<xliff> has no <file>');
  });

  it('rejects two <file>s in 2.x too, at the second', () => {
    const error = rejection(xliff2(`${unit2}\n</file>\n<file id="f2">\n${unit2.replace('p1.s1', 'p1.s2')}`));
    expect(error.location?.line).toBe(6);
    expect(error.message).toContain('<xliff> has 2 <file> elements');
  });
});

describe('languages', () => {
  it('takes 1.2 source-language, target-language and <target xml:lang> as written', () => {
    const file = read(
      xliff12('<trans-unit id="a"><source>A.</source><target xml:lang="fr-CA">A.</target></trans-unit>', 'source-language="en-US" target-language="fr-CA"'),
    );
    expect(file).toMatchObject({ sourceLang: 'en-US', targetLang: 'fr-CA' });
    expect(file.units[0]?.targetXmlLang).toBe('fr-CA');
  });

  it('takes 2.x srcLang and trgLang', () => {
    expect(read(xliff2(unit2, { rootAttributes: 'srcLang="en" trgLang="zh-Hant-TW"' }))).toMatchObject({ sourceLang: 'en', targetLang: 'zh-Hant-TW' });
  });

  it.each([
    ['1.2 source-language missing', xliff12(unit12, 'target-language="fr"'), 3, 'no source language: <file> has no source-language attribute'],
    ['2.x srcLang missing', xliff2(unit2, { rootAttributes: 'trgLang="fr"' }), 2, 'no source language: <xliff> has no srcLang attribute'],
    ['2.x trgLang missing', xliff2(unit2, { rootAttributes: 'srcLang="en"' }), 2, 'no target language: <xliff> has no trgLang attribute'],
    ['an empty tag', xliff12(unit12, 'source-language="en" target-language=""'), 3, 'target-language="" on <file> is not a language tag'],
    ['a tag with a space', xliff2(unit2, { rootAttributes: 'srcLang="en" trgLang="fr FR"' }), 2, 'trgLang="fr FR" on <xliff> is not a language tag'],
    ['a subtag over 8 letters', xliff2(unit2, { rootAttributes: 'srcLang="english" trgLang="fr-francophone"' }), 2, 'trgLang="fr-francophone"'],
    [
      'a bad <target xml:lang>',
      xliff12('<trans-unit id="a"><source>A.</source>\n<target xml:lang="fr_CA">A.</target></trans-unit>'),
      6,
      'xml:lang="fr_CA" on <target> is not a language tag',
    ],
  ])('rejects %s', (_, text, line, reason) => {
    const error = rejection(text);
    expect(error.location?.line).toBe(line);
    expect(error.message).toContain(reason);
  });
});

describe('story metadata', () => {
  it('1.2: product-name and product-version on <file>; both optional', () => {
    expect(read(xliff12(unit12, 'source-language="en" target-language="fr" product-name="2026-03-02-harbour" product-version="7"'))).toMatchObject({
      articleId: '2026-03-02-harbour',
      articleVersion: 7,
    });
    const plain = read(xliff12(unit12));
    expect(plain).not.toHaveProperty('articleId');
    expect(plain).not.toHaveProperty('articleVersion');
  });

  it.each(['0', '1.0', '-3', ' 2', '02', 'two', '99999999999999999999'])('1.2: rejects product-version="%s"', (version) => {
    const error = rejection(xliff12(unit12, `source-language="en" target-language="fr" product-version="${version}"`));
    expect(error.location?.line).toBe(3);
    expect(error.message).toBe(`product-version="${version}" on <file> is not a story version: a positive integer`);
  });

  it('2.x: the first id and version in a wire-l10n:story metaGroup on <file>, nested groups included', () => {
    const metadata = `<mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">
<mda:metaGroup category="other"><mda:meta type="version">x</mda:meta></mda:metaGroup>
<mda:metaGroup category="wire-l10n:story-archive"><mda:meta type="id">no</mda:meta></mda:metaGroup>
<mda:metaGroup category="outer"><mda:metaGroup category="wire-l10n:story"><mda:meta type="id">2026-03-02-harbour</mda:meta><mda:meta type="version">2</mda:meta><mda:meta type="id">second</mda:meta></mda:metaGroup></mda:metaGroup>
</mda:metadata>`;
    expect(read(xliff2(`${metadata}\n${unit2}`))).toMatchObject({ articleId: '2026-03-02-harbour', articleVersion: 2 });
    const plain = read(xliff2(unit2));
    expect(plain).not.toHaveProperty('articleId');
    expect(plain).not.toHaveProperty('articleVersion');
  });

  it('2.x: metadata in another namespace than the metadata module is not ours', () => {
    const metadata = `<m:metadata xmlns:m="urn:example:metadata"><m:metaGroup category="wire-l10n:story"><m:meta type="version">zero</m:meta></m:metaGroup></m:metadata>`;
    expect(read(xliff2(`${metadata}\n${unit2}`))).not.toHaveProperty('articleVersion');
  });
});

describe('structure', () => {
  it('1.2: units in groups at any depth, in document order; <original> optional in what is returned', () => {
    const file = read(
      xliff12(`<group id="g1"><trans-unit id="a"><source>A.</source></trans-unit><group id="g2"><group id="g3"><trans-unit id="b"><source>B.</source></trans-unit></group></group></group>
<trans-unit id="c"><source>C.</source></trans-unit>`),
    );
    expect(file.units.map((unit) => unit.id)).toEqual(['a', 'b', 'c']);
    expect(file.original).toBe('story.txt');
  });

  it('1.2: trans-units outside <body> (in the header, in alt-trans) are not units', () => {
    const text = xliff12(unit12).replace('<body>', '<header><trans-unit id="h"><source>H.</source></trans-unit></header>\n<body>');
    expect(read(text).units.map((unit) => unit.id)).toEqual(['p1.s1']);
  });

  it('2.x: units in groups at any depth; <file original> optional', () => {
    const file = read(
      xliff2(`<group id="g1"><group id="g2">${unit2}</group></group>${unit2.replace('p1.s1', 'p1.s2')}`).replace(' original="story.txt"', ''),
    );
    expect(file.units.map((unit) => unit.id)).toEqual(['p1.s1', 'p1.s2']);
    expect(file).not.toHaveProperty('original');
  });

  it('2.x: the same ids in different units are duplicates too', () => {
    const error = rejection(xliff2(`${unit2}\n<group id="g">\n${unit2}</group>`));
    expect(error.location?.line).toBe(6);
    expect(error.message).toBe('duplicate unit id "p1.s1": on lines 4 and 6');
  });

  it.each([
    ['1.2 <file> without <body>', xliff12('').replace('<body>\n\n</body>\n', ''), 3, '<file> has no <body>'],
    ['1.2 two <body>s', xliff12(unit12).replace('</body>', '</body>\n<body></body>'), 7, '<file> has more than one <body>'],
    ['1.2 a trans-unit without source', xliff12('<trans-unit id="a">\n<target>A.</target></trans-unit>'), 5, '<trans-unit id="a"> has no <source>'],
    ['1.2 two sources', xliff12('<trans-unit id="a"><source>A.</source>\n<source>B.</source></trans-unit>'), 6, '<trans-unit id="a"> has more than one <source>'],
    ['1.2 two targets', xliff12('<trans-unit id="a"><source>A.</source><target>A.</target>\n<target>B.</target></trans-unit>'), 6, '<trans-unit id="a"> has more than one <target>'],
    ['1.2 an empty id', xliff12('<trans-unit id=""><source>A.</source></trans-unit>'), 5, '<trans-unit> has no id'],
    ['2.x a unit without id', xliff2('<unit><segment><source>A.</source></segment></unit>'), 4, '<unit> has no id'],
    ['2.x a unit without segment', xliff2('<unit id="a">\n<ignorable><source> </source></ignorable></unit>'), 4, '<unit id="a"> has no <segment>'],
    ['2.x an ignorable without source', xliff2('<unit id="a"><segment><source>A.</source></segment>\n<ignorable/></unit>'), 5, '<ignorable> in <unit id="a"> has no <source>'],
    ['2.x two targets', xliff2('<unit id="a"><segment><source>A.</source><target>A.</target>\n<target>B.</target></segment></unit>'), 5, '<segment> in <unit id="a"> has more than one <target>'],
    ['2.x a <data> without id', xliff2('<unit id="a"><originalData>\n<data>x</data></originalData><segment><source>A.</source></segment></unit>'), 5, '<data> has no id'],
    ['2.x two <data> with one id', xliff2('<unit id="a"><originalData><data id="d1">x</data>\n<data id="d1">y</data></originalData><segment><source>A.</source></segment></unit>'), 5, '<originalData> has two <data id="d1">'],
  ])('rejects %s', (_, text, line, reason) => {
    const error = rejection(text);
    expect(error.location?.line).toBe(line);
    expect(error.message).toBe(reason);
  });
});
