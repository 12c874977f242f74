/**
 * Arabic words for term matching. Keys drop diacritics and tatweel and fold the letters writers
 * interchange (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي). A target word is a form's word when,
 * after a proclitic (و ف ب ك ل and their pairs وب ول فب فل وك فك), with or without the article
 * (ال, or لل after ل), its stem is the form word's stem: regular plural, dual and feminine endings
 * (ات ون ين ان تين تان ه) do not count, and neither does the form's own ال (definite or not).
 */
import { splitWords, type Morphology, type Word } from './words.js';

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const ENDINGS = ['تين', 'تان', 'ات', 'ون', 'ين', 'ان', 'ه'];
const FUNCTION_WORDS = new Set(['في', 'من', 'علي', 'الي', 'عن', 'بين', 'مع', 'و', 'ان', 'التي', 'الذي']);
const SHORTEST_STEM = 2;

export function foldArabic(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

export const arabic: Morphology = {
  words: (text: string): Word[] => splitWords(text, (raw) => [foldArabic(raw)]),
  same: (target, form) => {
    if (target === form) return true;
    const formStems = new Set(withoutArticle(form).flatMap(stems));
    return cores(target).some((core) => stems(core).some((candidate) => formStems.has(candidate)));
  },
  isFunctionWord: (key) => FUNCTION_WORDS.has(key),
};

/** The word without a proclitic and without the article, every way it can be read. */
function cores(word: string): string[] {
  const found: string[] = [];
  for (const proclitic of PROCLITICS) {
    if (!word.startsWith(proclitic)) continue;
    const rest = word.slice(proclitic.length);
    if (rest.length < SHORTEST_STEM) continue;
    found.push(...withoutArticle(rest));
    // ل + ال is written لل: the article's alef goes.
    if (proclitic.endsWith('ل') && rest.startsWith('ل') && rest.length > SHORTEST_STEM) found.push(rest.slice(1));
  }
  return found;
}

function withoutArticle(word: string): string[] {
  return word.startsWith('ال') && word.length > 2 + SHORTEST_STEM - 1 ? [word, word.slice(2)] : [word];
}

function stems(word: string): string[] {
  const found = [word];
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM + 1) found.push(word.slice(0, -ending.length));
  }
  return found;
}
