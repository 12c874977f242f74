/**
 * The words that carry values in French and Arabic target text, keyed by `foldWord` (lower case,
 * no accents, tashkeel or tatweel, one alef): months, weekdays, cardinals up to ten, ordinals up to
 * tenth, scale words and percent words. Month abbreviations are without their dot (`déc`), and
 * `sept` is the number seven, never September. Two-word entries (`pour cent`, `كانون الأول`) are keyed
 * with one space.
 */

export type NumberLanguage = 'fr' | 'ar';

export interface ValueWords {
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  /** Written-out cardinals a desk may use for a small number (`deux`, `ثلاثة`). */
  readonly cardinals: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  /** A scale word after a number multiplies it: French `billion` is 10^12 (long scale). */
  readonly scales: ReadonlyMap<string, number>;
  /** A word that is a number on its own: `mille`, `ألف`, the Arabic duals `مليونان`, `ألفين`, `يومين`. */
  readonly standalone: ReadonlyMap<string, number>;
  readonly percent: ReadonlySet<string>;
  /** Words that make the next number negative (`moins 5 °C`). */
  readonly minus: ReadonlySet<string>;
  /** Words before a minus word that make it no sign (`au moins 17` is at least 17, `plus ou moins`). */
  readonly notMinusAfter: ReadonlySet<string>;
  /**
   * After a time: morning (`am`), afternoon and evening (`pm`), or night (`night`: an evening hour
   * from 6, a small hour before: Arabic `11 ليلا` is 23:00, `2 ليلا` 02:00).
   */
  readonly dayHalves: ReadonlyMap<string, DayHalf>;
  /** A noun for about so many (`une vingtaine`, `un millier`): it states a value the source gives as approximate. */
  readonly approximate: ReadonlyMap<string, number>;
  /** Words that join two days of one month (`les 5 et 12 décembre`, `du 5 au 7 mai`). */
  readonly dayLinks: ReadonlySet<string>;
  /** The word between a written-out day and its month (Arabic `الأول من آذار`). */
  readonly dayOf: ReadonlySet<string>;
  /** Fractions of an hour after a written-out hour (Arabic `الثانية والنصف`). */
  readonly hourFractions: ReadonlyMap<string, number>;
  /** The word before a time (Arabic `الساعة`): a written-out ordinal after it is an hour. */
  readonly clockWords: ReadonlySet<string>;
  /** The hour word of a French time (`14 h 30`, `14 heures`). */
  readonly hourWords: ReadonlySet<string>;
  /** A word glued to a digit that makes it an ordinal (`1er`, `21e`). */
  readonly ordinalSuffixes: ReadonlySet<string>;
  /** A word after a cardinal that adds ten (Arabic `ثلاثة عشر` = 13). */
  readonly teen: ReadonlySet<string>;
  /** A scale letter that is one only before a currency sign (`2,3 M€`; `5 m` is five metres). */
  readonly currencyScales: ReadonlyMap<string, number>;
  /** Words after a scale that add half of it (`deux millions et demi`; Arabic `مليون ونصف`, with و). */
  readonly half: ReadonlySet<string>;
  /** Words after a number (and its unit) that make it negative (`3 degrés sous zéro`, `3 درجات تحت الصفر`). */
  readonly belowZero: ReadonlySet<string>;
  /** One-letter prefixes a value word may carry (Arabic و ف ب ل). */
  readonly proclitics: readonly string[];
  /** The conjunction that adds the smaller part of a composite number (Arabic و: `41 ألفا و788`); undefined in French. */
  readonly and?: string;
}

export type DayHalf = 'am' | 'pm' | 'night';

