/**
 * `--fail-on error|warning`: the exit status reflects the findings that remain in the outputs
 * (unified-engine's `frail`). Checked after everything is written and printed, so a CI job gets
 * its outputs and its report either way.
 */
import { WireL10nError } from '../errors.js';
import type { Finding, Severity } from '../model.js';
import type { JobReport } from '../report/index.js';

export const failOnSeverities = ['error', 'warning'] as const;
export type FailOn = (typeof failOnSeverities)[number];

const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A finding, or `count` findings of one rule and severity (a job's report counts them). */
type CountedFinding = Pick<Finding, 'ruleId' | 'severity'> & { readonly count?: number };

/** The E_FINDINGS error when a finding at or above `failOn` is among `findings`. */
export function findingsFailure(findings: readonly CountedFinding[], failOn: FailOn | undefined): WireL10nError | undefined {
  if (failOn === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (rank[finding.severity] >= rank[failOn]) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + (finding.count ?? 1));
  }
  if (counts.size === 0) return undefined;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const rules = [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ');
  return new WireL10nError('E_FINDINGS', `${total} ${total === 1 ? 'finding' : 'findings'} at or above ${failOn} (--fail-on ${failOn}): ${rules}`, {
    hint: 'everything was written as usual; the report lists each finding by unit',
  });
}

/** The unit findings of a job's report, counted by rule and severity over all its stories. */
export function reportFindings(report: JobReport): CountedFinding[] {
  return Object.entries(report.attention.findings).flatMap(([ruleId, severities]) =>
    Object.entries(severities).flatMap(([severity, count]) => (count > 0 ? [{ ruleId, severity: severity as Severity, count }] : [])),
  );
}
