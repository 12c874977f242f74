/**
 * The one factory for house-style findings: a finding on a bare text (`TargetFinding`), keyed by
 * its range, which `findingOnUnit` places on a unit.
 */
import { rangeKey, type Severity, type TargetFinding } from '../../model.js';
import type { RuleHit } from './rule.js';

export function houseStyleFinding(ruleId: string, severity: Severity, text: string, hit: RuleHit): TargetFinding {
  const place = { side: 'target', start: hit.start, end: hit.end } as const;
  return {
    key: rangeKey(place),
    ruleId,
    source: 'qa/house-style',
    severity,
    reason: hit.reason,
    place,
    actual: text.slice(hit.start, hit.end),
    ...(hit.expected === undefined ? {} : { expected: [hit.expected] }),
    fixable: hit.edits !== undefined,
  };
}
