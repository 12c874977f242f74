/**
 * qa/span-duplicated — placeholders exactly once: a verbatim protected span of the source (URL,
 * e-mail address, domain, handle, hashtag, designation, do-not-translate term) that the target
 * holds more often than the source does, as when MT repeats a URL or a handle. Fewer is
 * `qa/span-missing` (protected-spans.ts); numbers and other typed values are the number checks'.
 *
 * Counted the same way on both sides, as whole tokens (tokenOccurrences): a domain that is also
 * part of a URL counts in the source as in the target. Every origin is checked, pseudo included
 * (it must keep spans as they are), human work too (reported, never changed).
 * Warning, not error: the meaning survives a duplicate, and a designation may be repeated on
 * purpose (`les F-16 … ces F-16` for `the F-16s … the jets`); an editor should look.
 */
import type { Finding, VerbatimSpan } from '../../model.js';
import { spanNoun } from '../../model.js';
import { checkFinding, type UnitCheck } from './unit-check.js';
import { tokenOccurrences } from './verbatim.js';

export const checkSpanDuplicated: UnitCheck = (unit) => {
  const texts = new Set(unit.segment.protectedSpans.filter((span): span is VerbatimSpan => span.kind !== 'value').map((span) => span.text));
  const findings: Finding[] = [];
  for (const text of texts) {
    const inSource = tokenOccurrences(unit.segment.source, text).length;
    const inTarget = tokenOccurrences(unit.target, text);
    if (inTarget.length <= inSource) continue;
    const extra = inTarget[inSource]!;
    const span = unit.segment.protectedSpans.find((candidate) => candidate.text === text)!;
    findings.push(
      checkFinding(unit, {
        ruleId: 'qa/span-duplicated',
        source: 'qa/checks/span-duplicated',
        severity: 'warning',
        repeats: true,
        reason: `the ${spanNoun(span)} “${text}” occurs ${inTarget.length} times in the target and ${inSource} in the source`,
        note: 'remove the repeated one unless the translation repeats it on purpose',
        place: { side: 'target', start: extra.start, end: extra.end },
        actual: `${inTarget.length} of ${inSource}`,
        expected: [text],
      }),
    );
  }
  return findings;
};
