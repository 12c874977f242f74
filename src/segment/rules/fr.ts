/**
 * French sentence rules (AFP French-desk conventions: « guillemets », U+202F/U+00A0 before
 * ? ! and inside guillemets). Plain data: see ./types.ts for the format.
 */
import { lineRules, listNumberRule } from './lines.js';
import type { LanguageRules } from './types.js';

export const fr: LanguageRules = {
  lang: 'fr',
  terminals: '.?!…',
  closers: '"”’\')]»',
  // French sets a (narrow) no-break space before the closing guillemet: « Partons. », “ Partons ! ”
  spacedClosers: '»”',
  lists: {
    /** Never end a sentence: a name or a term always follows. */
    prefixes: [
      'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Drs', 'Pr', 'Me', 'Mgr', 'St', 'Ste',
      'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Sgt',
      'av', 'apr', 'cf', 'env', 'p. ex', 'c.-à-d', 'boul', 'bd', 'éd', 'coll', 'dir', 'trad',
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
    /** Attribution verbs after a quoted question or exclamation: « Pourquoi ? » M. Haddad s’interroge. */
    speechVerbs: [
      'dit', 'déclare', 'déclaré', 'explique', 'expliqué', 'demande', 'demandé', 'interroge',
      'interrogé', 'affirme', 'affirmé', 'ajoute', 'ajouté', 'lance', 'lancé', 'écrit', 'tweeté',
      'insiste', 'insisté', 'prévient', 'prévenu', 'averti', 'martèle', 'martelé', 'souligne',
      'souligné', 'estime', 'estimé', 'raconte', 'raconté', 'confie', 'confié', 'exclame', 'exclamé',
      'répond', 'répondu', 'crie', 'crié', 'scandé', 'scandent', 'rappelle', 'rappelé', 'assure',
      'assuré', 'déplore', 'déploré', 'dénonce', 'dénoncé', 'témoigne', 'témoigné', 'poursuit',
      'poursuivi', 'résume', 'résumé', 'commente', 'commenté',
    ],
    bylineWords: ['Par', 'PAR'],
    bylineJoiners: ['et', 'ET', '&', 'de', 'du', 'des', 'van', 'von', 'al', 'ben', 'el', 'le', 'la'],
    lineEndWords: [
      'le', 'la', 'les', 'l’', "l'", 'de', 'des', 'du', 'd’', "d'", 'un', 'une', 'et', 'ou', 'à', 'au',
      'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'que', 'qui', 'dont', 'ne', 'pas',
      'est', 'sont', 'a', 'ont', 'été', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces',
      'il', 'elle', 'ils', 'elles', 'selon', 'entre', 'contre', 'après', 'avant', 'depuis',
    ],
    /** Elided starters: followed directly by a letter ("L’armée"). */
    elidedStarters: ['L’', "L'", 'D’', "D'", 'C’', "C'", 'Qu’', "Qu'", 'S’', "S'", 'J’', "J'", 'N’', "N'"],
  },
  rules: [
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]]' },
    listNumberRule,
    // « Qui paiera ? » demande-t-il. — attribution and incises start in lower case.
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    { name: 'prefix-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{prefixes}})\\.', after: '\\s' },
    { name: 'numbered-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{numbered}})\\.', after: '\\s+\\d' },
    // "… du riz, de l’huile, etc. La police …": "etc." before a capital ends the sentence.
    { name: 'etc-then-capital', break: true, before: '(?<![\\p{L}\\p{N}.])etc\\.', after: '\\s+[\\p{Pi}\\p{Ps}"\'\\s]*\\p{Lu}' },
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
    // « Pourquoi maintenant ? » M. Haddad s’interroge. — a capitalised subject of at most four
    // words (or one with a comma-appositive), then a speech verb, maybe after "a" or "s’".
    {
      name: 'quoted-question-attribution',
      break: false,
      before: '[?!…]+[\\s\\u00A0\\u202F]*[»”"]',
      after:
        // A negated verb ("Personne n’a répondu") is a new sentence, not an attribution.
        '\\s+\\p{Lu}[\\p{L}.’\'-]{0,30}(?:\\s+(?!n[’\']|ne\\s)[\\p{L}.’\'-]{1,30}){0,3}(?:,[^,.!?«»]{1,80},)?' +
        '\\s+(?:a\\s+|s’|s\')?(?:{{speechVerbs}})(?![\\p{L}])',
    },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
  lineRules,
};
