import { describe, expect, it } from 'vitest';
import { compileTermMatcher, describeTermsForNote, matchTerms } from '../../src/terms/index.js';
import { glossaryOf } from './helpers.js';

const glossary = glossaryOf(
  'en,en_variants,fr,fr_variants,ar,type,note',
  'Islamic State (IS),Islamic State,groupe État islamique (EI),État islamique|EI,تنظيم الدولة الإسلامية,name,EN IS -> FR EI',
  'Iran-backed armed groups,Iran-allied armed groups,groupes armés pro-Iran,,الفصائل الموالية لإيران,,',
  "Iraq's Foreign Ministry,,ministère irakien des Affaires étrangères,,وزارة الخارجية العراقية,,",
  'Telegram,,,,,dnt,brand name',
);
const matcher = compileTermMatcher(glossary);

describe('describeTermsForNote', () => {
  it('renders one "source → target" line per entry, with accepted variants and the note', () => {
    const hits = matchTerms('the Islamic State (IS) group and Islamic State fighters', matcher);
    expect(describeTermsForNote(hits, glossary, 'fr')).toBe(
      'Islamic State (IS) (“Islamic State”) → groupe État islamique (EI) (also: État islamique, EI) — EN IS -> FR EI',
    );
  });

  it('shows the form as written only when it differs by more than case, apostrophe or spacing', () => {
    const hits = matchTerms('Iraq’s Foreign Ministry said Iran-allied armed groups', matcher);
    expect(describeTermsForNote(hits, glossary, 'ar').split('\n')).toEqual([
      "Iraq's Foreign Ministry → وزارة الخارجية العراقية",
      'Iran-backed armed groups (“Iran-allied armed groups”) → الفصائل الموالية لإيران',
    ]);
  });

  it('marks do-not-translate terms', () => {
    expect(describeTermsForNote(matchTerms('on Telegram', matcher), glossary, 'fr')).toBe('Telegram → Telegram [do not translate] — brand name');
  });

  it('says when the termbase has no rendering for the language', () => {
    expect(describeTermsForNote(matchTerms('on Telegram', matcher), glossary, 'de')).toBe(
      'Telegram → (no de rendering in the termbase) [do not translate] — brand name',
    );
  });

  it('is empty without hits', () => {
    expect(describeTermsForNote([], glossary, 'fr')).toBe('');
  });
});
