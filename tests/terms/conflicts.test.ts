import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/terms/index.js';
import { glossaryErrorOf, glossaryOf } from './helpers.js';

const HEADER = 'en,en_variants,fr,ar,type,note';

describe('conflicting source forms', () => {
  it('rejects the same source twice with different targets, naming both lines', () => {
    const error = glossaryErrorOf(() =>
      glossaryOf(HEADER, 'Hamas,,Hamas,حماس,name,', 'Gaza,,Gaza,غزة,name,', 'Hamas,,le Hamas,حماس,name,'),
    );
    expect(error.location).toEqual({ file: 'test.csv', line: 4 });
    expect(error.message).toBe('"Hamas" conflicts with "Hamas" defined at test.csv:2: expected fr "Hamas" as there, got fr "le Hamas"');
    expect(error.hint).toContain('make the two rows agree');
  });

  it('rejects a variant that is another entry’s source with other targets', () => {
    const error = glossaryErrorOf(() =>
      glossaryOf(HEADER, 'Islamic State (IS),Islamic State,groupe État islamique (EI),تنظيم الدولة الإسلامية,name,', 'Islamic State,,État islamique,تنظيم الدولة الإسلامية,name,'),
    );
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain('"Islamic State" conflicts with "Islamic State" defined at test.csv:2');
  });

  it('compares forms after folding apostrophes and whitespace', () => {
    const error = glossaryErrorOf(() =>
      glossaryOf(HEADER, "Iraq's Foreign Ministry,,ministère irakien des Affaires étrangères,وزارة الخارجية العراقية,,", 'Iraq’s  Foreign Ministry,,ministère des Affaires étrangères,وزارة الخارجية العراقية,,'),
    );
    expect(error.location?.line).toBe(3);
  });

  it('compares forms case-insensitively unless both are case-sensitive', () => {
    // "Air strike" (insensitive) would match the same text as "air strike".
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'air strike,,frappe aérienne,غارة جوية,,', 'Air strike,,frappe,غارة,,'));
    expect(error.location?.line).toBe(3);
    // "IS" (all capitals, so case-sensitive) and "Is" (a name) never match the same text.
    expect(() => glossaryOf(HEADER, 'IS,,EI,تنظيم الدولة الإسلامية,name,', 'Is,,Is,Is,name,')).not.toThrow();
  });

  it('reports a conflict across files with both file paths', () => {
    const error = glossaryErrorOf(() =>
      parseGlossary([
        { path: 'glossary/a-core.csv', content: 'en,fr,ar,note\nBaghdad,Bagdad,بغداد,\n' },
        { path: 'glossary/b-desk.csv', content: 'en,fr,ar,note\nGaza,Gaza,غزة,\nBaghdad,Baghdad,بغداد,\n' },
      ]),
    );
    expect(error.location).toEqual({ file: 'glossary/b-desk.csv', line: 3 });
    expect(error.message).toContain('defined at glossary/a-core.csv:2');
  });

  it('allows the same form in two rows when their targets agree', () => {
    const glossary = glossaryOf(HEADER, 'IS,ISIS,EI,تنظيم الدولة الإسلامية,name,', 'ISIS,,EI,تنظيم الدولة الإسلامية,name,');
    expect(glossary.entries).toHaveLength(2);
  });

  it('ignores languages that only one of the two rows defines', () => {
    const glossary = parseGlossary([
      { path: 'a.csv', content: 'en,fr,ar,note\nGaza,Gaza,غزة,\n' },
      { path: 'b.csv', content: 'en,fr,ar,es,note\nGaza,Gaza,غزة,Gaza,\n' },
    ]);
    expect(glossary.targetLangs).toEqual(['ar', 'es', 'fr']);
  });
});
