/**
 * The status of one glossary entry in one target text: `ok` (the house form or an accepted
 * variant, in any inflection the language's matcher allows, or an echo of the source's own
 * wording), `violation` (evidence the concept was rendered, not the house way) or `missing`.
 */
import { termRendering, type GlossaryEntry, type LanguageTag } from '../../model.js';
import { isAllCapitals } from '../../terms/case-rules.js';
import { formKey } from '../../terms/tokens.js';
import { baseLanguage } from '../../util/language-tag.js';
import { arabic } from './arabic.js';
import { french } from './french.js';
import { foldLatin, nameSkeleton } from './latin.js';
import { findForm, findPartialForm, type FormMatch } from './match.js';
import { splitWords, type Morphology, type Word } from './words.js';

export type TermStatus =
  | { readonly status: 'ok' }
  | { readonly status: 'missing' }
  | { readonly status: 'violation'; readonly reason: string; readonly start: number; readonly end: number };

export interface TermInTarget {
  readonly entry: GlossaryEntry;
  readonly lang: LanguageTag;
  /** The entry's forms as the source wrote them (its hits' texts). */
  readonly sourceTexts: readonly string[];
  /**
   * The entry's forms the source wrote in a plural the termbase does not list (`jihadists`): English
   * that may be left in, never a variant's wording for the target to echo.
   */
  readonly pluralTexts?: readonly string[];
  readonly target: string;
  /**
   * Ranges of the target that render other entries found in the same source: their words are no
   * evidence for this one (`Hezbollah` rendered for Hezbollah is not a truncated `Brigades du Hezbollah`).
   */
  readonly claimed?: readonly TargetRange[];
}

export interface TargetRange {
  readonly start: number;
  readonly end: number;
}

/** Latin text compared as written, case and accents folded: other languages, and English left in. */
const latin: Morphology = {
  words: (text) => splitWords(text, (raw) => [foldLatin(raw)]),
  same: (target, form) => target === form,
  isFunctionWord: () => false,
  refersBack: () => false,
};

function morphologyFor(lang: LanguageTag): Morphology {
  const base = baseLanguage(lang);
  return base === 'ar' ? arabic : base === 'fr' ? french : latin;
}

/** The entry's status in the target; undefined when the termbase has no rendering for the language. */
export function termStatus({ entry, lang, sourceTexts, pluralTexts = [], target, claimed = [] }: TermInTarget): TermStatus | undefined {
  const rendering = termRendering(entry, lang);
  if (rendering === undefined) return undefined;
  const morphology = morphologyFor(lang);
  const words = morphology.words(target);
  const find = (form: string): FormMatch | undefined => findForm(keysOf(form, morphology), words, morphology.same);
  // Only a variant's wording can be echoed: the canonical form is the one the termbase translates.
  const variantTexts = sourceTexts.filter((text) => formKey(text, false) !== formKey(entry.source, false));
  const echoes = variantTexts.map(nameSkeleton);

  for (const form of rendering.forbidden) {
    const found = find(form);
    if (found && !echoes.includes(nameSkeleton(form))) {
      return violation(`“${form}” is a forbidden rendering; the house form is “${rendering.target}”`, found);
    }
  }
  const houseForms = [rendering.target, ...rendering.variants];
  const englishForms = [...new Set([...sourceTexts, ...pluralTexts, entry.source, ...entry.sourceVariants])];
  for (const form of houseForms) {
    const found = find(form);
    if (!found) continue;
    if (baseLanguage(lang) === 'fr') {
      const elision = elisionBeforeHAspire(entry, form, words, found);
      if (elision) {
        const name = elision.name.raw;
        return violation(`elision before an h aspiré: write “le ${name}” or “du ${name}”, never “${elision.article.raw}’${name}”`, { start: elision.article.start, end: elision.name.end });
      }
    }
    // Folded accents and stems let an English spelling pass for the house form (`Israel`, `Pentagon`):
    // written exactly so, and not a French inflection of the form (`drones`), it is English.
    const written = target.slice(found.start, found.end);
    const english = englishForms.find((text) => text === written && !houseForms.some((house) => isInflectionOf(written, house)));
    if (english !== undefined) return violation(`“${english}” is left in English; the house form is “${rendering.target}”`, found);
    return { status: 'ok' };
  }
  if (variantTexts.some((text) => isEchoed(text, target))) return { status: 'ok' };
  for (const text of englishForms) {
    const found = findEnglish(text, target);
    if (found) return violation(`“${text}” is left in English; the house form is “${rendering.target}”`, found);
  }
  const unclaimed = words.filter((word) => !claimed.some((range) => word.start < range.end && word.end > range.start));
  const misspelled = entry.type === 'name' ? findMisspelledName(houseForms, target, unclaimed, lang) : undefined;
  if (misspelled) return violation(`“${target.slice(misspelled.start, misspelled.end)}” is not the house spelling “${rendering.target}”`, misspelled);
  const partial = [rendering.target, ...rendering.variants]
    .map((form) => findPartialForm(keysOf(form, morphology), unclaimed, morphology))
    .filter((match) => match !== undefined)
    .sort((a, b) => b.found / b.of - a.found / a.of)[0];
  if (partial) {
    return violation(`“${target.slice(partial.start, partial.end)}” is not the house form “${rendering.target}”`, partial);
  }
  return { status: 'missing' };
}

