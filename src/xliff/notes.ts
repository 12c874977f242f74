import { blockingFindings, hasTarget, type BlockKind, type Finding, type GlossaryEntry, type LanguageTag, type Unit } from '../model.js';
import { houseStyleFixedRuleId } from '../qa/house-style-units.js';
import { termNoteText } from './terms.js';
import type { XliffNote } from './view.js';

/** The newsroom's limit on a block's target, for the note on each of its units. */
export interface BlockSizeLimit {
  readonly kind: BlockKind;
  /** Most characters (code points) of the block's whole target. */
  readonly characters: number;
}

/**
 * The notes translators see on a unit, most important first: each error that keeps the target
 * from publication, a warning when the target is a pseudo-translation or a copy of the source,
 * each other finding on the target (a house-style or term warning, the house-style fixer's
 * info), the block's size limit, the glossary terms, then where the target came from.
 */
export function unitNotes(
  unit: Unit,
  terms: readonly GlossaryEntry[],
  lang: LanguageTag,
  sizeLimit: BlockSizeLimit | undefined,
): XliffNote[] {
  // An untranslated unit's failure needs no note: its target is a copy of the source, and says so.
  const notes: XliffNote[] = hasTarget(unit) ? blockingFindings(unit).map(errorNote) : [];
  const warning = targetWarning(unit);
  if (warning) notes.push(warning);
  if (hasTarget(unit)) notes.push(...unit.findings.filter(isReviewerFinding).map(findingNote));
  if (sizeLimit) notes.push({ category: 'size-limit', appliesTo: 'target', text: sizeLimitText(sizeLimit, overLimitBy(unit)) });
  if (terms.length > 0) notes.push({ category: 'terminology', appliesTo: 'source', text: termNoteText(terms, lang) });
  const origin = originText(unit);
  if (origin) notes.push({ category: 'origin', appliesTo: 'target', text: origin });
  return notes;
}

/**
 * `Size limit: the headline's translation must fit in 90 characters (the whole headline, all its
 * segments together).`, plus `It has 104 now: shorten it.` on the unit qa/size-limits flagged.
 */
function sizeLimitText({ kind, characters }: BlockSizeLimit, length: string | undefined): string {
  return (
    `Size limit: the ${kind}'s translation must fit in ${characters} characters ` +
    `(the whole ${kind}, all its segments together).` +
    (length === undefined ? '' : ` It has ${length} now: shorten it.`)
  );
}

/** The block's length when qa/size-limits found it over the limit (on the block's last unit). */
function overLimitBy(unit: Unit): string | undefined {
  return unit.findings.find((finding) => finding.ruleId === 'qa/size-limit')?.actual;
}

/** Not an error (those have their own note), nor the size limit (its note says it). */
function isReviewerFinding(finding: Finding): boolean {
  return finding.severity !== 'error' && finding.ruleId !== 'qa/size-limit';
}

/** `Warning (fr-typography/quote-style): " used as a quotation mark; a quotation takes « » (at 9–10: "; house form: «).` */
function findingNote(finding: Finding): XliffNote {
  const label = finding.severity === 'warning' ? 'Warning' : 'Info';
  return { category: 'finding', appliesTo: finding.place?.side ?? 'target', text: `${label} (${finding.ruleId}): ${finding.reason}${placeText(finding)}.` };
}

/** Where in the target, and the house form when a fixer knows it; nothing for the fixer's own note (its `actual` is the whole former target). */
function placeText(finding: Finding): string {
  const { place, actual } = finding;
  if (place?.side !== 'target' || actual === undefined || finding.ruleId === houseStyleFixedRuleId) return '';
  const house = finding.fixable && finding.expected?.[0] !== undefined ? `; house form: ${finding.expected[0]}` : '';
  return ` (at ${place.start}–${place.end}: ${actual}${house})`;
}

/** `Error (numbers/value-missing): the number “2,500” is not in the target; write this value in the target before publishing. …` */
function errorNote(finding: Finding): XliffNote {
  const advice = finding.note === undefined ? '' : `; ${finding.note}`;
  return {
    category: 'error',
    appliesTo: 'target',
    text: `Error (${finding.ruleId}): ${finding.reason}${advice}. Until it is fixed, this target is not published.`,
  };
}

function targetWarning(unit: Unit): XliffNote | undefined {
  if (unit.state === 'untranslated') {
    return {
      category: 'untranslated',
      appliesTo: 'target',
      text: 'Not translated yet: the target is a copy of the source text. Replace it with the translation.',
    };
  }
  if (unit.origin === 'pseudo') {
    return {
      category: 'pseudo-translation',
      appliesTo: 'target',
      text:
        `PSEUDO-TRANSLATION for testing (engine ${unit.engine ?? 'pseudo'}): this target is NOT a translation. ` +
        'Translate the source text.',
    };
  }
  return undefined;
}

/** Untranslated targets are source copies, and pseudo output has its warning: neither gets an origin note. */
function originText(unit: Unit): string | undefined {
  if (unit.state === 'untranslated') return undefined;
  switch (unit.origin) {
    case 'mt':
      return unit.engine ? `Machine translation (engine ${unit.engine}).` : 'Machine translation.';
    case 'tm':
      return 'From the translation memory.';
    case 'human':
      return 'Human translation.';
    case 'pseudo':
    case undefined:
      return undefined;
  }
}
