import { describe, expect, it } from 'vitest';
import { entryNamed, glossaryErrorOf, glossaryOf } from './helpers.js';

const HEADER = 'en,en_variants,fr,fr_variants,ar,ar_variants,type,case,note';

describe('termbase rows', () => {
  it('splits variants on |, trims them and drops empty, repeated and canonical ones', () => {
    const glossary = glossaryOf(
      HEADER,
      'Islamic State (IS), Islamic State group |Islamic State||Islamic State (IS)|Islamic State ,groupe État islamique (EI),État islamique | EI,تنظيم الدولة الإسلامية,,name,,',
    );
    const entry = entryNamed(glossary, 'Islamic State (IS)');
    expect(entry.sourceVariants).toEqual(['Islamic State group', 'Islamic State']);
    expect(entry.targetVariants).toEqual({ fr: ['État islamique', 'EI'] });
  });

  it('normalizes whitespace inside cells: runs become one space, ends are trimmed', () => {
    const entry = entryNamed(glossaryOf(HEADER, '  working \u00a0 groups ,,groupes  de travail,,مجموعات عمل,,,, '), 'working groups');
    expect(entry.targets['fr']).toBe('groupes de travail');
  });

  it('defaults the type to term', () => {
    expect(entryNamed(glossaryOf(HEADER, 'air strike,,frappe aérienne,,غارة جوية,,,,'), 'air strike').type).toBe('term');
  });

  it('gives a do-not-translate entry its source form as every empty target', () => {
    const entry = entryNamed(glossaryOf(HEADER, 'Telegram,,,,تلغرام,,dnt,,brand'), 'Telegram');
    expect(entry.type).toBe('dnt');
    expect(entry.targets).toEqual({ fr: 'Telegram', ar: 'تلغرام' });
  });

  it('rejects an empty target of a term or name, naming the language and the line', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'Hamas,,Hamas,,حماس,,name,,', 'Gaza,,,,غزة,,name,,'));
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.message).toBe('empty "fr" cell for "Gaza": expected the French rendering');
    expect(error.hint).toContain('dnt');
  });

  it('rejects an empty source cell', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, ',,Hamas,,حماس,,,,'));
    expect(error.location?.line).toBe(2);
    expect(error.message).toContain('empty "en" cell');
  });

  it('rejects an unknown type, with the accepted values and the line', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'Hamas,,Hamas,,حماس,,nmae,,'));
    expect(error.location).toEqual({ file: 'test.csv', line: 2 });
    expect(error.message).toBe('unknown type "nmae": expected term, name, dnt (or empty for term)');
  });

  it('rejects an unknown case value, with the accepted values and the line', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'Hamas,,Hamas,,حماس,,name,,', 'Gaza,,Gaza,,غزة,,name,exact,'));
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.message).toContain('unknown case "exact": expected sensitive or insensitive');
  });

  it('reads type and case values in any letter case', () => {
    const entry = entryNamed(glossaryOf(HEADER, 'Hamas,,Hamas,,حماس,,Name,Insensitive,'), 'Hamas');
    expect(entry).toMatchObject({ type: 'name', caseSensitive: false });
  });

  it('matches names, dnt terms and all-capital terms case-sensitively by default, other terms not', () => {
    const glossary = glossaryOf(
      HEADER,
      'Hamas,,Hamas,,حماس,,name,,',
      'Telegram,,,,,,dnt,,',
      'UN,,ONU,,الأمم المتحدة,,,,',
      'air strike,,frappe aérienne,,غارة جوية,,,,',
      'jihadist,,jihadiste,,جهادي,,,sensitive,',
    );
    const sensitivity = Object.fromEntries(glossary.entries.map((entry) => [entry.source, entry.caseSensitive]));
    expect(sensitivity).toEqual({ Hamas: true, Telegram: true, UN: true, 'air strike': false, jihadist: true });
  });

  it('skips blank rows, including rows of empty cells', () => {
    const glossary = glossaryOf(HEADER, '', ',,,,,,,,', 'Hamas,,Hamas,,حماس,,name,,', '   ', 'Gaza,,Gaza,,غزة,,name,,');
    expect(glossary.entries.map((entry) => [entry.source, entry.origin.line])).toEqual([
      ['Hamas', 4],
      ['Gaza', 6],
    ]);
  });
});
