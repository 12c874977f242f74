/**
 * Arabic sentence rules. Arabic has no letter case, so most English heuristics do not apply:
 * a sentence ends at ؟ ! ? . or …; the Arabic comma ، and semicolon ؛ never end one.
 * Plain data: see ./types.ts for the format.
 */
import type { LanguageRules } from './types.js';

export const ar: LanguageRules = {
  lang: 'ar',
  terminals: '.?!؟…',
  closers: '"”’\')]»',
  spacedClosers: '»',
  lists: {
    /**
     * Abbreviations (without their dot): د. doctor, م. engineer or AD, أ. professor,
     * ص. page, ج. volume, ق.م. BC, هـ. Hijri year.
     */
    abbreviations: ['د', 'م', 'أ', 'ص', 'ج', 'ق.م', 'هـ'],
  },
  rules: [
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]،؛]' },
    // Latin text quoted inside Arabic copy (addresses, names) follows the Latin habit.
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    // "د. أحمد", "ص. 12": a name or a number follows the abbreviation.
    {
      name: 'abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{M}\\p{N}.])(?:{{abbreviations}})\\.',
      after: '\\s+[\\p{L}\\p{N}]',
    },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
};
