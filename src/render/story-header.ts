import { stringify } from 'yaml';
import { countOrigins, type LanguageTag, type LocalizedArticle, type OriginCounts } from '../model.js';

/**
 * What a localized story is, for the programs that pick it up (a CMS, a desk's publishing
 * script): printed as YAML front matter at its top, so no reader of the file — human or machine —
 * can take machine or pseudo output for reviewed translation.
 */
export interface StoryHeader {
  /** `<article id>.<language>`, as the file is named. */
  readonly id: string;
  readonly language: LanguageTag;
  readonly source: { readonly id: string; readonly language: LanguageTag; readonly version: number };
  /** Units per origin of their target (`none`: no target). */
  readonly origins: OriginCounts;
  /** True when a unit's target is machine translation no human has reviewed. */
  readonly unreviewedMachineTranslation: boolean;
  /** True when a unit's target is pseudo-translation: then the story is not a translation. */
  readonly pseudoTranslation: boolean;
}

export function storyHeader(localized: LocalizedArticle): StoryHeader {
  const { article, targetLang, units } = localized;
  const origins = countOrigins(units);
  return {
    id: `${article.id}.${targetLang}`,
    language: targetLang,
    source: { id: article.id, language: article.lang, version: article.version },
    origins,
    unreviewedMachineTranslation: units.some((unit) => unit.origin === 'mt' && unit.state === 'needs-review'),
    pseudoTranslation: origins.pseudo > 0,
  };
}

/**
 * The header as a front-matter block, followed by whether the story is whole: `status: complete`,
 * or `status: partial` with the number of marked gaps.
 */
export function formatStoryHeader(header: StoryHeader, gaps: number): string {
  const fields = { ...header, status: gaps === 0 ? 'complete' : 'partial', ...(gaps === 0 ? {} : { gaps }) };
  return `---\n${stringify(fields)}---\n`;
}
