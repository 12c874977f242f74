/**
 * Which of a segment's markup codes a unit's XLIFF source and target carry, and where: the source
 * all of them at their own offsets (refused when they do not fit it), a target those its placements
 * put well (`Unit.targetMarkup`; an untranslated unit's source copy, the source's own).
 */
import { describeCode, markupProblems, type MarkupProblem } from '../markup/index.js';
import type { MarkupCode, MarkupPlacement } from '../model.js';
import type { PlacedMarkup } from './markup-ends.js';

/** The codes over their own source, or why they cannot be written (a code outside it, doubled, crossing another). */
export function sourceMarkup(codes: readonly MarkupCode[], source: string): { readonly placed: PlacedMarkup[] } | { readonly problem: string } {
  const problems = markupProblems(codes, codes.map(ownPlacement), source.length);
  if (problems.length > 0) return { problem: `its markup does not fit its source: ${problems.map(describeProblem).join('; ')}` };
  return { placed: codes.map((code) => ({ code, start: code.start, end: code.end })) };
}

/**
 * The codes `placements` put well into a target of `length` code units: a code lost, doubled or
 * placed outside the target, a placement of no code, and both codes of a crossing are left out, so
 * the target is written with the markup it can carry and never as malformed XML.
 */
export function targetMarkup(codes: readonly MarkupCode[], placements: readonly MarkupPlacement[], length: number): PlacedMarkup[] {
  const broken = new Set(markupProblems(codes, placements, length).flatMap(problemIds));
  const byId = new Map(codes.map((code) => [code.id, code]));
  return placements.flatMap((placement) => {
    const code = byId.get(placement.id);
    return code === undefined || broken.has(placement.id) ? [] : [{ code, start: placement.start, end: placement.end }];
  });
}

/** Where a code is in its own segment's source. */
export function ownPlacement(code: MarkupCode): MarkupPlacement {
  return { id: code.id, start: code.start, end: code.end };
}

function problemIds(problem: MarkupProblem): string[] {
  switch (problem.kind) {
    case 'unknown':
      return [problem.id];
    case 'misnested':
      return [problem.code.id, problem.crossed.id];
    default:
      return [problem.code.id];
  }
}

function describeProblem(problem: MarkupProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `${describeCode(problem.code)} has no place`;
    case 'duplicated':
      return `${describeCode(problem.code)} is there ${problem.count} times`;
    case 'unknown':
      return `${problem.id} is no code of the segment`;
    case 'misnested':
      return `${describeCode(problem.code)} crosses ${describeCode(problem.crossed)}`;
    case 'invalid':
      return `${describeCode(problem.code)} lies outside the text (${problem.placement.start}–${problem.placement.end})`;
  }
}