/** Where the entry's house form or an accepted variant is in the target, if it is. */
export function houseFormRange(entry: GlossaryEntry, lang: LanguageTag, target: string): TargetRange | undefined {
  const rendering = termRendering(entry, lang);
  if (rendering === undefined) return undefined;
  const morphology = morphologyFor(lang);
  const words = morphology.words(target);
  for (const form of [rendering.target, ...rendering.variants]) {
    const found = findForm(keysOf(form, morphology), words, morphology.same);
    if (found) return found;
  }
  return undefined;
}

const INFLECTION_ENDINGS = ['', 's', 'x', 'e', 'es'];

/** `written` is `form` with, on each word, nothing or a plural or agreement ending added (`drones`, `États-Unis`). */
function isInflectionOf(written: string, form: string): boolean {
  const [writtenWords, formWords] = [written, form].map((text) => text.toLowerCase().split(/\s+/u));
  return writtenWords!.length === formWords!.length && writtenWords!.every((word, index) => INFLECTION_ENDINGS.some((ending) => word === formWords![index] + ending));
}

/** A name's skeleton shorter than this matches too many other words (`Homs`, `Hamas`). */
const SHORTEST_NAME_SKELETON = 4;
const ARABIC_PREFIX = /^(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]|[وف])/u;

/**
 * A name spelled another way (`Hezbolah`, `تيليغرام` for `تلغرام`, `البنتاجون`): a run of target
 * words, as long as a house form, with its consonant skeleton (`nameSkeleton`, ج and غ alike as
 * Egyptian writes g), and in Latin script the same first letter.
 */
function findMisspelledName(forms: readonly string[], target: string, words: readonly Word[], lang: LanguageTag): TargetRange | undefined {
  const written = [...new Map(words.map((word) => [word.start, word])).values()];
  const skeletonOf = (text: string): string => nameSkeleton(text).replace(/j/gu, 'g');
  const bare = (text: string): string[] => (baseLanguage(lang) === 'ar' ? [text, text.replace(ARABIC_PREFIX, '')] : [text]);
  for (const form of forms) {
    const skeletons = new Set(bare(form).map(skeletonOf).filter((skeleton) => skeleton.length >= SHORTEST_NAME_SKELETON));
    const length = splitWords(form, (raw) => [raw]).length;
    if (skeletons.size === 0) continue;
    for (let first = 0; first + length <= written.length; first++) {
      const range = { start: written[first]!.start, end: written[first + length - 1]!.end };
      const run = target.slice(range.start, range.end);
      if (bare(run).some((text) => skeletons.has(skeletonOf(text))) && sameInitial(run, form)) return range;
    }
  }
  return undefined;
}

