import type { LanguageTag } from '../model.js';
import type { ArticleReport } from '../report/index.js';
import { htmlDocument } from './document.js';
import { element, escapeHtml, langClass } from './html.js';
import { summaryCells, summaryHeadCells } from './summary.js';

/**
 * The review index: every story given (the job lists each one with a page in the folder), linked to
 * its page, with its units per origin and its findings per severity in each language (the report's
 * counts), in the order given.
 */
export function renderReviewIndex(articles: readonly ArticleReport[], targetLangs: readonly LanguageTag[]): string {
  const { head, tail } = reviewIndexFrame(articles.length, targetLangs);
  return head + articles.map((article) => reviewIndexRows(article, targetLangs)).join('') + tail;
}

/**
 * The index around its rows, for a job that writes the rows a story at a time (a project of
 * thousands of stories is never held whole): `head`, then each story's `reviewIndexRows`, then `tail`.
 */
export function reviewIndexFrame(stories: number, targetLangs: readonly LanguageTag[]): { head: string; tail: string } {
  const body = [
    element('h1', {}, 'Review: stories'),
    element('p', { class: 'meta' }, `${stories} ${stories === 1 ? 'story' : 'stories'}, ${targetLangs.map(escapeHtml).join(', ') || 'no target language'}`),
    element('table', { class: 'summary index' }, [
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, 'story') + element('th', { scope: 'col' }, 'language') + summaryHeadCells())),
      element('tbody', {}, `\n${ROWS}`),
    ].join('\n')),
  ].join('\n');
  const [head, tail] = htmlDocument({ title: 'Review: stories', targetLangs: [], body }).split(ROWS) as [string, string];
  return { head, tail };
}

/** Where the rows go in the frame: a comment no escaped text can contain. */
const ROWS = '<!--rows-->';

/** A story's rows in the index: one per language it has among `targetLangs`, each line ending in a newline. */
export function reviewIndexRows(article: ArticleReport, targetLangs: readonly LanguageTag[]): string {
  const langs = targetLangs.filter((lang) => article.languages[lang] !== undefined);
  return langs
    .map((lang, i) => {
      const storyCells =
        i === 0
          ? element('th', { scope: 'rowgroup', rowspan: langs.length, lang: 'en' }, [
              element('a', { href: pagePath(article.id) }, escapeHtml(article.id)),
              element('span', { class: 'kind' }, `version ${article.version} · ${escapeHtml(article.source)}`),
              ...(article.storyFindings?.length ? [element('span', { class: 'kind' }, `${article.storyFindings.length} about the story file`)] : []),
            ].join(''))
          : '';
      const severities = article.languages[lang]!.severities;
      const status = severities.error > 0 ? 'has-errors' : severities.warning > 0 ? 'has-warnings' : 'clean';
      return `${element('tr', { class: `lang lang-${langClass(lang)} ${status}` }, storyCells + element('td', { lang: 'en' }, escapeHtml(lang)) + summaryCells(article.languages[lang]!))}\n`;
    })
    .join('');
}

/** A story page's address relative to the index (ids are file-name safe; encoded all the same). */
function pagePath(articleId: string): string {
  return `${encodeURIComponent(articleId)}.html`;
}
