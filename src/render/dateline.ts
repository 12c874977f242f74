import { termRendering, type Article, type Glossary, type LanguageTag } from '../model.js';
import { normalizeText } from '../util/hash.js';
import type { Formatter } from './formatter.js';

/** A dateline ready to print in one language. Fields are absent when the source has none. */
export interface LocalizedDateline {
  readonly place?: string;
  readonly date?: string;
  readonly agency?: string;
}

/**
 * The dateline in `lang`: the place through the glossary (Baghdad → Bagdad / بغداد, keeping an
 * all-capitals style), the date written out by the locale's formatter. Places the glossary does
 * not know are names and stay as written.
 */
export function localizeDateline(
  article: Article,
  lang: LanguageTag,
  glossary: Glossary,
  formatter: Formatter,
): LocalizedDateline {
  const { place, date, agency } = article.dateline;
  return {
    ...(place === undefined ? {} : { place: lang === article.lang ? place : localizePlace(place, lang, glossary) }),
    ...(date === undefined ? {} : { date: formatter.formatLongDate(date, lang) }),
    ...(agency === undefined ? {} : { agency }),
  };
}

function localizePlace(place: string, lang: LanguageTag, glossary: Glossary): string {
  const wanted = normalizeText(place).toLowerCase();
  const entry = glossary.entries.find((candidate) =>
    [candidate.source, ...candidate.sourceVariants].some((form) => normalizeText(form).toLowerCase() === wanted),
  );
  const rendering = entry && termRendering(entry, lang)?.target;
  if (rendering === undefined) return place;
  const writtenInCapitals = place === place.toUpperCase() && place !== place.toLowerCase();
  return writtenInCapitals ? rendering.toLocaleUpperCase(lang) : rendering;
}
