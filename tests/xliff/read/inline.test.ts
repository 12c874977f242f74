import { describe, expect, it } from 'vitest';
import { runsToText } from '../../../src/xliff/inline.js';
import { normalizeContent, normalizeText } from '../../../src/xliff/read/whitespace.js';
import { read, rejection, xliff12, xliff2 } from './helpers.js';

const ph = (id: string, text?: string) => ({ kind: 'standalone' as const, id, line: 1, ...(text === undefined ? {} : { text }) });

describe('whitespace', () => {
  it('collapses runs of XML whitespace to one space and trims the ends of the whole content', () => {
    expect(normalizeContent([{ text: '\n\t  The  harbour\r\n reopened. \n', preserve: false }])).toEqual(['The harbour reopened.']);
  });

  it('merges text across annotations before collapsing', () => {
    expect(normalizeContent([{ text: 'a ', preserve: false }, { text: ' b', preserve: false }])).toEqual(['a b']);
  });

  it('keeps one space on each side of a code and trims only up to the first and last code', () => {
    const code = ph('1', '2,500');
    expect(normalizeContent([{ text: '  About \n', preserve: false }, code, { text: '\n  left.  ', preserve: false }])).toEqual(['About ', code, ' left.']);
    expect(normalizeContent([{ text: '  ', preserve: false }, code, { text: '   ', preserve: false }, code, { text: ' ', preserve: false }])).toEqual([code, ' ', code]);
  });

  it('leaves preserved text as it is, at the ends too', () => {
    expect(normalizeContent([{ text: '  a  ', preserve: true }])).toEqual(['  a  ']);
    expect(normalizeContent([{ text: ' x ', preserve: false }, { text: '  a  ', preserve: true }, { text: ' y ', preserve: false }])).toEqual(['x   a   y']);
  });

  it('does not treat no-break or other Unicode spaces as XML whitespace', () => {
    expect(normalizeContent([{ text: '\u00A0a\u2009\u202F b\u3000', preserve: false }])).toEqual(['\u00A0a\u2009\u202F b\u3000']);
    expect(normalizeText(' \u00A0 ', false)).toBe('\u00A0');
  });

  it('gives no runs for empty or whitespace-only content', () => {
    expect(normalizeContent([])).toEqual([]);
    expect(normalizeContent([{ text: ' \n ', preserve: false }])).toEqual([]);
  });

  it('takes xml:space from the nearest ancestor that says it, "default" switching preservation off again', () => {
    const file = read(
      xliff12(`<group id="g" xml:space="preserve"><trans-unit id="a"><source> A  a </source><target xml:space="default"> B  b </target></trans-unit></group>
<trans-unit id="b"><source> C  <mrk mtype="x" xml:space="preserve"> c  </mrk></source></trans-unit>`),
    );
    expect(file.units.map((unit) => [unit.source, unit.target])).toEqual([
      [[' A  a '], ['B b']],
      [['C  c  '], undefined],
    ]);
  });
});

describe('1.2 inline codes', () => {
  it('takes a native code text from its content, else equiv-text (its display when it differs); x, bx and ex only have equiv-text', () => {
    const [unit] = read(
      xliff12(`<trans-unit id="a"><source><ph id="1" equiv-text="eq">native</ph><ph id="2" equiv-text="eq2"></ph><ph id="3"/><x id="4" equiv-text="x4"/><x id="5"/><it id="6" pos="close">&lt;/i&gt;</it></source></trans-unit>`),
    ).units;
    expect(unit?.source).toEqual([
      { kind: 'standalone', id: '1', text: 'native', display: 'eq', line: 5 },
      { kind: 'standalone', id: '2', text: 'eq2', line: 5 },
      { kind: 'standalone', id: '3', line: 5 },
      { kind: 'standalone', id: '4', text: 'x4', line: 5 },
      { kind: 'standalone', id: '5', line: 5 },
      { kind: 'standalone', id: '6', text: '</i>', line: 5 },
    ]);
  });

  it('collapses whitespace in a native code unless preserved, and ignores <sub> inside it', () => {
    const [unit] = read(
      xliff12(`<trans-unit id="a"><source><ph id="1">
  &lt;a title="<sub>Harbour   news</sub>"&gt;
</ph><ph id="2" xml:space="preserve"> two  spaces </ph></source></trans-unit>`),
    ).units;
    expect(unit?.source).toEqual([
      { kind: 'standalone', id: '1', text: '<a title="">', line: 5 },
      { kind: 'standalone', id: '2', text: ' two  spaces ', line: 7 },
    ]);
  });

  it('pairs bpt/ept and bx/ex by rid when they have one, else by id', () => {
    const [unit] = read(
      xliff12('<trans-unit id="a"><source><bpt id="1" rid="r">[</bpt>a<ept id="2" rid="r">]</ept><bx id="3"/>b<ex id="3"/></source></trans-unit>'),
    ).units;
    expect(unit?.source.map((run) => (typeof run === 'string' ? run : `${run.kind}:${run.id}:${run.text ?? ''}`))).toEqual([
      'open:r:[', 'a', 'close:r:]', 'open:3:', 'b', 'close:3:',
    ]);
  });

  it('reads codes as they are: unbalanced, reordered or duplicated codes are the importer’s to judge', () => {
    const [unit] = read(
      xliff12('<trans-unit id="a"><source>a</source><target><ept id="9">]</ept>b<bpt id="9">[</bpt><x id="1"/><x id="1"/></target></trans-unit>'),
    ).units;
    expect(unit?.target?.map((run) => (typeof run === 'string' ? run : `${run.kind}:${run.id}`))).toEqual([
      'close:9', 'b', 'open:9', 'standalone:1', 'standalone:1',
    ]);
  });

  it('drops elements of other namespaces inside content, with their text', () => {
    const [unit] = read(
      xliff12('<trans-unit id="a" xmlns:acme="urn:acme"><source>a<acme:hidden>tool text</acme:hidden>b</source></trans-unit>'),
    ).units;
    expect(unit?.source).toEqual(['ab']);
  });

  it.each([
    ['<g> without id', '<g>a</g>', '<g> has no id'],
    ['<bpt> without id or rid', '<bpt>[</bpt>', '<bpt> has neither rid nor id'],
    ['<ex> without id or rid', '<ex/>', '<ex> has neither rid nor id'],
    ['<sub> outside a code', '<sub>a</sub>', undefined],
  ])('%s', (_, content, reason) => {
    const text = xliff12(`<trans-unit id="a"><source>${content}</source></trans-unit>`);
    if (reason === undefined) {
      // <sub> is only meaningful inside a native code; elsewhere it is dropped like any tool markup.
      expect(read(text).units[0]?.source).toEqual([]);
      return;
    }
    const error = rejection(text);
    expect(error.location?.line).toBe(5);
    expect(error.message).toContain(reason);
  });
});

