import type { RunResult } from '../job/run.js';
import type { OriginCounts } from '../model.js';
import type { JobReport } from '../report/index.js';
import type { Listed } from '../report/job-digest.js';
import type { EngineWorkload } from '../job/translate.js';

/** Files listed one per line in the summary (a batch writes thousands); the rest are counted. */
const MAX_LISTED_FILES = 100;

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
  for (const story of report.attention.embargoed) {
    lines.push(`${story.articleId}: embargoed until ${story.until}: not sent to ${report.engine.name}; its units wait untranslated until then (run again once it lifts)`);
  }
  lines.push(
    ...listed(report.attention.notWritten, (story) => {
      const withheld = story.withheld > 0 ? `, ${story.withheld} withheld for errors` : '';
      return `${story.articleId} [${story.targetLang}]: story not written, ${story.untranslated} units untranslated${withheld} (see the XLIFF, or use --allow-partial)`;
    }),
  );
  for (const story of result.withdrawn) lines.push(`${story.articleId}: withdrawn: ${story.files.length} output files removed`);
  const { written, writtenCount } = result;
  lines.push(`${result.skipped} of ${report.stories} stories already up to date; wrote ${writtenCount} files${writtenCount > 0 ? ':' : ''}`);
  lines.push(...listed({ count: writtenCount, first: written.slice(0, MAX_LISTED_FILES) }, (path) => `  ${path}`));
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

/** Each error finding by article, language and unit, as many as the report lists. */
function formatErrors(report: JobReport): string[] {
  const { errors } = report.attention;
  if (errors.count === 0) return [];
  return [
    `errors (a unit with one is kept out of the story and bundle):`,
    ...listed(errors, (error) => `  ${error.articleId} [${error.targetLang}] ${error.unitId}: ${error.ruleId}: ${error.reason}`),
  ];
}

/** A line per listed entry, then how many more there are (report.json has them all). */
function listed<T>(list: Listed<T>, line: (entry: T) => string): string[] {
  const more = list.count - list.first.length;
  return [...list.first.map(line), ...(more > 0 ? [`  … and ${more} more (see report.json)`] : [])];
}

/** `findings: qa/size-limit ×1, terms/missing ×2 (see report.json)`, or undefined when there are none. */
export function formatFindings(report: JobReport): string | undefined {
  const findings = new Map(
    Object.entries(report.attention.findings).map(([rule, severities]) => [rule, severities.error + severities.warning + severities.info] as const),
  );
  if (findings.size === 0) return undefined;
  return `findings: ${formatRuleCounts(findings)} (see report.json)`;
}

/** `terms/missing ×2, qa/size-limit ×1`: findings counted by rule, as every summary prints them. */
export function formatRuleCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ');
}

/** `warning: stories/a.txt:3: the dateline's date …`, one line per finding ingest made in a story, as many as the report lists. */
function formatStoryFindings(report: JobReport): string[] {
  return listed(report.attention.storyFindings, ({ source, finding }) => {
    const where = finding.line === undefined ? source : `${source}:${finding.line}`;
    return `${finding.severity}: ${where}: ${finding.reason}${finding.note === undefined ? '' : ` (${finding.note})`}`;
  });
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
