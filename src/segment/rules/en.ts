/**
 * English sentence rules, tuned for news-agency copy (AP/Reuters/AFP house styles).
 * Plain data: see ./types.ts for the format and ../README.md for how to add a rule.
 */
import type { LanguageRules } from './types.js';

export const en: LanguageRules = {
  lang: 'en',
  terminals: '.?!…',
  closers: '"”’\')]',
  spacedClosers: '',
  lists: {
    /** Never end a sentence: a name or a term always follows. */
    prefixes: [
      'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Rev', 'Msgr', 'Fr', 'Hon', 'Amb',
      'Gen', 'Gens', 'Lt', 'Col', 'Cols', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt',
      'Spc', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Pres', 'Atty', 'Supt', 'Insp', 'Det',
      'Mt', 'Ft',
      // Datelines in capitals: "ST. LOUIS (AP) —".
      'ST', 'FT', 'MT',
      'vs', 'v', 'e.g', 'i.e', 'cf', 'approx',
    ],
    /** Never end a sentence when a number follows: "No. 2", "p. 14". */
    numbered: ['No', 'Nos', 'no', 'Art', 'art', 'Vol', 'vol', 'Fig', 'fig', 'p', 'pp', 'ch', 'para', 'ca'],
    /**
     * May end a sentence. Prefer not breaking after them: break only when a clear sentence
     * starter follows ("… in the U.S. The talks …", "… at 5 p.m. The group …").
     */
    ambiguous: [
      'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
      'a.m', 'p.m', 'etc',
      'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'Jr', 'Sr', 'St', 'Ave', 'Blvd', 'Rd', 'Dept',
      // US states as AP abbreviates them; two-letter ones (N.Y., D.C.) are initialisms.
      'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
      'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
      'Tenn', 'Vt', 'Va', 'W.Va', 'Wash', 'Wis', 'Wyo',
    ],
    /** Words that clearly open a sentence (function words and common wire openers). */
    starters: [
      'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their',
      'Our', 'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Yet', 'So', 'Or',
      'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With', 'Without', 'To', 'After', 'Before',
      'When', 'While', 'Where', 'If', 'Although', 'Though', 'Since', 'Because', 'Despite', 'During',
      'Under', 'Among', 'Until', 'Unlike', 'Meanwhile', 'However', 'Earlier', 'Later', 'Last',
      'Next', 'Still', 'Also', 'Both', 'Some', 'Many', 'Most', 'Several', 'All', 'Each', 'Other',
      'Such', 'Officials', 'Police', 'Authorities', 'Witnesses', 'Analysts', 'According', 'Asked',
      'Separately', 'What', 'Why', 'How', 'Who', 'One', 'Two', 'Three', 'Four', 'Five', 'Ten',
    ],
    /** Verbs of an attribution that follows a quoted question or exclamation. */
    speechVerbs: [
      'said', 'says', 'asked', 'asks', 'added', 'told', 'shouted', 'yelled', 'cried', 'wrote',
      'replied', 'declared', 'insisted', 'warned', 'tweeted', 'posted', 'stated', 'explained',
      'continued', 'exclaimed', 'recalled', 'wondered', 'demanded',
    ],
  },
  rules: [
    // A sentence never opens with a comma, a closing bracket or more dots (". . .").
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]]' },
    // News sentences open with a capital: "… and buy time", "e.g. the", "?” asked Smith".
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    { name: 'prefix-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{prefixes}})\\.', after: '\\s' },
    { name: 'numbered-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{numbered}})\\.', after: '\\s+[#(]?\\d' },
    {
      name: 'abbreviation-then-starter',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*(?:{{starters}})(?![\\p{L}\\p{N}])',
    },
    {
      name: 'ambiguous-abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s',
    },
    // "George W. Bush", "Plan B. Officials" is rarer than a middle initial.
    { name: 'initial', break: false, before: '(?<![\\p{L}\\p{N}.])\\p{Lu}\\.', after: '\\s' },
    // “Who will pay?” Sen. Jane Doe asked. — the quote and its attribution are one sentence:
    // a capitalized word, at most three more words, then a speech verb.
    {
      name: 'quoted-question-attribution',
      break: false,
      before: '[?!…][\\p{Pf}"\']',
      after: '\\s+\\p{Lu}[\\p{L}.’\'-]{0,30}\\s+(?:[\\p{L}.’\'-]{1,30}\\s+){0,3}(?:{{speechVerbs}})(?![\\p{L}])',
    },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
};