function violation(reason: string, where: { readonly start: number; readonly end: number }): TermStatus {
  return { status: 'violation', reason, start: where.start, end: where.end };
}

function keysOf(form: string, morphology: Morphology): string[] {
  return morphology.words(form).map((word) => word.key);
}

/**
 * An elided article before an h aspiré, in or just before the found form: `l’Hezbollah`, `et
 * l’Hamas` in `guerre entre Israël et le Hamas`. Which words begin with one cannot be told from
 * spelling (`l’Hébron` is right): the termbase says so in the entry's note for the form's first
 * word, and the form itself when it writes an article unelided before an h (`le Hamas`).
 */
function elisionBeforeHAspire(entry: GlossaryEntry, form: string, words: readonly Word[], found: FormMatch): { article: Word; name: Word } | undefined {
  const formWords = french.words(form);
  const aspirated = new Set(
    formWords.filter((word, index) => /^h/iu.test(word.raw) && (index === 0 ? /h aspir[ée]/iu.test(entry.note) : isUnelidedArticle(formWords[index - 1]!))).map((word) => word.key),
  );
  if (aspirated.size === 0) return undefined;
  for (let index = Math.max(0, found.firstWord - 1); index + 1 < words.length && words[index + 1]!.start < found.end; index++) {
    const [article, name] = [words[index]!, words[index + 1]!];
    if (article.elided && article.end + 1 === name.start && aspirated.has(name.key)) return { article, name };
  }
  return undefined;
}

function isUnelidedArticle(word: Word): boolean {
  return !word.elided && (word.key === 'le' || word.key === 'de');
}

/** The source's wording, in the source's words, in the target: case and accents aside; an all-capitals form as written. */
function findEnglish(text: string, target: string): FormMatch | undefined {
  const keys = latin.words(text).map((word) => word.key);
  const found = findForm(keys, latin.words(target), latin.same);
  if (!found || !isAllCapitals(text)) return found;
  return target.slice(found.start, found.end) === text ? found : undefined;
}

/**
 * The target echoes a source variant (`Daesh` → `Daech`, `داعش`): a run of target words with the
 * variant's name skeleton. The variant written out verbatim in several words (`Islamic State
 * group`), or an English acronym verbatim (`IRGC`, French `CGRI`), is English left in, not an echo.
 */
function isEchoed(sourceText: string, target: string): boolean {
  const skeleton = nameSkeleton(sourceText);
  const sourceWords = latin.words(sourceText);
  if (skeleton.length < 2 || sourceWords.length === 0) return false;
  const words: Word[] = latin.words(target);
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < Math.min(words.length, first + sourceWords.length + 1); last++) {
      // A vowel-only word (`a`, `y`, `ou`) at either end adds nothing to a skeleton.
      if (nameSkeleton(words[first]!.raw) === '' || nameSkeleton(words[last]!.raw) === '') continue;
      const run = target.slice(words[first]!.start, words[last]!.end);
      if (nameSkeleton(run) !== skeleton || !sameInitial(run, sourceText)) continue;
      const verbatim = foldLatin(run) === foldLatin(sourceText);
      if (!(verbatim && (sourceWords.length > 1 || isAllCapitals(sourceText)))) return true;
    }
  }
  return false;
}

/** Two Latin spellings of a name start with the same letter (`ISIL` is not `seul`); another script's cannot be told. */
function sameInitial(run: string, sourceText: string): boolean {
  const [a, b] = [foldLatin(run)[0] ?? '', foldLatin(sourceText)[0] ?? ''];
  return !/[a-z]/u.test(a) || a === b;
}
