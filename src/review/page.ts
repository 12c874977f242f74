import { hasTarget, termRendering, type Article, type Block, type Finding, type Glossary, type GlossaryEntry, type LanguageTag, type LocalizedArticle, type Segment, type Unit } from '../model.js';
import type { LocalizedDateline } from '../render/dateline.js';
import type { ArticleReport } from '../report/index.js';
import { isRightToLeft } from '../util/direction.js';
import { unitBadge, withheldBadge, type Badge } from './badges.js';
import { htmlDocument } from './document.js';
import { element, escapeHtml, langClass } from './html.js';
import { findingMark, markedText, type AnchoredFinding, type TermMark } from './marks.js';
import { summaryTable } from './summary.js';

export interface ReviewPageInput {
  readonly article: Article;
  readonly segments: readonly Segment[];
  /** The article in each target language, in the job's order of languages. */
  readonly localized: readonly LocalizedArticle[];
  readonly glossary: Glossary;
  /** The article's part of the report: the page's counts and story findings are the report's. */
  readonly report: ArticleReport;
  /** The dateline as each language prints it (the source's included); a row of its own when present. */
  readonly datelines?: ReadonlyMap<LanguageTag, LocalizedDateline>;
}

/** One language's column: its tag, whether it is written right to left, its units by id. */
interface Column {
  readonly lang: LanguageTag;
  readonly rightToLeft: boolean;
  readonly units: ReadonlyMap<string, Unit>;
}

/**
 * The review page of one story: a row per segment (its unit id as in the XLIFF), the source and
 * each target language side by side, each unit's origin and state as a badge, each finding
 * highlighted where it lies and listed under its row, the glossary's terms marked in the source.
 */
export function renderReviewPage(input: ReviewPageInput): string {
  const { article } = input;
  const columns: Column[] = input.localized.map((localized) => ({
    lang: localized.targetLang,
    rightToLeft: isRightToLeft(localized.targetLang),
    units: new Map(localized.units.map((unit) => [unit.id, unit])),
  }));
  const storyFindingList = input.report.storyFindings ?? [];
  const anchors = anchorFindings(storyFindingList, article.lang, input.segments, columns);
  const entries = new Map(input.glossary.entries.map((entry) => [entry.id, entry]));
  const blocks = new Map(article.blocks.map((block) => [block.id, block]));
  const firstParagraph = input.segments.find((segment) => blocks.get(segment.blockId)?.kind === 'paragraph');
  const rows = input.segments.flatMap((segment) => [
    ...(segment === firstParagraph && input.datelines ? [datelineRow(article.lang, columns, input.datelines)] : []),
    ...segmentRows({ segment, block: blocks.get(segment.blockId), sourceLang: article.lang, columns, anchors, entries }),
  ]);
  const langs = columns.map((column) => column.lang);
  const headline = article.blocks[0]?.text ?? article.id;
  const body = [
    element('header', {}, [
      element('p', {}, element('a', { href: 'index.html' }, 'All stories')),
      element('h1', { lang: article.lang }, escapeHtml(headline)),
      element('p', { class: 'meta' }, [
        element('span', {}, `story <code>${escapeHtml(article.id)}</code>`),
        element('span', {}, `version ${article.version}`),
        element('span', {}, `from <code>${escapeHtml(article.source.path)}</code>`),
      ].join('')),
      summaryTable(input.report.languages, langs),
    ].join('\n')),
    storyFindings(storyFindingList, article, anchors),
    filters(langs),
    legend,
    element('table', { class: 'review' }, [
      `<colgroup><col class="uid"><col>${langs.map((lang) => `<col class="lang lang-${langClass(lang)}">`).join('')}</colgroup>`,
      element('thead', {}, element('tr', {}, [
        element('th', { scope: 'col', lang: 'en' }, 'unit'),
        element('th', { scope: 'col', lang: 'en' }, escapeHtml(languageName(article.lang))),
        ...langs.map((lang) => element('th', { scope: 'col', lang: 'en', class: `lang lang-${langClass(lang)}` }, escapeHtml(languageName(lang)))),
      ].join(''))),
      element('tbody', {}, `\n${rows.join('\n')}\n`),
    ].join('\n')),
  ].join('\n');
  return htmlDocument({ title: `Review: ${shortened(headline, TITLE_LENGTH - 'Review: '.length)}`, targetLangs: langs, body });
}

/** Most characters of a page's title: what a browser tab or a bookmark shows of it (the headline is whole in the page). */
const TITLE_LENGTH = 70;

