/**
 * Arabic sentence rules. Arabic has no letter case, so most English heuristics do not apply:
 * a sentence ends at ؟ ! ? . or …; the Arabic comma ، and semicolon ؛ never end one.
 * Plain data: see ./types.ts for the format.
 */
import { lineRules, listNumberRule } from './lines.js';
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
    /** Latin abbreviations in names quoted inside Arabic copy: "شركة Northwind Inc. أعلنت". */
    latinAbbreviations: [
      'Inc', 'Co', 'Corp', 'Ltd', 'LLC', 'PLC', 'Plc', 'Bros', 'Jr', 'Sr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof',
      'St', 'Mt', 'No', 'vs', 'Gen', 'Sen', 'Gov', 'Rep', 'Lt', 'Col', 'Capt',
    ],
    /** A speech verb opening an attribution after a quotation: «…؟» تساءلت ليلى. */
    speechVerbs: [
      'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'تساءل', 'تساءلت', 'سأل', 'سألت', 'صرح', 'صرّح',
      'صرحت', 'صرّحت', 'أكد', 'أكّد', 'أكدت', 'أكّدت', 'كتب', 'كتبت', 'غرد', 'غرّد', 'غردت', 'غرّدت',
      'هتف', 'هتفت', 'هتفوا', 'أعلن', 'أعلنت', 'حذر', 'حذّر', 'حذرت', 'حذّرت', 'رد', 'ردّ', 'ردت', 'ردّت',
      'أوضح', 'أوضحت', 'تابع', 'تابعت', 'بحسب', 'حسب', 'وفق', 'وفقا', 'وفقًا', 'على حد قول', 'صاح',
      'صاحت', 'أجاب', 'أجابت', 'روى', 'روت', 'اعتبر', 'اعتبرت',
    ],
    bylineWords: ['بقلم', 'By', 'BY'],
    bylineJoiners: ['و', 'and'],
    /** Words a hard-wrapped line may end on; a sub-head does not end on them. */
    lineEndWords: ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'التي', 'الذي', 'الذين', 'أو', 'ثم', 'قد', 'لا', 'ما', 'هذا', 'هذه', 'بين', 'بعد', 'قبل', 'منذ', 'حول'],
  },
  rules: [
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]،؛]' },
    listNumberRule,
    // Latin text quoted inside Arabic copy (addresses, names) follows the Latin habit.
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    // "د. أحمد", "ص. 12": a name or a number follows the abbreviation.
    {
      name: 'abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{M}\\p{N}.])(?:{{abbreviations}})\\.',
      after: '\\s+[\\p{L}\\p{N}]',
    },
    // "شركة Northwind Shipping Inc. أنها", "U.S. Steel": Latin abbreviations and initials.
    {
      name: 'latin-abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{latinAbbreviations}})\\.|(?:\\p{Lu}\\.)+)',
      after: '\\s+[\\p{L}\\p{N}]',
    },
    // «من سيدفع؟» تساءلت ليلى منصور. — a quotation and the attribution that follows it.
    {
      name: 'quotation-attribution',
      break: false,
      before: '[.!?؟…]+[\\s\\u00A0\\u202F]*[»”"]',
      after: '\\s+(?:{{speechVerbs}})(?![\\p{L}\\p{M}])',
    },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
  lineRules,
};
