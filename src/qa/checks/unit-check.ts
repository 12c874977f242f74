/**
 * What every check in this folder is: a function from one unit with a target to the findings it
 * sees there, and the one way to run it over units and to build its findings (stable ids).
 * A check reports; it never changes a target, so it may read human `reviewed`/`final` work too.
 */
import { hasTarget, type Finding, type Glossary, type Severity, type Unit } from '../../model.js';
import { sha256Hex } from '../../util/hash.js';

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
}

/** A finding on `unit`, its id stable across runs: the rule, language, unit and place. */
export function checkFinding(unit: Unit, fields: CheckFindingFields): Finding {
  const { place } = fields;
  return {
    id: sha256Hex(`${fields.ruleId}\u0000${unit.targetLang}\u0000${unit.id}\u0000${place.side}:${place.start}:${place.end}`).slice(0, 16),
    unitId: unit.id,
    fixable: false,
    ...fields,
  };
}
