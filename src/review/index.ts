/**
 * review — the pages a desk opens in a browser before a localized story goes out.
 *
 * Takes: a story's source segments, its units in each target language (with their findings), the
 *   glossary and the story's part of the report; for the index, the report's stories.
 * Returns: self-contained HTML5 (inline stylesheet, no script, no request), one page per story
 *   and an index. Deterministic: the same model gives the same bytes.
 */
export { renderReviewPage, type ReviewPageInput } from './page.js';
export { renderReviewIndex, reviewIndexFrame, reviewIndexRows } from './index-page.js';
