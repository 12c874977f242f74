import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/terms/index.js';
import { entryNamed, glossaryErrorOf, glossaryOf } from './helpers.js';

describe('forbidden renderings (<tag>_forbidden columns)', () => {
  it('reads the optional fr_forbidden and ar_forbidden cells, |-separated, per target language', () => {
    const glossary = glossaryOf(
      'en,fr,fr_forbidden,ar,AR_Forbidden,note',
      'IS,EI,Daech | Etat islamique,تنظيم الدولة الإسلامية,داعش,',
      'Hamas,Hamas,,حماس,,',
    );
    expect(entryNamed(glossary, 'IS').targetForbidden).toEqual({ fr: ['Daech', 'Etat islamique'], ar: ['داعش'] });
    expect(entryNamed(glossary, 'Hamas').targetForbidden).toBeUndefined();
  });

  it('keeps the hash of a termbase without forbidden forms, and changes it when one is added', () => {
    const plain = glossaryOf('en,fr,ar,note', 'IS,EI,تنظيم الدولة الإسلامية,');
    const emptyColumn = glossaryOf('en,fr,ar,note,fr_forbidden', 'IS,EI,تنظيم الدولة الإسلامية,,');
    const withForm = glossaryOf('en,fr,ar,note,fr_forbidden', 'IS,EI,تنظيم الدولة الإسلامية,,Daech');
    expect(emptyColumn.hash).toBe(plain.hash);
    expect(withForm.hash).not.toBe(plain.hash);
    expect(parseGlossary([{ path: 'a.csv', content: 'en,fr,ar,note\nIS,EI,تنظيم الدولة الإسلامية,\n' }]).hash).toBe(plain.hash);
  });

  it('refuses a form both accepted and forbidden, and a forbidden column with no target column', () => {
    const both = glossaryErrorOf(() => glossaryOf('en,fr,fr_variants,fr_forbidden,ar,note', 'IS,EI,Daech,Daech,تنظيم,'));
    expect(both.location).toEqual({ file: 'test.csv', line: 2 });
    expect(both.message).toContain('"Daech" in "fr_forbidden" is also the required rendering or an accepted variant');
    const orphan = glossaryErrorOf(() => glossaryOf('en,fr,ar,es_forbidden,note', 'IS,EI,تنظيم,x,'));
    expect(orphan.message).toContain('column "es_forbidden" has no "es" column to go with');
    const source = glossaryErrorOf(() => glossaryOf('en,en_forbidden,fr,ar,note', 'IS,x,EI,تنظيم,'));
    expect(source.message).toContain('unknown column "en_forbidden"');
  });
});
