/**
 * Latin-script words as a French reader compares them: case, accents and ligatures folded
 * (`ETAT` = `État`), so datelines in capitals and unaccented capitals match.
 */
export function foldLatin(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/gu, 'oe').replace(/æ/gu, 'ae');
}

/**
 * A consonant skeleton for comparing a name across spellings and scripts: `Daesh`, `Daech` and
 * `داعش` are all `dc`; `Hezbollah`, `Hizbullah` and `حزب الله` are `hzblh`. Vowels, ع and hamza
 * carry no weight; digraphs fold to one letter; repeats collapse.
 */
export function nameSkeleton(text: string): string {
  const latin = [...text.normalize('NFC')].map((char) => ARABIC_CONSONANTS[char] ?? char).join('');
  return foldLatin(latin)
    .replace(/[^a-z]/gu, '')
    .replace(/sch|sh|ch/gu, 'c')
    .replace(/kh|q|ck|c(?=[aou])/gu, 'k')
    .replace(/dh/gu, 'd')
    .replace(/th/gu, 't')
    .replace(/gh/gu, 'g')
    .replace(/dj/gu, 'j')
    .replace(/[aeiouyw]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

// Letters that are not vowels or ع/hamza, by their usual Latin transliteration.
const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: '', ي: 'y', و: 'w', ى: '',
  ا: '', أ: '', إ: '', آ: '', ء: '', ؤ: '', ئ: '', ع: '', ' ': ' ',
};
