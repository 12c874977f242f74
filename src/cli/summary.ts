import type { RunResult } from '../job/run.js';
import type { OriginCounts } from '../model.js';
import type { JobReport } from '../report/index.js';
import type { EngineWorkload } from '../job/translate.js';

/** Errors listed one per line in the summary; report.json has them all. */
const MAX_LISTED_ERRORS = 20;

/**
 * The short summary `run` prints: a view of the report, nothing more. An offline engine (none,
 * pseudo) bills nothing, so no billing line is printed for it.
 */
export function formatRunSummary(result: RunResult, engine: { readonly offline: boolean }): string {
  const { report } = result;
  const lines: string[] = [];
  lines.push(`engine: ${report.engine.name} (${report.engine.note})`);
  lines.push(
    `articles: ${report.totals.articles}, segments: ${report.totals.segments}, words: ${report.totals.words}, glossary entries: ${report.glossary.entries}`,
  );
  const { stats } = result;
  lines.push(
    `targets from: translation memory ${stats.fromTm}, reviewed work ${stats.fromLedger}, MT cache ${stats.fromCache}; ` +
      `sent to ${report.engine.name}: ${stats.unitsSent} units in ${stats.requests} requests (${stats.charactersSent} characters)`,
  );
  const billing = Object.entries(stats.billed);
  if (billing.length > 0 && !engine.offline) {
    lines.push(`billed characters this run: ${billing.map(([lang, characters]) => `${lang} ${characters}`).join(', ')}, total ${stats.charactersSent}`);
  }
  for (const [lang, counts] of Object.entries(report.totals.languages)) {
    const origins = originNames.flatMap(([origin, name]) => (counts.origins[origin] > 0 ? [`${name} ${counts.origins[origin]}`] : []));
    const from = origins.length > 0 ? ` (${origins.join(', ')})` : '';
    const withheld = counts.withheld > 0 ? `, ${counts.withheld} withheld for errors` : '';
    const failed = counts.failed > 0 ? `, ${counts.failed} failed` : '';
    lines.push(`${lang}: ${counts.translated}/${counts.units} units with a target${from}${withheld}, ${counts.untranslated} untranslated${failed}`);
  }
  lines.push(...formatUnreviewed(report));
  const hits = Object.values(report.totals.glossaryHits);
  if (hits.length > 0) {
    lines.push(`glossary hits: ${hits.map((hit) => `${hit.term} ×${hit.count}`).join(', ')}`);
  }
  const findings = formatFindings(report);
  if (findings) lines.push(findings);
  lines.push(...formatErrors(report));
  lines.push(...formatStoryFindings(report));
  for (const article of report.articles) {
    if (article.embargoedUntil !== undefined) {
      lines.push(`${article.id}: embargoed until ${article.embargoedUntil}: not sent to ${report.engine.name}; its units wait untranslated until then (run again once it lifts)`);
    }
  }
  for (const article of report.articles) {
    for (const [lang, status] of Object.entries(article.languages)) {
      if (status.story === 'not-written') {
        const withheld = status.withheld > 0 ? `, ${status.withheld} withheld for errors` : '';
        lines.push(
          `${article.id} [${lang}]: story not written, ${status.untranslated} units untranslated${withheld} (see the XLIFF, or use --allow-partial)`,
        );
      }
    }
  }
  for (const story of result.withdrawn) lines.push(`${story.articleId}: withdrawn: ${story.files.length} output files removed`);
  const stories = report.articles.length;
  lines.push(`${result.skipped} of ${stories} stories already up to date; wrote ${result.written.length} files${result.written.length > 0 ? ':' : ''}`);
  for (const path of result.written) lines.push(`  ${path}`);
  return lines.join('\n');
}

const originNames: ReadonlyArray<[keyof OriginCounts, string]> = [
  ['human', 'human'],
  ['tm', 'translation memory'],
  ['mt', 'machine translation'],
  ['pseudo', 'pseudo-translation'],
];

/** Says, per language, how many targets are machine translation nobody reviewed, or pseudo-translation. */
function formatUnreviewed(report: JobReport): string[] {
  const lines: string[] = [];
  const languages = Object.entries(report.totals.languages);
  const count = (origin: 'mt' | 'pseudo') =>
    languages.flatMap(([lang, counts]) => (counts.origins[origin] > 0 ? [`${lang} ${counts.origins[origin]}`] : [])).join(', ');
  const machine = count('mt');
  if (machine) lines.push(`unreviewed machine translation: ${machine} units; no human has checked them: have the XLIFF reviewed before publishing`);
  const pseudo = count('pseudo');
  if (pseudo) lines.push(`pseudo-translation: ${pseudo} units; NOT a translation, for testing layout only`);
  return lines;
}

/** Each error finding by article, language and unit, up to MAX_LISTED_ERRORS. */
function formatErrors(report: JobReport): string[] {
  const errors = report.articles.flatMap((article) =>
    Object.entries(article.languages).flatMap(([lang, status]) =>
      status.errors.map((error) => `  ${article.id} [${lang}] ${error.unitId}: ${error.ruleId}: ${error.reason}`),
    ),
  );
  if (errors.length === 0) return [];
  const more = errors.length > MAX_LISTED_ERRORS ? [`  … and ${errors.length - MAX_LISTED_ERRORS} more (see report.json)`] : [];
  return [`errors (a unit with one is kept out of the story and bundle):`, ...errors.slice(0, MAX_LISTED_ERRORS), ...more];
}

/** `findings: terms/missing ×2, qa/size-limit ×1 (see report.json)`, or undefined when there are none. */
export function formatFindings(report: JobReport): string | undefined {
  const findings = new Map<string, number>();
  for (const article of report.articles) {
    for (const status of Object.values(article.languages)) {
      for (const [rule, count] of Object.entries(status.findings)) findings.set(rule, (findings.get(rule) ?? 0) + count);
    }
  }
  if (findings.size === 0) return undefined;
  return `findings: ${formatRuleCounts(findings)} (see report.json)`;
}

/** `terms/missing ×2, qa/size-limit ×1`: findings counted by rule, as every summary prints them. */
export function formatRuleCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ');
}

/** `warning: stories/a.txt:3: the dateline's date …`, one line per finding ingest made in a story. */
export function formatStoryFindings(report: JobReport): string[] {
  return report.articles.flatMap((article) =>
    (article.storyFindings ?? []).map((finding) => {
      const where = finding.line === undefined ? article.source : `${article.source}:${finding.line}`;
      return `${finding.severity}: ${where}: ${finding.reason}${finding.note === undefined ? '' : ` (${finding.note})`}`;
    }),
  );
}

/** The dry run's answer: what would be sent to the engine, per language. */
export function formatWorkload(workload: EngineWorkload, engine: string): string {
  const languages = Object.entries(workload);
  const total = languages.reduce((sum, [, entry]) => sum + entry.characters, 0);
  const lines = [`dry run: nothing sent, nothing written. ${engine} would be sent ${total} characters:`];
  for (const [lang, entry] of languages) lines.push(`  ${lang}: ${entry.units} units, ${entry.characters} characters`);
  if (languages.length === 0) lines.push('  nothing: every unit has a target from the translation memory, reviewed work or the MT cache');
  return lines.join('\n');
}
