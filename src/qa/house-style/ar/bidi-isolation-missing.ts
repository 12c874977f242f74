/**
 * ar-typography/bidi-isolation-missing — every run of Latin words (names, titles, URLs: see
 * latin.ts) and every space-grouped number (a telephone number: +971 4 123 4567) lies wholly
 * inside one isolate, FSI…PDI (preferred) or LRI…PDI. A run outside any isolate, split over two
 * isolates, wrapped in LRM marks or in a legacy embedding (LRE…PDF) is a violation. The fix
 * wraps the whole run in FSI…PDI, dropping the isolate controls that split it.
 * Plain numbers (2500, 3.5%, 12/1/2025, 14:30) need no isolate. A text without Arabic letters has
 * no bidi context and is not checked.
 * Limitation: the text is plain; HTML's <bdi> is the renderer's isolate and is not read here.
 */
import type { HouseStyleRule, RuleHit } from '../rule.js';
import { FSI, LRI, PDI, containsArabic, isIsolateOpener, type Coverage, type TextRange } from '../text.js';
import { arabicIsolateInteriors, isolatableRuns } from './isolation.js';

export const bidiIsolationMissing: HouseStyleRule = {
  name: 'bidi-isolation-missing',
  defaultSeverity: 'warning',
  description: 'each Latin run and spaced number wholly inside one FSI…PDI (or LRI…PDI) isolate',
  check(text) {
    if (!containsArabic(text)) return [];
    const isolated = arabicIsolateInteriors(text, (span) => span.opener === FSI || span.opener === LRI);
    const hits: RuleHit[] = [];
    for (const run of isolatableRuns(text)) {
      if (isIsolated(text, run, isolated)) continue;
      const written = text.slice(run.start, run.end);
      const reason = /\p{Script=Latin}/u.test(written)
        ? 'Latin text in Arabic outside one isolate (FSI…PDI)'
        : 'a number grouped with spaces outside one isolate (FSI…PDI)';
      hits.push({ ...run, reason, expected: `${FSI}${stripIsolates(written)}${PDI}`, edits: [wrap(text, run)] });
    }
    return hits;
  },
};

/**
 * Inside one isolate: no isolate control stands inside the run, so the isolate around its first
 * character (if any) holds all of it.
 */
function isIsolated(text: string, run: TextRange, isolated: Coverage): boolean {
  const written = text.slice(run.start, run.end);
  if ([...written].some((char) => isIsolateOpener(char) || char === PDI)) return false;
  return isolated.has(run.start);
}

/** FSI…PDI around the run, taking in the isolate controls that touch or split it. */
function wrap(text: string, run: TextRange): { start: number; end: number; text: string } {
  let start = run.start;
  while (start > 0 && isIsolateOpener(text[start - 1])) start -= 1;
  let end = run.end;
  while (end < text.length && text[end] === PDI) end += 1;
  return { start, end, text: `${FSI}${stripIsolates(text.slice(start, end))}${PDI}` };
}

const stripIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/gu, '');