describe('2.x inline codes', () => {
  const unit = (source: string, originalData = '') =>
    xliff2(`<unit id="a">${originalData ? `<originalData>${originalData}</originalData>` : ''}<segment><source>${source}</source></segment></unit>`);

  it('takes the code text from originalData by dataRef, else from equiv; disp is its display', () => {
    const [read2] = read(unit('<ph id="1" dataRef="d1" equiv="e1" disp="x"/><ph id="2" equiv="e2" disp="y"/><ph id="3" disp="z"/>', '<data id="d1">data</data>')).units;
    expect(read2?.source).toEqual([
      { kind: 'standalone', id: '1', text: 'data', display: 'x', line: 4 },
      { kind: 'standalone', id: '2', text: 'e2', display: 'y', line: 4 },
      { kind: 'standalone', id: '3', display: 'z', line: 4 },
    ]);
  });

  it('gives pc open and close ends the same id, with dataRefStart/End or equivStart/End', () => {
    const [read2] = read(unit('<pc id="p" equivStart="[" dataRefEnd="d2">in <pc id="q">deep</pc></pc>', '<data id="d2">]</data>')).units;
    expect(read2?.source).toEqual([
      { kind: 'open', id: 'p', text: '[', line: 4 },
      'in ',
      { kind: 'open', id: 'q', line: 4 },
      'deep',
      { kind: 'close', id: 'q', line: 4 },
      { kind: 'close', id: 'p', text: ']', line: 4 },
    ]);
  });

  it('names an ec by its startRef, or by its own id when isolated', () => {
    const [read2] = read(unit('<sc id="1"/>a<ec startRef="1" id="7"/><ec id="8" isolated="yes"/>')).units;
    expect(read2?.source.map((run) => (typeof run === 'string' ? run : `${run.kind}:${run.id}`))).toEqual(['open:1', 'a', 'close:1', 'close:8']);
  });

  it('reads <cp> as its character, in data too, and mrk/sm/em as transparent', () => {
    const [read2] = read(unit('a<cp hex="1F600"/><mrk id="m" type="comment" value="x">b<sm id="s"/>c</mrk><em startRef="s"/>d<ph id="1" dataRef="d"/>', '<data id="d">x<cp hex="9"/>y</data>')).units;
    expect(read2?.source).toEqual(['a\u{1F600}bcd', { kind: 'standalone', id: '1', text: 'x\ty', line: 4 }]);
    expect(runsToText(read2!.source)).toBe('a\u{1F600}bcdx\ty');
  });

  it.each([
    ['a <ph> without id', '<ph/>', '<ph> has no id'],
    ['an <ec> without startRef or id', '<ec/>', '<ec> has neither startRef nor id'],
    ['a dataRefStart to nothing', '<pc id="1" dataRefStart="d9">a</pc>', '<pc> dataRefStart="d9" names no <data>'],
    ['a <cp> that is no code point', '<cp hex="D800"/>', '<cp hex="D800"> is not a Unicode code point'],
    ['a <cp> out of range', '<cp hex="110000"/>', '<cp hex="110000"> is not a Unicode code point'],
    ['a <cp> without hex', '<cp/>', '<cp hex=""> is not a Unicode code point'],
    ['a 1.2 element in 2.x content', '<g id="1">a</g>', '<g> is not allowed inside <source>: content holds text and the inline elements ph, pc, sc, ec, mrk, sm, em, cp'],
  ])('rejects %s', (_, source, reason) => {
    const error = rejection(unit(source));
    expect(error.location?.line).toBe(4);
    expect(error.message).toContain(reason);
  });
});
