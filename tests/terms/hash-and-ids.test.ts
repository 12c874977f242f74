import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/terms/index.js';
import { glossaryOf } from './helpers.js';

const HEADER = 'en,en_variants,fr,fr_variants,ar,type,note';
const ROWS = [
  'Islamic State (IS),Islamic State group|Islamic State,groupe État islamique (EI),État islamique|EI,تنظيم الدولة الإسلامية,name,EN IS -> FR EI',
  'Hamas,,Hamas,,حماس,name,h aspiré',
  'air strike,airstrike,frappe aérienne,,غارة جوية,,',
];

describe('glossary hash', () => {
  const hash = glossaryOf(HEADER, ...ROWS).hash;

  it('is a sha256 hex digest', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('does not change when rows are reordered or split across files', () => {
    expect(glossaryOf(HEADER, ROWS[2]!, ROWS[0]!, ROWS[1]!).hash).toBe(hash);
    const split = parseGlossary([
      { path: 'a.csv', content: [HEADER, ROWS[1]].join('\n') },
      { path: 'b.csv', content: [HEADER, ROWS[0], ROWS[2]].join('\n') },
    ]);
    expect(split.hash).toBe(hash);
  });

  it('does not change with cell whitespace, blank rows, column order or variant order', () => {
    const reshaped = glossaryOf(
      'note,ar,fr_variants,fr,type,en_variants,en',
      'EN IS -> FR EI  ,تنظيم الدولة الإسلامية,EI | État islamique,groupe État islamique (EI),name,Islamic State|Islamic State group,Islamic State (IS)',
      '',
      'h aspiré,حماس,,Hamas,name,,Hamas   ',
      ',غارة جوية,,frappe aérienne,,airstrike,air strike',
    );
    expect(reshaped.hash).toBe(hash);
  });

  it('changes when a target, a variant, the type, the case or a note changes', () => {
    const variants = [
      ROWS[1]!.replace('Hamas,,Hamas,,', 'Hamas,,le Hamas,,'),
      ROWS[1]!.replace('Hamas,,', 'Hamas,le Hamas,'),
      ROWS[1]!.replace(',name,', ',dnt,'),
      ROWS[1]!.replace('h aspiré', 'h aspiré: le/du Hamas'),
    ];
    for (const changed of variants) expect(glossaryOf(HEADER, ROWS[0]!, changed, ROWS[2]!).hash).not.toBe(hash);
    const insensitive = glossaryOf('en,fr,ar,type,case,note', 'Hamas,Hamas,حماس,name,insensitive,h aspiré');
    expect(insensitive.hash).not.toBe(glossaryOf('en,fr,ar,type,case,note', 'Hamas,Hamas,حماس,name,,h aspiré').hash);
  });
});

describe('entry ids', () => {
  it('are slugs of the canonical source', () => {
    const glossary = glossaryOf(
      'en,fr,ar,note',
      'Islamic State (IS),groupe État islamique (EI),تنظيم الدولة الإسلامية,',
      'Iraq’s Foreign Ministry,ministère irakien des Affaires étrangères,وزارة الخارجية العراقية,',
      'Résistance,Résistance,مقاومة,',
      'البنتاغون,Pentagone,البنتاغون,',
    );
    expect(glossary.entries.map((entry) => entry.id)).toEqual(['islamic-state-is', 'iraqs-foreign-ministry', 'resistance', 'term']);
  });

  it('are unique, disambiguated by content so that row order does not move them', () => {
    const rows = ['US,États-Unis,الولايات المتحدة,name,', 'Us,Us,Us,name,', 'us 2,x,x,,', 'U.S.,États-Unis,الولايات المتحدة,,'];
    const idsOf = (order: readonly string[]) =>
      Object.fromEntries(glossaryOf('en,fr,ar,type,note', ...order).entries.map((entry) => [entry.source, entry.id]));
    const ids = idsOf(rows);
    // "us-2" is the natural slug of "us 2", so the second "us" takes "us-3".
    expect(ids).toEqual({ US: 'us', Us: 'us-3', 'us 2': 'us-2', 'U.S.': 'u-s' });
    expect(idsOf([...rows].reverse())).toEqual(ids);
  });
});
