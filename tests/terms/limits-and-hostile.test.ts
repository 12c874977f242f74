/**
 * The termbase's size limits give clear errors, and hostile termbases still parse right at
 * modest sizes (time growth: `npm run bench:growth`).
 */
import { describe, expect, it } from 'vitest';
import { matchTerms, compileTermMatcher, parseGlossary } from '../../src/terms/index.js';
import { TERM_MAX_CHARACTERS, TERMBASE_MAX_ROWS } from '../../src/terms/limits.js';
import { glossaryErrorOf, glossaryOf } from './helpers.js';

const HEADER = 'en,en_variants,fr,ar,type,note';

describe('termbase limits', () => {
  it('refuses a 10,000-word term with file:line and the limit', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'Gaza,,Gaza,غزة,,', `${Array(10_000).fill('word').join(' ')},,mot,كلمة,,`));
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.message).toBe(`"en" cell has a form of 49999 characters: a term, variant or rendering has at most ${TERM_MAX_CHARACTERS}`);
  });

  it('refuses a variant or a rendering over the limit, naming its column', () => {
    const long = 'x'.repeat(TERM_MAX_CHARACTERS + 1);
    expect(glossaryErrorOf(() => glossaryOf(HEADER, `Gaza,Gaza Strip|${long},Gaza,غزة,,`)).message).toMatch(/^"en_variants" cell has a form of 201 characters/u);
    expect(glossaryErrorOf(() => glossaryOf(HEADER, `Gaza,,${long},غزة,,`)).message).toMatch(/^"fr" cell has a form of 201 characters/u);
  });

  it('accepts a term of exactly the limit, and a long note', () => {
    const term = 'x'.repeat(TERM_MAX_CHARACTERS);
    const glossary = glossaryOf(HEADER, `${term},,${term},غزة,,${'a long note '.repeat(100)}`);
    expect(glossary.entries[0]!.source).toBe(term);
  });

  it('refuses the first row past the row limit, counting every file', () => {
    // Rows as short as they come: the limit is checked before any row is read as an entry.
    const rows = (count: number) => 'x,x,x,\n'.repeat(count).trimEnd();
    const first = Math.floor(TERMBASE_MAX_ROWS / 2);
    const error = glossaryErrorOf(() =>
      parseGlossary([
        { path: 'glossary/a.csv', content: `en,fr,ar,note\n${rows(first - 1)}\n` },
        { path: 'glossary/b.csv', content: `en,fr,ar,note\n${rows(TERMBASE_MAX_ROWS - first + 5)}\n` },
      ]),
    );
    // a.csv holds `first` rows with its header; b.csv's header is its line 1.
    expect(error.location).toEqual({ file: 'glossary/b.csv', line: TERMBASE_MAX_ROWS - first + 1 });
    expect(error.message).toContain('more than 50,000 rows');
  });
});

describe('hostile termbases', () => {
  it('gives thousands of identical rows distinct ids, in content order', () => {
    const glossary = glossaryOf('en,fr,ar,note', ...Array(3000).fill('Baghdad,Bagdad,بغداد,'));
    const ids = glossary.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(3000);
    expect(ids.slice(0, 3)).toEqual(['baghdad', 'baghdad-2', 'baghdad-3']);
    expect(ids.at(-1)).toBe('baghdad-3000');
  });

  it('reports the first of thousands of agreeing rows that a later row contradicts', () => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, ...Array(3000).fill('Hamas,,Hamas,حماس,name,'), 'Hamas,,le Hamas,حماس,name,'));
    expect(error.location?.line).toBe(3002);
    expect(error.message).toContain('defined at test.csv:2:');
  });

  it('checks a case-insensitive form against every case-sensitive spelling before it', () => {
    const spellings = ['US', 'Us', 'uS'].map((form) => `${form},,${form},${form},name,`);
    const error = glossaryErrorOf(() => glossaryOf(HEADER, ...spellings, ...spellings, 'us,,nous,نحن,term,'));
    expect(error.message).toBe('"us" conflicts with "US" defined at test.csv:2: expected fr "US" as there, got fr "nous"');
  });

  it('matches a term of the longest allowed length in text that repeats its beginning', () => {
    const words = Array(TERM_MAX_CHARACTERS / 2 - 1).fill('a');
    const term = `${words.join(' ')} b`;
    const matcher = compileTermMatcher(glossaryOf(HEADER, `${term},,t,t,,`));
    const text = `${Array(2000).fill('a').join(' ')} b a b`;
    const hits = matchTerms(text, matcher);
    expect(hits.map((hit) => [hit.start, hit.end])).toEqual([[text.length - 4 - term.length, text.length - 4]]);
  });
});

describe('characters that are not text in the termbase', () => {
  it.each([
    ['U+FFFF', '\uFFFF'],
    ['U+FDEF', '\uFDEF'],
    ['U+000B', '\u000B'],
  ])('refuses %s with file:line', (codePoint, char) => {
    const error = glossaryErrorOf(() => glossaryOf(HEADER, 'Gaza,,Gaza,غزة,,', `Hamas,,Hamas${char},حماس,name,`));
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.message).toBe(`character ${codePoint}, which is not text (a control character or a Unicode noncharacter)`);
  });
});