/** The key a word is looked up by: lower case, without combining marks or tatweel, ى as ي. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\p{M}\u0640]/gu, '').toLowerCase().replace(/ى/gu, 'ي');
}

const keyed = <V>(entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> => new Map(entries.map(([word, value]) => [foldWord(word), value]));
const numbered = (groups: ReadonlyArray<readonly string[]>, first = 1): ReadonlyMap<string, number> =>
  keyed(groups.flatMap((words, index) => words.map((word) => [word, index + first] as const)));
const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

const french: ValueWords = {
  months: numbered([
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ]),
  weekdays: numbered([['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']], 0),
  cardinals: new Map([
    ...numbered([['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix'], ['onze'], ['douze'], ['treize'], ['quatorze'], ['quinze'], ['seize']]),
    ...keyed([
      ['vingt', 20],
      ['trente', 30],
      ['quarante', 40],
      ['cinquante', 50],
      ['soixante', 60],
    ]),
  ]),
  ordinals: numbered([
    ['premier', 'première', 'premiers', 'premières'],
    ['deuxième', 'second', 'seconde'],
    ['troisième'],
    ['quatrième'],
    ['cinquième'],
    ['sixième'],
    ['septième'],
    ['huitième'],
    ['neuvième'],
    ['dixième'],
  ]),
  scales: keyed([
    ['mille', 1e3],
    ['million', 1e6],
    ['millions', 1e6],
    ['milliard', 1e9],
    ['milliards', 1e9],
    ['Md', 1e9],
    ['Mds', 1e9],
    ['Mrd', 1e9],
    ['Mrds', 1e9],
    ['billion', 1e12],
    ['billions', 1e12],
    ['trillion', 1e18],
    ['trillions', 1e18],
  ]),
  standalone: keyed([['mille', 1e3]]),
  percent: wordSet(['pour cent', 'pourcent']),
  minus: wordSet(['moins']),
  notMinusAfter: wordSet(['au', 'ou', 'du', 'le', 'les']),
  dayHalves: keyed<DayHalf>([
    ['am', 'am'],
    ['pm', 'pm'],
    ['du matin', 'am'],
    ['du soir', 'pm'],
  ]),
  approximate: keyed([
    ['dizaine', 10],
    ['douzaine', 12],
    ['quinzaine', 15],
    ['vingtaine', 20],
    ['trentaine', 30],
    ['quarantaine', 40],
    ['cinquantaine', 50],
    ['soixantaine', 60],
    ['centaine', 100],
    ['millier', 1e3],
  ]),
  dayLinks: wordSet(['et', 'au', 'ou']),
  dayOf: new Set(),
  hourFractions: new Map(),
  clockWords: new Set(),
  hourWords: wordSet(['h', 'heure', 'heures']),
  ordinalSuffixes: wordSet(['er', 're', 'ère', 'e', 'ème', 'eme', 'nd', 'nde']),
  teen: new Set(),
  currencyScales: keyed([
    ['k', 1e3],
    ['M', 1e6],
  ]),
  half: wordSet(['et demi', 'et demie']),
  belowZero: wordSet(['sous zéro']),
  proclitics: [],
};

/** Arabic tens as ordinals and in compound ordinals (`العشرين`, `الحادي والعشرين`). */
const arabicTens = ['العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'].flatMap((nominative, index) => [
  [nominative, (index + 2) * 10] as const,
  [`${nominative.slice(0, -2)}ين`, (index + 2) * 10] as const,
]);

