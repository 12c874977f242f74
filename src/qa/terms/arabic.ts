/**
 * Arabic words for term matching. Keys drop diacritics and tatweel and fold the letters writers
 * interchange (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي). A target word is a form's word when,
 * after a proclitic (و ف ب ك ل and their pairs وب ول فب فل وك فك), with or without the article
 * (ال, or لل after ل), its stem is the form word's stem: regular plural, dual and feminine endings
 * (ات ون ين ان تين تان ه, and the و of a masculine plural in construct: `جهاديو تنظيم الدولة`) do
 * not count, and neither does the form's own ال (definite or not) or its own و or ف.
 */
import { splitWords, type Morphology, type Word } from './words.js';

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const ENDINGS = ['تين', 'تان', 'ات', 'ون', 'ين', 'ان', 'ه'];
const FUNCTION_WORDS = new Set(['في', 'من', 'علي', 'الي', 'عن', 'بين', 'مع', 'و', 'ان', 'التي', 'الذي']);
const SHORTEST_STEM = 2;
/** The article, after any proclitic; ل + ال is لل. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;
const DETACHED_CONJUNCTIONS = new Set(['و', 'ف']);

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
  words: (text: string): Word[] => joinDetachedConjunctions(splitWords(text, (raw) => [foldArabic(raw)])),
  same: (target, form) => {
    if (target === form) return true;
    const formStems = new Set(withoutConjunction(form).flatMap(withoutArticle).flatMap(stems));
    return cores(target).flatMap(withoutConstructPlural).some((core) => stems(core).some((candidate) => formStems.has(candidate)));
  },
  isFunctionWord: (key) => FUNCTION_WORDS.has(key),
  // The head of a construct name never takes the article (حزب الله, تنظيم القاعدة): الحزب, التنظيم
  // alone is "the party", "the organisation", a reference back, not a truncated name.
  refersBack: (target, formKeys) =>
    formKeys.length > 1 && !formKeys[0]!.startsWith('ال') && DEFINITE.test(target) && arabic.same(target, formKeys[0]!),
};

/** و or ف written apart (`إسرائيل و حماس`) is read as the proclitic it is: one word with the next. */
function joinDetachedConjunctions(words: readonly Word[]): Word[] {
  const joined: Word[] = [];
  for (let index = 0; index < words.length; index++) {
    const [word, next] = [words[index]!, words[index + 1]];
    if (!DETACHED_CONJUNCTIONS.has(word.key) || next === undefined) {
      joined.push(word);
      continue;
    }
    joined.push({ ...next, start: word.start, raw: word.raw + next.raw, key: word.key + next.key });
    index += 1;
  }
  return joined;
}

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

/** A form's own و or ف may go to a word the target puts before it (`وحماس` → `وحركة حماس`). */
function withoutConjunction(word: string): string[] {
  return DETACHED_CONJUNCTIONS.has(word[0] ?? '') && word.length > 1 + SHORTEST_STEM ? [word, word.slice(1)] : [word];
}

function withoutArticle(word: string): string[] {
  return word.startsWith('ال') && word.length > 2 + SHORTEST_STEM - 1 ? [word, word.slice(2)] : [word];
}

/**
 * A masculine plural in construct drops its ن (`جهاديون` → `جهاديو تنظيم الدولة`). Read so in the
 * target only: a form ending in و is a word of its own (`بيرو`).
 */
function withoutConstructPlural(word: string): string[] {
  return word.endsWith('و') && word.length - 1 >= SHORTEST_STEM + 1 ? [word, word.slice(0, -1)] : [word];
}

function stems(word: string): string[] {
  const found = [word];
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM + 1) found.push(word.slice(0, -ending.length));
  }
  return found;
}
