import type { Article, Glossary, LanguageTag, Segment, Unit } from '../model.js';
import { protectSegments } from '../protect/index.js';
import { segmentArticle } from '../segment/index.js';
import { findTerms } from '../terms/index.js';

/** An article cut into segments, with its (not yet translated) units per target language. */
export interface PreparedArticle {
  readonly article: Article;
  readonly segments: readonly Segment[];
  readonly units: readonly Unit[];
}

/** segment → terms → protect, then one untranslated unit per segment and target language. */
export function prepareArticle(article: Article, glossary: Glossary, targetLangs: readonly LanguageTag[]): PreparedArticle {
  const segments = protectSegments(findTerms(segmentArticle(article), glossary), glossary);
  const units = targetLangs.flatMap((targetLang) =>
    segments.map((segment): Unit => ({ id: segment.id, segment, targetLang, state: 'untranslated', findings: [] })),
  );
  return { article, segments, units };
}
