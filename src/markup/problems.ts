/**
 * What is wrong with a target's markup against its segment's codes: a code lost, doubled or never
 * in the source, pairs crossing each other, a placement outside the target. One judgement for
 * every producer of targets (DeepL's answer, a returned XLIFF file, QA), each making its findings.
 */
import type { MarkupCode, MarkupPlacement, TargetFinding } from '../model.js';

export type MarkupProblem =
  | { readonly kind: 'missing'; readonly code: MarkupCode }
  | { readonly kind: 'duplicated'; readonly code: MarkupCode; readonly count: number }
  | { readonly kind: 'unknown'; readonly id: string }
  | { readonly kind: 'misnested'; readonly code: MarkupCode; readonly crossed: MarkupCode }
  | { readonly kind: 'invalid'; readonly code: MarkupCode; readonly placement: MarkupPlacement };

/**
 * The problems of `placements` (a target of `length` UTF-16 units) against the segment's `codes`,
 * in a stable order: by code, then unknown ids, then crossings. Each code must be placed exactly
 * once; a standalone code at one offset, a pair with `start <= end`, both inside the target; two
 * pairs either nested or apart.
 */
export function markupProblems(codes: readonly MarkupCode[], placements: readonly MarkupPlacement[], length: number): MarkupProblem[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const placedById = new Map<string, MarkupPlacement[]>();
  const problems: MarkupProblem[] = [];
  const unknown = new Set<string>();
  for (const placement of placements) {
    if (!byId.has(placement.id)) {
      unknown.add(placement.id);
      continue;
    }
    const list = placedById.get(placement.id) ?? [];
    list.push(placement);
    placedById.set(placement.id, list);
  }
  const valid: Array<{ code: MarkupCode; placement: MarkupPlacement }> = [];
  for (const code of codes) {
    const placed = placedById.get(code.id) ?? [];
    if (placed.length === 0) problems.push({ kind: 'missing', code });
    else if (placed.length > 1) problems.push({ kind: 'duplicated', code, count: placed.length });
    else if (!fits(code, placed[0]!, length)) problems.push({ kind: 'invalid', code, placement: placed[0]! });
    else valid.push({ code, placement: placed[0]! });
  }
  for (const id of unknown) problems.push({ kind: 'unknown', id });
  problems.push(...crossings(valid));
  return problems;
}

function fits(code: MarkupCode, { start, end }: MarkupPlacement, length: number): boolean {
  const inside = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start <= end;
  return inside && (code.kind === 'paired' || start === end);
}

/** Pairs that cross (`a.start < b.start < a.end < b.end`), each crossing once, found by a sweep with a stack of open pairs. */
function crossings(placed: ReadonlyArray<{ code: MarkupCode; placement: MarkupPlacement }>): MarkupProblem[] {
  const pairs = placed.filter(({ code, placement }) => code.kind === 'paired' && placement.start < placement.end);
  type Event = { at: number; opens: boolean; index: number };
  const events: Event[] = pairs.flatMap(({ placement }, index) => [
    { at: placement.start, opens: true, index },
    { at: placement.end, opens: false, index },
  ]);
  // At one offset closes come first (touching pairs do not cross); opens outer first, closes inner first.
  events.sort((a, b) => a.at - b.at || Number(a.opens) - Number(b.opens) || tieOrder(a, b, pairs));
  const open: number[] = [];
  const problems: MarkupProblem[] = [];
  for (const event of events) {
    if (event.opens) {
      open.push(event.index);
      continue;
    }
    const position = open.lastIndexOf(event.index);
    // Every pair opened after this one and still open crosses it.
    for (const inner of open.slice(position + 1)) {
      problems.push({ kind: 'misnested', code: pairs[event.index]!.code, crossed: pairs[inner]!.code });
    }
    open.splice(position, 1);
  }
  return problems;
}

function tieOrder(a: { opens: boolean; index: number }, b: { index: number }, pairs: ReadonlyArray<{ placement: MarkupPlacement }>): number {
  const pa = pairs[a.index]!.placement;
  const pb = pairs[b.index]!.placement;
  return a.opens ? pb.end - pa.end : pb.start - pa.start;
}

/** Describes a code for messages: `<a href="…"> (m2)`. */
export function describeCode(code: MarkupCode): string {
  return `${code.open} (${code.id})`;
}

/**
 * The problems as error findings about a target (`<origin>/markup-<kind>`: `mt/markup-missing`,
 * `xliff/markup-misnested` …): a target with broken markup cannot be published as it stands.
 */
export function markupFindings(problems: readonly MarkupProblem[], origin: { readonly source: string; readonly producer: string }): TargetFinding[] {
  return problems.map((problem) => {
    const base = { source: origin.source, severity: 'error' as const };
    const ruleId = `${origin.source}/markup-${problem.kind}`;
    switch (problem.kind) {
      case 'missing':
        return { ...base, ruleId, key: problem.code.id, reason: `${origin.producer} lost the markup ${describeCode(problem.code)}: restore it around the same words`, expected: [problem.code.open] };
      case 'duplicated':
        return { ...base, ruleId, key: problem.code.id, reason: `${origin.producer} repeated the markup ${describeCode(problem.code)}: it appears ${problem.count} times, once in the source`, actual: `${problem.count} times`, expected: [problem.code.open] };
      case 'unknown':
        return { ...base, ruleId, key: problem.id, reason: `${origin.producer} returned markup that is not in the source (${problem.id}); it was left out of the target`, actual: problem.id };
      case 'misnested':
        return { ...base, ruleId, key: `${problem.code.id}-${problem.crossed.id}`, reason: `${origin.producer} crossed the markup ${describeCode(problem.code)} with ${describeCode(problem.crossed)}: one must lie inside the other, as in the source` };
      case 'invalid':
        return { ...base, ruleId, key: problem.code.id, reason: `${origin.producer} placed the markup ${describeCode(problem.code)} outside the target text` };
    }
  });
}
