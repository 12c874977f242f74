/**
 * French sentence rules (AFP French-desk conventions: « guillemets », U+202F/U+00A0 before
 * ? ! and inside guillemets). Plain data: see ./types.ts for the format.
 */
import type { LanguageRules } from './types.js';

export const fr: LanguageRules = {
  lang: 'fr',
  terminals: '.?!…',
  closers: '"”’\')]»',
  // French sets a (narrow) no-break space before the closing guillemet: « Partons. »
  spacedClosers: '»',
  lists: {
    /** Never end a sentence: a name or a term always follows. */
    prefixes: [
      'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Drs', 'Pr', 'Me', 'Mgr', 'St', 'Ste',
      'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Sgt',
      'av', 'apr', 'cf', 'env', 'p. ex', 'c.-à-d',
    ],
    /** Never end a sentence when a number follows: "p. 12", "art. 49". */
    numbered: ['p', 'pp', 'art', 'no', 'n', 'vol', 'chap', 'fig', 't'],
    /** May end a sentence: break only before a clear sentence starter. */
    ambiguous: ['etc', 'J.-C', 'É.-U', 'hab', 'Cie', 'Inc'],
    /** Words that clearly open a sentence. */
    starters: [
      'Le', 'La', 'Les', 'Il', 'Ils', 'Elle', 'Elles', 'On', 'Un', 'Une', 'Des', 'Ce', 'Cet',
      'Cette', 'Ces', 'Cela', 'Mais', 'Et', 'Or', 'En', 'Dans', 'Selon', 'Pour', 'Par', 'Au', 'Aux',
      'Du', 'De', 'Depuis', 'Après', 'Avant', 'Lors', 'Cependant', 'Pourtant', 'Alors', 'Son',
      'Sa', 'Ses', 'Leur', 'Leurs', 'Nous', 'Je', 'Vous', 'Sur', 'Sous', 'Avec', 'Sans', 'Plus',
      'Plusieurs', 'Certains', 'Aucun', 'Si', 'Quand', 'Lorsque', 'Parmi', 'Toutefois', 'Ainsi',
      'Enfin',
    ],
    /** Elided starters: followed directly by a letter ("L’armée"). */
    elidedStarters: ['L’', "L'", 'D’', "D'", 'C’', "C'", 'Qu’', "Qu'", 'S’', "S'", 'J’', "J'", 'N’', "N'"],
  },
  rules: [
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]]' },
    // « Qui paiera ? » demande-t-il. — attribution and incises start in lower case.
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    { name: 'prefix-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{prefixes}})\\.', after: '\\s' },
    { name: 'numbered-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{numbered}})\\.', after: '\\s+\\d' },
    {
      name: 'abbreviation-then-starter',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s+[\\p{Pi}\\p{Ps}"\'\\s]*(?:(?:{{starters}})(?![\\p{L}\\p{N}])|(?:{{elidedStarters}})\\p{L})',
    },
    {
      name: 'ambiguous-abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s',
    },
    { name: 'initial', break: false, before: '(?<![\\p{L}\\p{N}.])\\p{Lu}\\.', after: '\\s' },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
};
