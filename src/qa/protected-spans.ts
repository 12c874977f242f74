/**
 * qa/protected-spans — does every number, URL, e-mail address and do-not-translate term of the
 * source reach the target?
 *
 * Takes: units with their targets, whatever produced them.
 * Returns: the same units; a target that lacks a protected span of its source carries a
 *   `qa/span-missing` error naming the span. An error blocks publication of the unit (see
 *   `blockingFindings` in model.ts): the localized story is not written as complete while it stands.
 *   Checked for every origin that can lose a span — machine translation, pseudo-translation and
 *   translation-memory matches; a human's work is not (the XLIFF import already refuses a target
 *   that lost an inline code). A span that the engine itself reported lost (an error finding on
 *   the same place of the source, such as DeepL's `mt/placeholder-missing`) is not reported twice.
 * Comparison "in substance": a URL, an e-mail address or a do-not-translate term must appear as
 *   it is; a number must appear with the same digits, whatever its separators and digit shapes
 *   (`2,500` is found in `2 500`, `2.500` or `٢٬٥٠٠`; `3.5` in `3,5`); a value written with several
 *   numbers needs each of them (`December 1, 2024`: a 1 and a 2024); weekdays and times are not
 *   looked for (the target writes them afresh: `vendredi`, `14 h 30`).
 *   Each span counts: a source with two `2`s needs two in the target.
 * Limitations: digits inside a URL of the target count as a number; a number written out in
 *   words (`deux`) counts as lost.
 */
import { hasTarget, spanNoun, type Finding, type ProtectedSpan, type Unit } from '../model.js';
import { sha256Hex } from '../util/hash.js';

export function checkProtectedSpans(units: readonly Unit[]): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit) || unit.origin === 'human' || unit.segment.protectedSpans.length === 0) return unit;
    const findings = missingSpans(unit, unit.target);
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

function missingSpans(unit: Unit, target: string): Finding[] {
  const targetNumbers = numberKeys(target);
  const findings: Finding[] = [];
  for (const spans of groupSpans(unit)) {
    const { kind, text } = spans[0]!;
    const found = kind === 'value' ? timesFound(targetNumbers, numberKeys(text)) : occurrences(target, text);
    if (found >= spans.length) continue;
    const first = spans[found]!;
    const description = `${spanNoun(first)} “${first.text}”`;
    findings.push({
      id: sha256Hex(`qa/span-missing\u0000${unit.targetLang}\u0000${unit.id}\u0000${first.start}`).slice(0, 16),
      ruleId: 'qa/span-missing',
      source: 'qa/protected-spans',
      severity: 'error',
      reason:
        spans.length === 1
          ? `the ${description} is missing from the target`
          : `the ${description} occurs ${spans.length} times in the source and ${found} in the target`,
      note: 'restore it before publishing',
      unitId: unit.id,
      place: { side: 'source', start: first.start, end: first.end },
      actual: `${found} of ${spans.length}`,
      expected: [first.text],
    });
  }
  return findings;
}


/**
 * The unit's spans that no engine finding already reports, grouped by what they must match in
 * the target, in source order.
 */
function groupSpans(unit: Unit): Array<readonly ProtectedSpan[]> {
  const reported = new Set(
    unit.findings.flatMap((finding) =>
      finding.severity === 'error' && finding.place?.side === 'source' ? [`${finding.place.start}:${finding.place.end}`] : [],
    ),
  );
  const groups = new Map<string, ProtectedSpan[]>();
  for (const span of [...unit.segment.protectedSpans].sort((a, b) => a.start - b.start)) {
    if (reported.has(`${span.start}:${span.end}`) || writtenAfresh(span)) continue;
    const key = span.kind === 'value' ? `number\u0000${numberKeys(span.text).join(' ')}` : `text\u0000${span.text}`;
    // Pushed, not copied: a sentence of thousands of equal numbers made copying quadratic.
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  }
  return [...groups.values()];
}

/**
 * The numbers written in a text, each as its digits: a run of digits joined by decimal or
 * grouping marks (`,` `.` `'` `٫` `٬`, or a space of any width followed by exactly three digits,
 * as French groups thousands — so `2024 2 500` is two numbers, 2024 and 2500).
 */
function numberKeys(text: string): string[] {
  const ascii = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90));
  return (ascii.match(/\d+(?:[.,'\u066B\u066C]\d+|[ \u00A0\u202F]\d{3}(?!\d))*/gu) ?? []).map(digitsOf);
}

function digitsOf(text: string): string {
  return text.replace(/\D/gu, '');
}

/**
 * A weekday or a time, which a target writes with other words or digits than the source
 * (`vendredi`, `14 h 30` for `2:30 pm`), has no digits of the source to look for.
 */
function writtenAfresh(span: ProtectedSpan): boolean {
  return span.kind === 'value' && (span.value.type === 'weekday' || span.value.type === 'time');
}

/**
 * How many times the target holds a value written with these numbers: each of them must be there
 * (`December 1, 2024` needs a 1 and a 2024, `2014-2017` a 2014 and a 2017).
 */
function timesFound(targetNumbers: readonly string[], wanted: readonly string[]): number {
  return Math.min(...wanted.map((number) => targetNumbers.filter((value) => value === number).length));
}

function occurrences(text: string, wanted: string): number {
  let found = 0;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) found += 1;
  return found;
}
