/**
 * The job's target languages, checked before any work against what the job will need for each:
 * a language other than every story's own, a termbase column to take the required renderings
 * from, and locale data to write dates in it. A tag that fails any of these would cost engine
 * characters and then fail, or overwrite the source bundle.
 */
import { UsageError } from '../errors.js';
import { glossaryColumnFor, type Article, type Glossary, type LanguageTag } from '../model.js';
import type { Formatter } from '../render/formatter.js';
import { baseLanguage } from '../util/language-tag.js';

/** The languages wire-l10n is tested with: the README lists them. */
const SUGGESTED = 'fr, ar, or a regional tag of them (fr-FR, fr-CA, ar-EG, ar-MA)';

export function checkTargetLanguages(
  targetLangs: readonly LanguageTag[],
  articles: ReadonlyArray<Pick<Article, 'lang' | 'source'>>,
  glossary: Glossary,
  formatter: Formatter,
): void {
  for (const lang of targetLangs) {
    const story = articles.find((article) => baseLanguage(article.lang) === baseLanguage(lang));
    if (story !== undefined) {
      throw new UsageError(`--to ${lang}: ${story.source.path} is written in ${story.lang}; a target language must differ from the story's`, {
        hint: `drop ${lang} from --to${story.lang === 'en' ? '' : ', or correct the `language` of the story\'s front matter'}`,
      });
    }
    if (glossaryColumnFor(glossary.targetLangs, lang) === undefined) {
      const columns = glossary.targetLangs.length === 0 ? 'none' : glossary.targetLangs.join(', ');
      throw new UsageError(`--to ${lang}: the termbase has no ${lang} column${lang === baseLanguage(lang) ? '' : ` nor a ${baseLanguage(lang)} one`} (its target columns: ${columns})`, {
        hint: `add a ${baseLanguage(lang)} column to the termbase, or use one of its languages`,
      });
    }
    if (!formatter.hasLocaleData(lang)) {
      throw new UsageError(`--to ${lang}: no locale data for ${lang} to write dates and numbers in`, { hint: `use ${SUGGESTED}` });
    }
  }
}