/** Arabic hundreds, in the spelling with and without alef (`مئة`, `مائة`): one word each, duals included. */
const arabicHundreds = ['', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((unit, index) => {
  const value = index === 0 ? 100 : (index + 2) * 100;
  return ['مئة', 'مائة'].map((hundred) => [`${unit}${hundred}`, value] as const);
});
const arabicTwoHundred = ['مئتان', 'مئتين', 'مئتي', 'مائتان', 'مائتين', 'مائتي', 'مئتا', 'مائتا'].map((word) => [word, 200] as const);

/** Arabic tens as cardinals (`خمسين ألف`): the ordinals' forms without the article. */
const arabicCardinalTens = arabicTens.map(([word, value]) => [word.slice(2), value] as const);

/**
 * Nouns of wire copy in the dual, which Arabic writes for two of them (`2 days` is `يومين`, never
 * `2 يوم`): each states the value 2. Only nouns whose dual is not also a plural (`مدنيين` is both).
 */
const arabicDuals = ['يوم', 'عام', 'شهر', 'أسبوع', 'شخص', 'طفل', 'رجل', 'جندي', 'صاروخ'].flatMap((noun) => [`${noun}ين`, `${noun}ان`])
  .concat(['سنتين', 'سنتان', 'ساعتين', 'ساعتان', 'دقيقتين', 'دقيقتان', 'مرتين', 'مرتان', 'امرأتين', 'امرأتان', 'دولتين', 'دولتان', 'طائرتين', 'طائرتان'])
  .map((word) => [word, 2] as const);

const arabic: ValueWords = {
  months: numbered([
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول'],
  ]),
  weekdays: numbered([['الأحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']], 0),
  cardinals: new Map([...numbered([
    ['واحد', 'واحدة'],
    ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
    ['ثلاثة', 'ثلاث'],
    ['أربعة', 'أربع'],
    ['خمسة', 'خمس'],
    ['ستة', 'ست'],
    ['سبعة', 'سبع'],
    ['ثمانية', 'ثماني', 'ثمان'],
    ['تسعة', 'تسع'],
    ['عشرة', 'عشر'],
  ]), ...keyed([...arabicCardinalTens, ...arabicHundreds, ...arabicTwoHundred])]),
  ordinals: new Map([...numbered([
    ['الأول', 'الأولى', 'أول', 'الحادي', 'الحادية'],
    ['الثاني', 'الثانية', 'ثاني'],
    ['الثالث', 'الثالثة', 'ثالث'],
    ['الرابع', 'الرابعة'],
    ['الخامس', 'الخامسة'],
    ['السادس', 'السادسة'],
    ['السابع', 'السابعة'],
    ['الثامن', 'الثامنة'],
    ['التاسع', 'التاسعة'],
    ['العاشر', 'العاشرة'],
  ]), ...keyed(arabicTens)]),
  scales: keyed([
    ['مئة', 100],
    ['مائة', 100],
    ['ألف', 1e3],
    ['ألفا', 1e3],
    ['آلاف', 1e3],
    ['مليون', 1e6],
    ['ملايين', 1e6],
    ['مليونا', 1e6],
    ['مليار', 1e9],
    ['مليارات', 1e9],
    ['مليارا', 1e9],
    ['بليون', 1e9],
    ['تريليون', 1e12],
    ['تريليونات', 1e12],
  ]),
  standalone: keyed([
    ...arabicDuals,
    ['ألف', 1e3],
    ['ألفان', 2e3],
    ['ألفين', 2e3],
    ['ألفي', 2e3],
    ['مليون', 1e6],
    ['مليونان', 2e6],
    ['مليونين', 2e6],
    ['مليوني', 2e6],
    ['مليار', 1e9],
    ['ملياران', 2e9],
    ['مليارين', 2e9],
    ['ملياري', 2e9],
    ['تريليون', 1e12],
  ]),
  percent: wordSet(['في المئة', 'في المائة', 'بالمئة', 'بالمائة']),
  minus: wordSet(['ناقص', 'سالب']),
  notMinusAfter: new Set(),
  dayHalves: keyed<DayHalf>([
    ['صباحا', 'am'],
    ['صباح', 'am'],
    ['فجرا', 'am'],
    ['مساء', 'pm'],
    ['مساءا', 'pm'],
    ['ظهرا', 'pm'],
    ['بعد الظهر', 'pm'],
    ['بعد الظهيرة', 'pm'],
    ['عصرا', 'pm'],
    ['ليلا', 'night'],
  ]),
  approximate: new Map(),
  dayLinks: wordSet(['و', 'إلى', 'حتى']),
  dayOf: wordSet(['من']),
  hourFractions: keyed([
    ['والنصف', 30],
    ['والربع', 15],
    ['والثلث', 20],
  ]),
  clockWords: wordSet(['الساعة']),
  hourWords: new Set(),
  ordinalSuffixes: new Set(),
  teen: wordSet(['عشر', 'عشرة']),
  currencyScales: new Map(),
  half: wordSet(['نصف']),
  belowZero: wordSet(['تحت الصفر']),
  proclitics: ['و', 'ف', 'ب', 'ل'],
  and: 'و',
};

/** The value words of a target language; undefined for a language this reader does not know. */
export function valueWordsFor(lang: string): { readonly lang: NumberLanguage; readonly words: ValueWords } | undefined {
  if (lang === 'fr') return { lang, words: french };
  if (lang === 'ar') return { lang, words: arabic };
  return undefined;
}
