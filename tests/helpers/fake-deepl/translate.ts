import type { FakeAccount } from './account.js';
import type { CorruptedText } from './faults.js';
import { corruptTags, fakeTranslate, type TagCorruption } from './fake-translation.js';
import { baseLanguage, findLanguage, sourceLanguages, targetLanguages } from './languages.js';
import { field, fieldValues, type ParsedRequest } from './request.js';
import { failure, json, type FakeResponse } from './responses.js';

/** DeepL's limit on texts per request. */
const maxTexts = 50;
const formalities = ['default', 'more', 'less', 'prefer_more', 'prefer_less'];
const modelTypes = ['quality_optimized', 'latency_optimized', 'prefer_quality_optimized'];

export interface TranslateContext {
  readonly account: FakeAccount;
  /** Characters the account may have billed in all; more answers 456. */
  readonly characterLimit: number;
  readonly corruption?: { readonly mode: TagCorruption; readonly textIndex: CorruptedText; readonly element?: string };
}

/** Characters as DeepL counts them for billing here: Unicode code points of every text, tags included. */
export function countCharacters(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + [...text].length, 0);
}

/** POST /v2/translate, validated like DeepL (the checks our engine can trip), translated by the fake. */
export function translateRoute(request: ParsedRequest, context: TranslateContext): FakeResponse {
  if (request.method !== 'POST') return failure(405);
  const texts = fieldValues(request, 'text');
  if (texts.length === 0) return failure(400, "Parameter 'text' not specified.");
  if (texts.length > maxTexts) return failure(400, `Too many texts: at most ${maxTexts} per request.`);

  const targetCode = field(request, 'target_lang');
  if (targetCode === undefined) return failure(400, "Parameter 'target_lang' not specified.");
  const target = findLanguage(targetLanguages, targetCode);
  if (target === undefined) return failure(400, "Value for 'target_lang' not supported.");
  const sourceCode = field(request, 'source_lang');
  if (sourceCode !== undefined && findLanguage(sourceLanguages, sourceCode) === undefined) {
    return failure(400, "Value for 'source_lang' not supported.");
  }

  const formality = field(request, 'formality');
  if (formality !== undefined) {
    if (!formalities.includes(formality)) return failure(400, "Value for 'formality' not supported.");
    // Like DeepL: only the prefer_* values are accepted for a language without formality.
    if (!target.supportsFormality && !formality.startsWith('prefer_')) {
      return failure(400, "'formality' is not supported for given 'target_lang'.");
    }
  }
  const tagHandling = field(request, 'tag_handling');
  if (tagHandling !== undefined && tagHandling !== 'xml' && tagHandling !== 'html') return failure(400, "Value for 'tag_handling' not supported.");
  const splitSentences = field(request, 'split_sentences');
  if (splitSentences !== undefined && !['0', '1', 'nonewlines'].includes(splitSentences)) {
    return failure(400, "Value for 'split_sentences' not supported.");
  }
  const preserveFormatting = field(request, 'preserve_formatting');
  if (preserveFormatting !== undefined && preserveFormatting !== '0' && preserveFormatting !== '1') {
    return failure(400, "Value for 'preserve_formatting' not supported.");
  }
  const outlineDetection = field(request, 'outline_detection');
  if (outlineDetection !== undefined && outlineDetection !== '0' && outlineDetection !== '1') {
    return failure(400, "Value for 'outline_detection' not supported.");
  }
  const modelType = field(request, 'model_type');
  if (modelType !== undefined && !modelTypes.includes(modelType)) return failure(400, "Value for 'model_type' not supported.");

  let glossary: ReadonlyMap<string, string> = new Map();
  const glossaryId = field(request, 'glossary_id');
  if (glossaryId !== undefined) {
    if (sourceCode === undefined) return failure(400, "Use of a glossary requires the 'source_lang' parameter to be specified.");
    if (context.account.glossaries.get(glossaryId) === undefined) return failure(404, 'Glossary not found');
    const entries = context.account.glossaries.entriesFor(glossaryId, baseLanguage(sourceCode), baseLanguage(target.code));
    if (entries === undefined) return failure(400, 'Glossary does not match the language pair.');
    glossary = entries;
  }

  const characters = countCharacters(texts);
  if (context.account.billedCharacters + characters > context.characterLimit) return failure(456, 'Quota exceeded');
  context.account.billedCharacters += characters;

  const ignoreTags = new Set((field(request, 'ignore_tags') ?? '').split(',').map((tag) => tag.trim()).filter(Boolean));
  const showBilled = field(request, 'show_billed_characters') === '1';
  const translations = texts.map((text, i) => {
    let output = fakeTranslate(text, { targetLang: target.code, markup: tagHandling !== undefined, ignoreTags, glossary });
    const corruption = context.corruption;
    if (corruption && (corruption.textIndex === 'every' || corruption.textIndex === i)) output = corruptTags(output, corruption.mode, corruption.element);
    return {
      detected_source_language: (sourceCode ?? 'EN').toUpperCase(),
      text: output,
      ...(showBilled ? { billed_characters: countCharacters([text]) } : {}),
      ...(modelType === undefined ? {} : { model_type_used: modelType === 'latency_optimized' ? 'latency_optimized' : 'quality_optimized' }),
    };
  });
  return json(200, { translations });
}
