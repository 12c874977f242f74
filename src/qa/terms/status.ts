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
};

function morphologyFor(lang: LanguageTag): Morphology {
  const base = baseLanguage(lang);
  return base === 'ar' ? arabic : base === 'fr' ? french : latin;
}

/** The entry's status in the target; undefined when the termbase has no rendering for the language. */
export function termStatus({ entry, lang, sourceTexts, target, claimed = [] }: TermInTarget): TermStatus | undefined {
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
  for (const form of [rendering.target, ...rendering.variants]) {
    const found = find(form);
    if (!found) continue;
    const elided = words[found.firstWord - 1];
    if (baseLanguage(lang) === 'fr' && isHAspire(entry, form) && elided?.elided === true && elided.end + 1 === found.start) {
      return violation(`elision before an h aspiré: write “le ${form}” or “du ${form}”, never “${elided.raw}’${form}”`, { ...found, start: elided.start });
    }
    return { status: 'ok' };
  }
  if (variantTexts.some((text) => isEchoed(text, target))) return { status: 'ok' };
  for (const text of new Set([...sourceTexts, entry.source])) {
    const found = findEnglish(text, target);
    if (found) return violation(`“${text}” is left in English; the house form is “${rendering.target}”`, found);
  }
  const unclaimed = words.filter((word) => !claimed.some((range) => word.start < range.end && word.end > range.start));
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

function violation(reason: string, where: { readonly start: number; readonly end: number }): TermStatus {
  return { status: 'violation', reason, start: where.start, end: where.end };
}

function keysOf(form: string, morphology: Morphology): string[] {
  return morphology.words(form).map((word) => word.key);
}

/**
 * An h aspiré takes no elision (`le Hezbollah`, never `l’Hezbollah`). Which names begin with one
 * cannot be told from spelling (`l’Hébron` is right), so the termbase says it in the entry's note.
 */
function isHAspire(entry: GlossaryEntry, form: string): boolean {
  return /^h/iu.test(form) && /h aspir[ée]/iu.test(entry.note);
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
 * group`) is English left in, not an echo.
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
      if (!(verbatim && sourceWords.length > 1)) return true;
    }
  }
  return false;
}

/** Two Latin spellings of a name start with the same letter (`ISIL` is not `seul`); another script's cannot be told. */
function sameInitial(run: string, sourceText: string): boolean {
  const [a, b] = [foldLatin(run)[0] ?? '', foldLatin(sourceText)[0] ?? ''];
  return !/[a-z]/u.test(a) || a === b;
}
