/**
 * The one factory for house-style findings: a stable id from the rule, the range and the text
 * (`textDigest`, the text's sha256, computed once per text: a long line has thousands of findings).
 */
import type { Finding, Severity } from '../../model.js';
import { sha256Hex } from '../../util/hash.js';
import type { RuleHit } from './rule.js';

export function houseStyleFinding(ruleId: string, severity: Severity, text: string, textDigest: string, hit: RuleHit): Finding {
  return {
    id: sha256Hex(`${ruleId}\u0000${hit.start}\u0000${hit.end}\u0000${textDigest}`).slice(0, 16),
    ruleId,
    source: 'qa/house-style',
    severity,
    reason: hit.reason,
    place: { side: 'target', start: hit.start, end: hit.end },
    actual: text.slice(hit.start, hit.end),
    ...(hit.expected === undefined ? {} : { expected: [hit.expected] }),
    fixable: hit.edits !== undefined,
  };
}
