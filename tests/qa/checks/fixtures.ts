/** Units with targets for the checks' tests: a source with its verbatim spans marked by hand. */
import type { Glossary, ProtectedSpan, Unit } from '../../../src/model.js';
import type { UnitCheck } from '../../../src/qa/checks/unit-check.js';
import { runUnitCheck } from '../../../src/qa/checks/unit-check.js';
import { glossaryOf, segmentOf, spanOf, unitOf } from '../../helpers/builders.js';

/** Each `[text, kind]` is marked as a protected span at its first place in `source`. */
export function targetUnit(
  source: string,
  target: string,
  options: { lang?: string; spans?: ReadonlyArray<readonly [string, ProtectedSpan['kind']]>; glossary?: Glossary; patch?: Partial<Unit> } = {},
): Unit {
  const segment = segmentOf(source, { id: 'p3.s1', ...(options.glossary ? { glossary: options.glossary } : {}) });
  const protectedSpans = (options.spans ?? []).map(([text, kind]) => spanOf(text, source.indexOf(text), kind));
  return unitOf({ ...segment, protectedSpans }, options.lang ?? 'fr', { state: 'needs-review', origin: 'mt', engine: 'scripted', target, ...options.patch });
}

export function findingsOf(check: UnitCheck, unit: Unit, glossary: Glossary = glossaryOf()) {
  return runUnitCheck([unit], check, { glossary })[0]!.findings;
}

/** What a test compares: rule, severity, the text at the place, and the reason. */
export function summary(unit: Unit, check: UnitCheck, glossary?: Glossary): Array<[string, string, string, string]> {
  return findingsOf(check, unit, glossary).map((finding) => {
    const text = finding.place!.side === 'target' ? unit.target! : unit.segment.source;
    return [finding.ruleId, finding.severity, text.slice(finding.place!.start, finding.place!.end), finding.reason];
  });
}
