import { describe, expect, it } from 'vitest';
import { storedTarget, taggedSource, taggedTarget, untaggedTarget } from '../../src/markup/tagged.js';
import { brCode, codeAround, pairedCode, segmentOf } from '../helpers/builders.js';

const source = 'The <b> tag & the army sent 2,500 troops.';
const link = { ...codeAround(source, 'army sent', 'm3', 'a', '<a href="https://x.test/?a=1&b=2">'), continuesAfter: true };
const emphasis = codeAround(source, '2,500', 'm4');
const br = brCode('m5', source.length);
const segment = segmentOf(source, { id: 'p2.s1', markup: [link, emphasis, br] });

describe('tagged targets: a marked-up target as one string for the store', () => {
  const target = 'La balise <b> & l’armée a envoyé 2 500 soldats.';
  const placements = [
    { id: 'm3', start: target.indexOf('l’armée a envoyé'), end: target.indexOf(' 2 500') },
    { id: 'm4', start: target.indexOf('2 500'), end: target.indexOf(' soldats') },
    { id: 'm5', start: target.length, end: target.length },
  ];

  it('names codes by their place in the segment, escapes the text, and reads back to the same text and placements', () => {
    const tagged = taggedTarget(target, placements, segment);
    expect(tagged).toBe('La balise &lt;b> &amp; <c1>l’armée a envoyé</c1> <c2>2 500</c2> soldats.<c3/>');
    expect(untaggedTarget(tagged, segment)).toEqual({ target, markup: placements });
  });

  it('reads the same entry for the same marked sentence in another block, with that block’s ids', () => {
    const elsewhere = segmentOf(source, { id: 'p7.s2', markup: [{ ...link, id: 'm1' }, { ...emphasis, id: 'm2' }, { ...br, id: 'm9' }] });
    expect(elsewhere.hash).toBe(segment.hash);
    const read = untaggedTarget(taggedTarget(target, placements, segment), elsewhere);
    expect(read?.markup?.map((p) => p.id)).toEqual(['m1', 'm2', 'm9']);
  });

  it('keeps an empty pair and a target that lost a code (its producer reported it) readable', () => {
    const partial = taggedTarget(target, [{ id: 'm4', start: 5, end: 5 }], segment);
    expect(partial).toBe('La ba<c2></c2>lise &lt;b> &amp; l’armée a envoyé 2 500 soldats.');
    expect(untaggedTarget(partial, segment)).toEqual({ target, markup: [{ id: 'm4', start: 5, end: 5 }] });
  });

  it('refuses tags that do not decode against the segment’s codes', () => {
    for (const stored of [
      'Le <c4>texte</c4>', // no fourth code
      'Le <c3>texte</c3>', // a standalone code written as a pair
      'Le <c1/>texte', // a pair written as a standalone code
      'Le <c1>texte', // never closed
      'Le texte</c1>', // closed before opened
      'Le <c1>a</c1> <c1>b</c1>', // twice
      'Le <b>texte</b>', // not our tag
      'Le &gt; texte', // not our escape
      'Le <c0/>',
    ]) {
      expect(untaggedTarget(stored, segment), stored).toBeUndefined();
    }
  });

  it('stores a target of a segment without markup as plain text, and reads it back as is', () => {
    const plain = segmentOf(source);
    expect(storedTarget(plain, 'Le <b> & texte', undefined)).toBe('Le <b> & texte');
    expect(untaggedTarget('Le <b> & texte', plain)).toEqual({ target: 'Le <b> & texte' });
    expect(taggedSource(plain)).toBe(source);
  });

  it('keys the TM by the tagged source of a marked segment', () => {
    expect(taggedSource(segment)).toBe('The &lt;b> tag &amp; the <c1>army sent</c1> <c2>2,500</c2> troops.<c3/>');
    expect(taggedSource(segmentOf('Hello world.', { markup: [pairedCode('m1', 0, 5)] }))).toBe('<c1>Hello</c1> world.');
  });
});
