/**
 * What every check in this folder is: a function from one unit with a target to the findings it
 * sees there, and the one way to run it over units and to build its findings (stable ids).
 * A check reports; it never changes a target, so it may read human `reviewed`/`final` work too.
 */
import { findingOnUnit, hasTarget, rangeKey, type Finding, type Glossary, type Severity, type Unit } from '../../model.js';

export type UnitWithTarget = Unit & { readonly target: string };

export interface UnitCheckContext {
  readonly glossary: Glossary;
}

export type UnitCheck = (unit: UnitWithTarget, context: UnitCheckContext) => Finding[];

/** The units, each with a target given the check's findings after its own. */
export function runUnitCheck(units: readonly Unit[], check: UnitCheck, context: UnitCheckContext): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit)) return unit;
    const findings = check(unit, context);
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

export interface CheckFindingFields {
  readonly ruleId: string;
  /** The check's module, `qa/checks/<name>`. */
  readonly source: string;
  readonly severity: Severity;
  readonly reason: string;
  readonly place: NonNullable<Finding['place']>;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
  /** Whether the check can report this rule more than once on a unit: then its range tells them apart. */
  readonly repeats: boolean;
}

/** A finding on `unit` (`findingOnUnit`), keyed by its range when its rule can fire more than once there. */
export function checkFinding(unit: Unit, { repeats, ...fields }: CheckFindingFields): Finding {
  return findingOnUnit({ fixable: false, ...fields, ...(repeats ? { key: rangeKey(fields.place) } : {}) }, unit);
}
