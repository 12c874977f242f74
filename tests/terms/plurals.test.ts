import { describe, expect, it } from 'vitest';
import { glossaryEntriesFor } from '../../src/mt/engines/deepl/glossary-entries.js';
import { compileTermMatcher, matchTerms } from '../../src/terms/index.js';
import { glossaryOf } from './helpers.js';

const glossary = glossaryOf(
  'en,en_variants,fr,ar,type,case,note',
  'air strike,airstrike,frappe aérienne,غارة جوية,,,',
  'jihadist,,jihadiste,جهادي,,,',
  'militia,,milice,ميليشيا,,,',
  'armed group,,groupe armé,جماعة مسلحة,,,',
  'press,,presse,صحافة,,,',
  'ambush,,embuscade,كمين,,,',
  'Prime Minister,,Premier ministre,رئيس الوزراء,,sensitive,',
  'NGO,,ONG,منظمة غير حكومية,,,',
  'drone,drones,drone,طائرة مسيرة,,,',
  'new,,nouveau,جديد,,,',
  'Texa,,Texa,تيكسا,,,',
  'IS,ISIS,EI,تنظيم الدولة الإسلامية,name,,',
  'Gaza,,Gaza,غزة,name,,',
  'Telegram,,,,dnt,,',
);
const matcher = compileTermMatcher(glossary);
/** Hits as [matched text, entry id, plural] triples. */
const hitsIn = (text: string) => matchTerms(text, matcher).map((hit) => [hit.text, hit.entryId, hit.plural === true]);

describe('matchTerms: regular plurals of terms', () => {
  it('finds the +s plural of a term and of its variants, marked as a plural', () => {
    expect(hitsIn('Air strikes and airstrikes hit jihadists')).toEqual([
      ['Air strikes', 'air-strike', true],
      ['airstrikes', 'air-strike', true],
      ['jihadists', 'jihadist', true],
    ]);
  });

  it('reports the plural hit with its offsets, the singular without the mark', () => {
    expect(matchTerms('two air strikes, one air strike', matcher)).toEqual([
      { start: 4, end: 15, text: 'air strikes', entryId: 'air-strike', plural: true },
      { start: 21, end: 31, text: 'air strike', entryId: 'air-strike' },
    ]);
  });

  it('adds -es after s, x, z, ch, sh and turns a consonant + y into -ies', () => {
    expect(hitsIn('presses, ambushes, militias')).toEqual([
      ['presses', 'press', true],
      ['ambushes', 'ambush', true],
      ['militias', 'militia', true],
    ]);
    expect(hitsIn('presss, ambushs, militiaes')).toEqual([]);
  });

  it('inflects the last word of a form only', () => {
    expect(hitsIn('armed groups, armeds group')).toEqual([['armed groups', 'armed-group', true]]);
  });

  it('keeps a plural possessive’s apostrophe outside the hit', () => {
    expect(hitsIn("the air strikes' toll and the militias’ leaders")).toEqual([
      ['air strikes', 'air-strike', true],
      ['militias', 'militia', true],
    ]);
  });

  it('keeps the case rules of the form it inflects', () => {
    expect(hitsIn('Prime Ministers met; prime ministers met')).toEqual([['Prime Ministers', 'prime-minister', true]]);
    expect(hitsIn('NGOs and ngos and NGOS')).toEqual([['NGOs', 'ngo', true]]);
    expect(hitsIn('AIR STRIKES KILL THREE')).toEqual([['AIR STRIKES', 'air-strike', true]]);
  });

  it('prefers a form the termbase lists over a derived plural', () => {
    expect(hitsIn('drones flew')).toEqual([['drones', 'drone', false]]);
    const twoEntries = compileTermMatcher(glossaryOf('en,fr,ar,type,note', 'security force,force de sécurité,قوة أمنية,,', 'security forces,forces de sécurité,قوات الأمن,,'));
    expect(matchTerms('security forces', twoEntries)).toEqual([{ start: 0, end: 15, text: 'security forces', entryId: 'security-forces' }]);
  });

  it('does not inflect names or do-not-translate terms', () => {
    expect(hitsIn('ISs, ISes, ISISes, Gazas, Telegrams')).toEqual([]);
  });

  it('does not read a word ending in s as the plural of another', () => {
    expect(hitsIn('the news from Texas')).toEqual([]);
    expect(hitsIn('a new drone')).toEqual([
      ['new', 'new', false],
      ['drone', 'drone', false],
    ]);
  });

  it('does not find a plural inside a longer word', () => {
    expect(hitsIn('jihadistss and airstrikesque')).toEqual([]);
  });
});

describe('plurals stay out of the termbase', () => {
  it('leaves the DeepL dictionary to the listed forms', () => {
    const listed = glossaryOf('en,en_variants,fr,ar,type,case,note', 'air strike,airstrike,frappe aérienne,غارة جوية,,,');
    expect(matchTerms('air strikes', compileTermMatcher(listed))).toHaveLength(1);
    expect(glossaryEntriesFor(listed, 'fr').entries.map((entry) => entry.source)).toEqual(['air strike', 'airstrike']);
  });
});
