import type { LanguageTag } from '../model.js';
import type { LanguageReport } from '../report/index.js';
import { element, escapeHtml, langClass } from './html.js';

/** The counts a desk reads first, per language: units by origin, findings by severity (from the report, so page, index and report.json agree). */
const columns: ReadonlyArray<{ readonly head: string; readonly count: (report: LanguageReport) => number }> = [
  { head: 'units', count: (report) => report.units },
  { head: 'human', count: (report) => report.origins.human },
  { head: 'TM', count: (report) => report.origins.tm },
  { head: 'MT', count: (report) => report.origins.mt },
  { head: 'pseudo', count: (report) => report.origins.pseudo },
  { head: 'untranslated', count: (report) => report.origins.none },
  { head: 'errors', count: (report) => report.severities.error },
  { head: 'warnings', count: (report) => report.severities.warning },
  { head: 'info', count: (report) => report.severities.info },
];

export function summaryHeadCells(): string {
  return columns.map((column) => element('th', { scope: 'col' }, escapeHtml(column.head))).join('');
}

export function summaryCells(report: LanguageReport): string {
  return columns.map((column) => element('td', { class: 'num' }, String(column.count(report)))).join('');
}

/** The summary of one story: a row per target language. */
export function summaryTable(languages: Readonly<Record<LanguageTag, LanguageReport>>, targetLangs: readonly LanguageTag[]): string {
  const rows = targetLangs.flatMap((lang) => {
    const report = languages[lang];
    return report === undefined ? [] : [element('tr', { class: `lang lang-${langClass(lang)}` }, element('th', { scope: 'row' }, escapeHtml(lang)) + summaryCells(report))];
  });
  return element(
    'table',
    { class: 'summary' },
    element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, 'language') + summaryHeadCells())) + element('tbody', {}, rows.join('')),
  );
}