/**
 * The text cut at a word, with an ellipsis, when its escaped form is longer than `max` (validators
 * count a title as written, `&#39;` included); with no word to cut at, at a code point.
 */
function shortened(text: string, max: number): string {
  const fits = (candidate: string): boolean => escapeHtml(candidate).length <= max;
  if (fits(text)) return text;
  const words = text.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ').trimEnd()}…`)) words.pop();
  if (words.length > 1) return `${words.join(' ').trimEnd()}…`;
  const points = [...text];
  while (points.length > 0 && !fits(`${points.join('')}…`)) points.pop();
  return `${points.join('')}…`;
}

/** Anchors `f1`, `f2` … in page order: the story's own findings, then row by row, language by language. */
function anchorFindings(storyFindings: readonly Finding[], sourceLang: LanguageTag, segments: readonly Segment[], columns: readonly Column[]): Map<Finding, AnchoredFinding> {
  const anchors = new Map<Finding, AnchoredFinding>();
  const add = (finding: Finding, lang: LanguageTag): void => {
    anchors.set(finding, { anchor: `f${anchors.size + 1}`, finding, lang });
  };
  for (const finding of storyFindings) add(finding, sourceLang);
  for (const segment of segments) {
    for (const column of columns) for (const finding of column.units.get(segment.id)?.findings ?? []) add(finding, column.lang);
  }
  return anchors;
}

