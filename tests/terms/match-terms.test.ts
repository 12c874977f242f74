import { describe, expect, it } from 'vitest';
import { compileTermMatcher, matchTerms } from '../../src/terms/index.js';
import { glossaryOf } from './helpers.js';

const glossary = glossaryOf(
  'en,en_variants,fr,ar,type,case,note',
  'IS,,EI,تنظيم الدولة الإسلامية,name,,',
  'Islamic State (IS),Islamic State,groupe État islamique (EI),تنظيم الدولة الإسلامية,name,,',
  'Islamic Resistance in Iraq,Islamic resistance in Iraq,Résistance islamique en Irak,المقاومة الإسلامية في العراق,name,,',
  'Islamic Resistance,,Résistance islamique,المقاومة الإسلامية,name,,',
  'Iraq,,Irak,العراق,name,,',
  "Iraq's Foreign Ministry,,ministère irakien des Affaires étrangères,وزارة الخارجية العراقية,,,",
  'Hezbollah,,Hezbollah,حزب الله,name,,',
  'Hamas,,Hamas,حماس,name,,',
  'US-led coalition,,coalition menée par les États-Unis,التحالف بقيادة الولايات المتحدة,,,',
  'US,,États-Unis,الولايات المتحدة,name,,',
  'coalition forces,,forces de la coalition,قوات التحالف,,,',
  'air strike,airstrike|AS,frappe aérienne,غارة جوية,,,',
  'Telegram,,,,dnt,,',
  'working groups,,groupes de travail,مجموعات عمل,,,',
);
const matcher = compileTermMatcher(glossary);
/** Hits as [matched text, entry id] pairs. */
const hitsIn = (text: string) => matchTerms(text, matcher).map((hit) => [hit.text, hit.entryId]);

describe('matchTerms', () => {
  it('reports UTF-16 offsets of the matched source text', () => {
    const text = '🇮🇶 Hamas said';
    expect(matchTerms(text, matcher)).toEqual([{ start: 5, end: 10, text: 'Hamas', entryId: 'hamas' }]);
    expect(text.slice(5, 10)).toBe('Hamas');
  });

  it('matches "IS" the group but not "is" the verb', () => {
    expect(hitsIn('The threat posed by IS is real')).toEqual([['IS', 'is']]);
  });

  it('matches an all-capital variant case-sensitively even in an insensitive entry', () => {
    expect(hitsIn('AIR STRIKE, as or AS')).toEqual([
      ['AIR STRIKE', 'air-strike'],
      ['AS', 'air-strike'],
    ]);
  });

  it('does not find "IS" inside "ISIS", nor "Hamas" inside "Hamasville"', () => {
    expect(hitsIn('ISIS fighters near Hamasville')).toEqual([]);
  });

  it('finds "ISIS" when it is a variant', () => {
    const withVariant = compileTermMatcher(glossaryOf('en,en_variants,fr,ar,type,note', 'IS,ISIS|ISIL,EI,داعش,name,'));
    expect(matchTerms('ISIS and ISIL and IS', withVariant).map((hit) => hit.text)).toEqual(['ISIS', 'ISIL', 'IS']);
  });

  it('matches names only as written and terms in any case', () => {
    expect(hitsIn('hamas, HAMAS, Hamas; Working Groups')).toEqual([
      ['Hamas', 'hamas'],
      ['Working Groups', 'working-groups'],
    ]);
  });

  it('keeps a possessive ’s or \'s outside the hit', () => {
    const text = "Hezbollah's fighters and Iraq’s army";
    expect(matchTerms(text, matcher)).toEqual([
      { start: 0, end: 9, text: 'Hezbollah', entryId: 'hezbollah' },
      { start: 25, end: 29, text: 'Iraq', entryId: 'iraq' },
    ]);
  });

  it('treats ’ and \' alike inside a term', () => {
    expect(hitsIn('Iraq’s Foreign Ministry said')).toEqual([['Iraq’s Foreign Ministry', 'iraqs-foreign-ministry']]);
    expect(hitsIn("Iraq's Foreign Ministry said")).toEqual([["Iraq's Foreign Ministry", 'iraqs-foreign-ministry']]);
  });

  it('prefers the longest form starting at a position', () => {
    expect(hitsIn('the Islamic Resistance in Iraq said')).toEqual([['Islamic Resistance in Iraq', 'islamic-resistance-in-iraq']]);
    expect(hitsIn('the Islamic Resistance’s response')).toEqual([['Islamic Resistance', 'islamic-resistance']]);
    expect(hitsIn('the Islamic State (IS) group')).toEqual([['Islamic State (IS)', 'islamic-state-is']]);
  });

  it('takes the leftmost match and never overlaps hits', () => {
    // "US-led coalition" starts before "coalition forces", so the latter is not reported.
    expect(hitsIn('US-led coalition forces')).toEqual([['US-led coalition', 'us-led-coalition']]);
  });

  it('treats hyphens as word boundaries', () => {
    expect(hitsIn('the anti-IS coalition and pro-Hamas groups')).toEqual([
      ['IS', 'is'],
      ['Hamas', 'hamas'],
    ]);
    expect(hitsIn('US-backed forces')).toEqual([['US', 'us']]);
  });

  it('keeps the spacing around hyphens and punctuation of a form', () => {
    expect(hitsIn('US - led coalition')).toEqual([['US', 'us']]);
    expect(hitsIn('Islamic State(IS)')).toEqual([
      ['Islamic State', 'islamic-state-is'],
      ['IS', 'is'],
    ]);
  });

  it('accepts any whitespace run inside a multi-word term', () => {
    expect(hitsIn('the Islamic\u00a0Resistance  in\nIraq')).toEqual([['Islamic\u00a0Resistance  in\nIraq', 'islamic-resistance-in-iraq']]);
    expect(hitsIn('an air\u202fstrike')).toEqual([['air\u202fstrike', 'air-strike']]);
  });

  it('does not match across letters or digits on either side', () => {
    expect(hitsIn('Iraqi, Iraq2, 2Iraq, _Iraq_')).toEqual([['Iraq', 'iraq']]);
  });

  it('matches decomposed accents like composed ones', () => {
    const accented = compileTermMatcher(glossaryOf('en,fr,ar,type,note', 'Résistance,Résistance,مقاومة,name,'));
    expect(matchTerms('la Re\u0301sistance', accented)).toEqual([{ start: 3, end: 14, text: 'Re\u0301sistance', entryId: 'resistance' }]);
  });

  it('reports do-not-translate terms like any other', () => {
    expect(hitsIn('a statement on Telegram')).toEqual([['Telegram', 'telegram']]);
  });

  it('finds nothing in an empty glossary', () => {
    expect(matchTerms('Hamas', compileTermMatcher(glossaryOf('')))).toEqual([]);
  });
});
