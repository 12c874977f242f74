/**
 * qa/protected-spans — does every verbatim span of the source (URL, e-mail address, bare domain,
 * @handle, #hashtag, designation such as `F-16`, do-not-translate term) reach the target as it is?
 *
 * Takes: units with their targets, whatever produced them.
 * Returns: the same units; a target that lacks a verbatim span of its source carries a
 *   `qa/span-missing` error naming the span. An error blocks publication of the unit (see
 *   `blockingFindings` in model.ts): the localized story is not written as complete while it stands.
 *   Checked for every origin that can lose a span — machine translation, pseudo-translation and
 *   translation-memory matches; a human's work is not (the XLIFF import already refuses a target
 *   that lost an inline code). A span that the engine itself reported lost (an error finding on
 *   the same place of the source, such as DeepL's `mt/placeholder-missing`) is not reported twice.
 *   Each span counts: a source with two `AFP`s needs two in the target.
 * Typed values (numbers, money, dates …) are written in the target's own format, not verbatim:
 *   `numbers/` checks them by value (`numbers/value-missing`).
 */
import { findingOnUnit, hasTarget, rangeKey, spanNoun, type Finding, type ProtectedSpan, type Unit, type VerbatimSpan } from '../model.js';

export function checkProtectedSpans(units: readonly Unit[]): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit) || unit.origin === 'human' || !unit.segment.protectedSpans.some(isVerbatim)) return unit;
    const findings = missingSpans(unit, unit.target);
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

function missingSpans(unit: Unit, target: string): Finding[] {
  const findings: Finding[] = [];
  for (const spans of groupSpans(unit)) {
    const found = occurrences(target, spans[0]!.text);
    if (found >= spans.length) continue;
    const first = spans[found]!;
    const description = `${spanNoun(first)} “${first.text}”`;
    const place = { side: 'source', start: first.start, end: first.end } as const;
    findings.push(findingOnUnit({
      key: rangeKey(place),
      ruleId: 'qa/span-missing',
      source: 'qa/protected-spans',
      severity: 'error',
      reason:
        spans.length === 1
          ? `the ${description} is missing from the target`
          : `the ${description} occurs ${spans.length} times in the source and ${found} in the target`,
      note: 'restore it before publishing',
      place,
      actual: `${found} of ${spans.length}`,
      expected: [first.text],
    }, unit));
  }
  return findings;
}


/** The unit's verbatim spans that no engine finding already reports, grouped by their text, in source order. */
function groupSpans(unit: Unit): Array<readonly VerbatimSpan[]> {
  const reported = reportedSourceRanges(unit);
  const groups = new Map<string, VerbatimSpan[]>();
  for (const span of unit.segment.protectedSpans.filter(isVerbatim).sort((a, b) => a.start - b.start)) {
    if (reported.has(`${span.start}:${span.end}`)) continue;
    // Pushed, not copied: a sentence of thousands of equal spans made copying quadratic.
    const group = groups.get(span.text);
    if (group) group.push(span);
    else groups.set(span.text, [span]);
  }
  return [...groups.values()];
}

/** The source ranges (`start:end`) an error finding on the unit already reports, such as an engine's lost placeholder. */
export function reportedSourceRanges(unit: Unit): ReadonlySet<string> {
  return new Set(
    unit.findings.flatMap((finding) =>
      finding.severity === 'error' && finding.place?.side === 'source' ? [`${finding.place.start}:${finding.place.end}`] : [],
    ),
  );
}

function isVerbatim(span: ProtectedSpan): span is VerbatimSpan {
  return span.kind !== 'value';
}

function occurrences(text: string, wanted: string): number {
  let found = 0;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) found += 1;
  return found;
}
