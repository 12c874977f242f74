import { describe, expect, it } from 'vitest';
import { entryNamed, glossaryErrorOf, glossaryOf } from './helpers.js';

describe('termbase columns', () => {
  it('accepts the required columns in any order and any letter case', () => {
    const glossary = glossaryOf('Note,AR,fr,EN', 'a note,حماس,Hamas,Hamas');
    expect(glossary.sourceLang).toBe('en');
    expect(glossary.targetLangs).toEqual(['ar', 'fr']);
    expect(entryNamed(glossary, 'Hamas')).toMatchObject({ targets: { fr: 'Hamas', ar: 'حماس' }, note: 'a note' });
  });

  it('treats any other language-tag column as a target language, with its variants column', () => {
    const glossary = glossaryOf('en,fr,ar,es,pt-br,pt-BR_variants,note', 'air strike,frappe aérienne,غارة جوية,ataque aéreo,ataque aéreo,bombardeio aéreo,');
    expect(glossary.targetLangs).toEqual(['ar', 'es', 'fr', 'pt-BR']);
    const entry = entryNamed(glossary, 'air strike');
    expect(entry.targets['es']).toBe('ataque aéreo');
    expect(entry.targetVariants['pt-BR']).toEqual(['bombardeio aéreo']);
  });

  it('names the missing required column, on line 1, with expected and actual columns', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,ar,note', 'Hamas,حماس,'));
    expect(error.location).toEqual({ file: 'test.csv', line: 1 });
    expect(error.message).toContain('missing required column "fr"');
    expect(error.message).toContain('expected en, fr, ar, note; got en, ar, note');
    expect(error.hint).toBeDefined();
  });

  it('reports every missing required column at once', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr', 'Hamas,Hamas'));
    expect(error.message).toContain('missing required columns "ar", "note"');
  });

  it('rejects an unknown column name, listing what is expected', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note,kind', 'Hamas,Hamas,حماس,,name'));
    expect(error.location).toEqual({ file: 'test.csv', line: 1 });
    expect(error.message).toContain('unknown column "kind"');
    expect(error.message).toContain('type, case');
  });

  it('rejects a column named twice', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note,FR', ''));
    expect(error.message).toContain('column "fr" appears twice (columns 2 and 5)');
  });

  it('rejects a variants column without its language column', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note,de_variants', ''));
    expect(error.message).toContain('column "de_variants" has no "de" column');
  });

  it('takes the first non-blank row as the header and reports its line', () => {
    const error = glossaryErrorOf(() => glossaryOf('', ',,', 'en,fr,note'));
    expect(error.location?.line).toBe(3);
  });

  it('allows unnamed columns as long as their cells stay empty', () => {
    const glossary = glossaryOf('en,fr,ar,note,,', 'Hamas,Hamas,حماس,,,');
    expect(glossary.entries).toHaveLength(1);
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note,', 'Hamas,Hamas,حماس,,stray'));
    expect(error.location?.line).toBe(2);
    expect(error.message).toContain('unexpected value "stray" in column 5');
  });

  it('rejects content beyond the header, the mark of an unquoted comma', () => {
    const error = glossaryErrorOf(() => glossaryOf('en,fr,ar,note', 'Gaza,Gaza,غزة,la bande de Gaza, the territory'));
    expect(error.location?.line).toBe(2);
    expect(error.message).toContain('"the territory" in column 5');
    expect(error.hint).toContain('double quotes');
  });

  it('fills cells missing from a short row with empty values', () => {
    const glossary = glossaryOf('en,fr,ar,type,note', 'Telegram,,,dnt');
    expect(entryNamed(glossary, 'Telegram').note).toBe('');
  });
});
