import type { RunResult } from '../job/run.js';
import type { JobReport } from '../report/index.js';
import type { EngineWorkload } from '../job/translate.js';

/** The short summary `run` prints: a view of the report, nothing more. */
export function formatRunSummary(result: RunResult): string {
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
  if (billing.length > 0) {
    lines.push(`billed characters this run: ${billing.map(([lang, characters]) => `${lang} ${characters}`).join(', ')}, total ${stats.charactersSent}`);
  }
  for (const [lang, counts] of Object.entries(report.totals.languages)) {
    const failed = counts.failed > 0 ? `, ${counts.failed} failed` : '';
    lines.push(`${lang}: ${counts.translated}/${counts.units} units with a target, ${counts.untranslated} untranslated${failed}`);
  }
  const hits = Object.values(report.totals.glossaryHits);
  if (hits.length > 0) {
    lines.push(`glossary hits: ${hits.map((hit) => `${hit.term} ×${hit.count}`).join(', ')}`);
  }
  const findings = formatFindings(report);
  if (findings) lines.push(findings);
  for (const article of report.articles) {
    for (const [lang, status] of Object.entries(article.languages)) {
      if (status.story === 'not-written') {
        lines.push(`${article.id} [${lang}]: story not written, ${status.untranslated} units untranslated (see the XLIFF, or use --allow-partial)`);
      }
    }
  }
  const stories = report.articles.length;
  lines.push(`${result.skipped} of ${stories} stories already up to date; wrote ${result.written.length} files${result.written.length > 0 ? ':' : ''}`);
  for (const path of result.written) lines.push(`  ${path}`);
  return lines.join('\n');
}

/** `findings: qa/term-missing ×2, qa/size-limit ×1 (see report.json)`, or undefined when there are none. */
export function formatFindings(report: JobReport): string | undefined {
  const findings = new Map<string, number>();
  for (const article of report.articles) {
    for (const status of Object.values(article.languages)) {
      for (const [rule, count] of Object.entries(status.findings)) findings.set(rule, (findings.get(rule) ?? 0) + count);
    }
  }
  if (findings.size === 0) return undefined;
  return `findings: ${[...findings].map(([rule, count]) => `${rule} ×${count}`).join(', ')} (see report.json)`;
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
