/**
 * terms — finds the newsroom termbase's terms in each segment's source.
 *
 * Takes: segments and the glossary (see `parseGlossary`; `src/io/read-glossary.ts` reads it from disk).
 * Returns: the segments with `terms` set: whole-word hits, leftmost-longest, never overlapping,
 *   case rules per entry and form, ’ and ' alike, any whitespace run inside a multi-word term, a
 *   possessive `'s` outside the hit; a `term` entry's forms in their regular English plural too
 *   (`plurals.ts`), the hit marked `plural`. A segment without hits that had none is returned as is.
 * Options: none.
 * Limitations: irregular plurals and other inflections are found only as listed variants; a word
 *   is a run of letters, marks and digits, so scripts written without spaces and Arabic's attached
 *   prefixes (و، ال) are not split.
 *
 * Also exported: `parseGlossary` (termbase CSV files → Glossary), `compileTermMatcher` and
 * `matchTerms` (terms of one text), `describeTermsForNote` (hits as lines for XLIFF notes).
 */
import type { Glossary, Segment } from '../model.js';
import { compileTermMatcher, matchTerms, type TermMatcher } from './matcher.js';

export { compileTermMatcher, matchTerms, type TermMatcher } from './matcher.js';
export { describeTermsForNote } from './note.js';
export { parseGlossary, type GlossaryFile } from './parse-glossary.js';

// Compiled once per glossary, not once per article: the job calls findTerms article by article.
const matchers = new WeakMap<Glossary, TermMatcher>();

export function findTerms(segments: readonly Segment[], glossary: Glossary): Segment[] {
  const matcher = matcherFor(glossary);
  return segments.map((segment) => {
    const terms = matchTerms(segment.source, matcher);
    return terms.length === 0 && segment.terms.length === 0 ? segment : { ...segment, terms };
  });
}

function matcherFor(glossary: Glossary): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = compileTermMatcher(glossary);
    matchers.set(glossary, matcher);
  }
  return matcher;
}
