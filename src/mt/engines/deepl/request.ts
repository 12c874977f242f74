/** One batch's `translateText` call: the texts and every option, decided in one place. */
import type { SourceLanguageCode, TargetLanguageCode, TranslateTextOptions } from 'deepl-node';
import type { EngineBatch } from '../../engine.js';
import { deeplSourceLang, deeplTargetLang, optionsFor, supportsFormality, type DeepLEngineConfig } from './config.js';
import { pairedCodeElement, standaloneCodeElement } from './markup-tags.js';
import { doNotTranslateElement } from './placeholders.js';

/** DeepL's limit on a translate request body: 128 KiB. */
export const maxRequestBytes = 128 * 1024;
/** Room for the fields besides the texts (languages, flags, glossary id), generously. */
const otherFieldsBytes = 1024;

export interface TranslateCall {
  readonly texts: string[];
  readonly sourceLang: SourceLanguageCode;
  readonly targetLang: TargetLanguageCode;
  readonly options: TranslateTextOptions;
}

export function buildTranslateCall(batch: EngineBatch, texts: readonly string[], config: DeepLEngineConfig): TranslateCall {
  const language = optionsFor(config.perLanguage, batch.targetLang) ?? {};
  const glossaryId = optionsFor(config.glossaryIds, batch.targetLang);
  const context = language.context ? config.contextFor?.(batch) : undefined;
  const options: TranslateTextOptions = {
    // We segment ourselves: one text is one sentence, and DeepL must not re-split it.
    splitSentences: 'off',
    tagHandling: 'xml',
    ignoreTags: [doNotTranslateElement],
    // Every element we send is inline, inside the one sentence: DeepL's outline detection may take
    // an element with text of its own (a sentence wholly inside a link, a do-not-translate name) for
    // a structure element and translate the parts apart. Off, and with no splitting_tags, no tag
    // splits; non_splitting_tags says so by name of the markup elements, the ones around words.
    outlineDetection: false,
    nonSplittingTags: [pairedCodeElement, standaloneCodeElement],
    preserveFormatting: true,
    // Checked at entry too; never sent for a language without formality, where it is a 400.
    ...(language.formality !== undefined && supportsFormality(batch.targetLang) ? { formality: language.formality } : {}),
    ...(language.modelType !== undefined ? { modelType: language.modelType } : {}),
    ...(glossaryId !== undefined ? { glossary: glossaryId } : {}),
    ...(context !== undefined && context !== '' ? { context } : {}),
  };
  // deepl-node 1.28 always sends show_billed_characters=1: there is no option for it.
  return {
    texts: [...texts],
    // deepl-node's code unions are closed lists; any code goes through and DeepL judges it (400).
    sourceLang: deeplSourceLang(batch.sourceLang) as SourceLanguageCode,
    targetLang: deeplTargetLang(batch.targetLang) as TargetLanguageCode,
    options,
  };
}

/**
 * The body size deepl-node will send (form-urlencoded: `<` becomes `%3C`, é `%C3%A9`), so a batch
 * DeepL would refuse with 413 is refused here without a request.
 */
export function estimatedBodyBytes(call: TranslateCall): number {
  const fields = new URLSearchParams(call.texts.map((text): [string, string] => ['text', text]));
  if (call.options.context !== undefined) fields.append('context', call.options.context);
  return fields.toString().length + otherFieldsBytes;
}