interface RowContext {
  readonly segment: Segment;
  readonly block: Block | undefined;
  readonly sourceLang: LanguageTag;
  readonly columns: readonly Column[];
  readonly anchors: ReadonlyMap<Finding, AnchoredFinding>;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** The segment's row, and under it the row listing its findings and terms (when it has any). */
function segmentRows(context: RowContext): string[] {
  const { segment, columns, anchors } = context;
  const cells = columns.map((column) => ({ column, unit: column.units.get(segment.id) }));
  const findings = cells.flatMap(({ unit }) => (unit?.findings ?? []).map((finding) => ({ anchored: anchors.get(finding)!, unit: unit! })));
  const onSource = findings.filter(({ anchored }) => anchored.finding.place?.side === 'source');
  const langsWithFindings = [...new Set(findings.map(({ anchored }) => anchored.lang))];
  const rowClass = ['row', ...(langsWithFindings.length === 0 ? ['clean'] : langsWithFindings.map((lang) => `findings-${langClass(lang)}`))].join(' ');
  const sourceCell = textCell({
    lang: context.sourceLang,
    className: 'src',
    text: segment.source,
    findings: onSource.map(({ anchored }) => anchored),
    terms: segment.terms.map((hit) => ({ start: hit.start, end: hit.end, title: termTitle(hit.text, context.entries.get(hit.entryId), columns) })),
    rightToLeft: isRightToLeft(context.sourceLang),
  });
  const targetCells = cells.map(({ column, unit }) => targetCell(column, unit, findings.filter((item) => item.unit === unit && item.anchored.finding.place?.side !== 'source').map(({ anchored }) => anchored)));
  const idCell = element('th', { scope: 'row', class: 'uid', lang: 'en' }, `${element('span', { class: 'kind' }, escapeHtml(context.block?.kind ?? ''))}<code>${escapeHtml(segment.id)}</code>`);
  const row = element('tr', { class: `unit ${rowClass}`, id: `u-${segment.id}` }, idCell + sourceCell + targetCells.join(''));
  const notes = notesCell(findings.map(({ anchored }) => anchored), context);
  return notes === undefined ? [row] : [row, element('tr', { class: `notes ${rowClass}` }, notes)];
}

function targetCell(column: Column, unit: Unit | undefined, findings: readonly AnchoredFinding[]): string {
  const attributes = { lang: column.lang, dir: column.rightToLeft ? 'rtl' : undefined, class: `tgt lang lang-${langClass(column.lang)}` };
  if (unit === undefined) return element('td', attributes, element('span', { class: 'missing', lang: 'en' }, 'no unit'));
  const badges = [unitBadge(unit), withheldBadge(unit)].filter((badge): badge is Badge => badge !== undefined).map(badgeHtml).join('');
  if (!hasTarget(unit)) return element('td', attributes, badges + flags(findings));
  return textCell({ lang: column.lang, className: attributes.class, text: unit.target, findings, terms: [], rightToLeft: column.rightToLeft, before: badges });
}

/** A cell of text with its findings highlighted; a finding with no range in the text (or one outside it) becomes a flag under it. */
function textCell(cell: {
  lang: LanguageTag;
  className: string;
  text: string;
  findings: readonly AnchoredFinding[];
  terms: readonly TermMark[];
  rightToLeft: boolean;
  before?: string;
}): string {
  const inText = cell.findings.filter(({ finding }) => finding.place !== undefined && finding.place.start <= finding.place.end && finding.place.end <= cell.text.length && finding.place.start >= 0);
  const outside = cell.findings.filter((finding) => !inText.includes(finding));
  const text = element('div', { class: 'text' }, markedText(cell.text, { findings: inText, terms: cell.terms, rightToLeft: cell.rightToLeft }));
  return element('td', { lang: cell.lang, dir: cell.rightToLeft ? 'rtl' : undefined, class: cell.className }, (cell.before ?? '') + text + flags(outside));
}

/** Findings about a unit as a whole (no range), each a focusable flag naming its rule. */
function flags(findings: readonly AnchoredFinding[]): string {
  return findings.map((finding) => element('span', { lang: 'en', dir: 'ltr' }, findingMark([finding], 'flag', escapeHtml(finding.finding.ruleId)))).join('');
}

function badgeHtml(badge: Badge): string {
  return element('span', { class: `badge badge-${badge.kind}`, lang: 'en', dir: 'ltr' }, escapeHtml(badge.text));
}

/** The row's findings, in anchor order, and its glossary terms with their required renderings. */
function notesCell(findings: readonly AnchoredFinding[], context: RowContext): string | undefined {
  const terms = context.segment.terms.map((hit) =>
    element('li', {}, `${element('span', { class: 'term', lang: context.sourceLang }, escapeHtml(hit.text))} → ${renderings(context.entries.get(hit.entryId), context.columns)}`),
  );
  if (findings.length === 0 && terms.length === 0) return undefined;
  const lists = [
    findings.length === 0 ? '' : element('ul', { class: 'findings' }, findings.map((finding) => findingItem(finding, context)).join('')),
    // A visible label: a list is no landmark, so an aria-label on it is not reliably announced.
    terms.length === 0 ? '' : element('span', { class: 'kind' }, 'glossary terms') + element('ul', { class: 'terms' }, terms.join('')),
  ];
  return element('td', { colspan: 2 + context.columns.length, lang: 'en' }, lists.join(''));
}

function findingItem({ anchor, finding, lang }: AnchoredFinding, context: { readonly sourceLang: LanguageTag }): string {
  const textLang = finding.place?.side === 'source' ? context.sourceLang : lang;
  const quoted = (text: string): string => element('bdi', { lang: textLang, class: 'quoted' }, `«${escapeHtml(text)}»`);
  const where = [lang, finding.place ? `${finding.place.side} ${finding.place.start}–${finding.place.end}` : 'whole unit'].join(' · ');
  const details = [
    ...(finding.expected && finding.expected.length > 0 ? [`expected ${finding.expected.map(quoted).join(' or ')}`] : []),
    ...(finding.actual === undefined ? [] : [`found ${quoted(finding.actual)}`]),
    ...(finding.fixable ? ['the fixer can correct it'] : []),
  ];
  return element(
    'li',
    { id: anchor, class: `finding sev-${finding.severity} lang lang-${langClass(lang)}`, 'data-finding-id': finding.id },
    [
      element('span', { class: 'sev' }, finding.severity),
      element('code', {}, escapeHtml(finding.ruleId)),
      element('span', { class: 'where' }, escapeHtml(`(${where})`)),
      escapeHtml(finding.reason),
      ...(details.length === 0 ? [] : [element('span', { class: 'detail' }, `— ${details.join('; ')}`)]),
    ].join(' '),
  );
}

/** "fr: <bdi>ministère…</bdi>; ar: <bdi>…</bdi>": an entry's required rendering per language. */
function renderings(entry: GlossaryEntry | undefined, columns: readonly Column[]): string {
  return columns
    .map((column) => {
      const rendering = entry && termRendering(entry, column.lang)?.target;
      const shown = rendering === undefined ? element('span', { class: 'missing' }, 'no rendering in the termbase') : element('bdi', { lang: column.lang }, escapeHtml(rendering));
      return element('span', { class: `lang lang-${langClass(column.lang)}` }, `${escapeHtml(column.lang)}: ${shown}`);
    })
    .join('; ');
}

function termTitle(text: string, entry: GlossaryEntry | undefined, columns: readonly Column[]): string {
  const wanted = columns.map((column) => `${column.lang}: ${(entry && termRendering(entry, column.lang)?.target) ?? '(none)'}`);
  return `glossary: ${entry?.source ?? text} → ${wanted.join('; ')}`;
}

function datelineRow(sourceLang: LanguageTag, columns: readonly Column[], datelines: ReadonlyMap<LanguageTag, LocalizedDateline>): string {
  const cell = (lang: LanguageTag, rightToLeft: boolean, extra: string): string => {
    const dateline = datelines.get(lang);
    const text = dateline === undefined ? '' : [[dateline.place, dateline.date].filter(Boolean).join(', '), dateline.agency && `(${dateline.agency})`].filter(Boolean).join(' ');
    return element('td', { lang, dir: rightToLeft ? 'rtl' : undefined, class: extra }, rightToLeft ? markedText(text, { findings: [], terms: [], rightToLeft }) : escapeHtml(text));
  };
  return element('tr', { class: 'dateline' }, [
    element('th', { scope: 'row', class: 'uid', lang: 'en' }, element('span', { class: 'kind' }, 'dateline')),
    cell(sourceLang, isRightToLeft(sourceLang), 'src'),
    ...columns.map((column) => cell(column.lang, column.rightToLeft, `tgt lang lang-${langClass(column.lang)}`)),
  ].join(''));
}

/** Findings about the story rather than a unit (a dateline without a year, a place with no Arabic rendering): above the table, each flagged. */
function storyFindings(list: readonly Finding[], article: Article, anchors: ReadonlyMap<Finding, AnchoredFinding>): string {
  const findings = list.map((finding) => anchors.get(finding)!);
  if (findings.length === 0) return '';
  const items = findings.map((item) => {
    const line = item.finding.line === undefined ? '' : `${escapeHtml(article.source.path)}:${item.finding.line}: `;
    return element('li', { id: item.anchor, class: `finding sev-${item.finding.severity}`, 'data-finding-id': item.finding.id }, `${findingMark([item], 'flag', escapeHtml(item.finding.ruleId))} ${line}${escapeHtml(item.finding.reason)}`);
  });
  return element('section', { 'aria-labelledby': 'story-findings' }, `<h2 id="story-findings">About the story file</h2>${element('ul', { class: 'findings' }, items.join(''))}`);
}

/** Show only rows with findings, only one language: checkboxes and radio buttons the stylesheet reads. */
function filters(langs: readonly LanguageTag[]): string {
  const choice = (id: string, label: string, checked: boolean): string =>
    element('label', {}, `<input type="radio" name="show" id="${id}"${checked ? ' checked' : ''}> ${escapeHtml(label)}`);
  return element('fieldset', { class: 'filters' }, [
    '<legend>Show</legend>',
    element('label', {}, '<input type="checkbox" id="only-findings"> only rows with findings'),
    choice('show-all', 'all languages', true),
    ...langs.map((lang) => choice(`show-${langClass(lang)}`, `only ${languageName(lang)}`, false)),
  ].join('\n'));
}

const legend = element('dl', { class: 'legend' }, [
  ['<span class="badge badge-reviewed">reviewed</span>', 'a human approved it'],
  ['<span class="badge badge-human">translated by a human</span>', 'not reviewed yet'],
  ['<span class="badge badge-tm">TM match</span>', 'from the translation memory'],
  ['<span class="badge badge-mt">MT · unreviewed</span>', 'machine translation awaiting a human'],
  ['<span class="badge badge-pseudo">pseudo</span>', 'a layout test, never a translation'],
  ['<span class="badge badge-untranslated">untranslated</span>', 'no target yet'],
  ['<mark class="finding sev-error">error</mark> <mark class="finding sev-warning">warning</mark> <mark class="finding sev-info">info</mark>', 'a finding: hover or focus (Tab) it, or read the list under the row'],
  ['<span class="term">term</span>', 'a glossary term, with its required renderings'],
].map(([term, meaning]) => `<dt>${term!}</dt><dd>${meaning!}</dd>`).join(''));

/** Made once: a DisplayNames per call cost a batch more than the rest of the page's text. */
const englishLanguageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Each tag's name, looked up once: `of` cost ~10 µs a call, five calls a page. */
const languageNames = new Map<LanguageTag, string>();

function languageName(lang: LanguageTag): string {
  let named = languageNames.get(lang);
  if (named === undefined) {
    let name: string | undefined;
    try {
      name = englishLanguageNames.of(lang);
    } catch {
      name = undefined;
    }
    named = name === undefined || name === lang ? lang : `${name} (${lang})`;
    languageNames.set(lang, named);
  }
  return named;
}
