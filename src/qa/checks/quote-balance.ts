/**
 * qa/quote-unbalanced — a quotation mark of the target without its partner: an opener (« “ or a
 * straight " that opens) never closed, or a closer that closes nothing. Which marks open or close
 * is house-style/quotes.ts's reading (French « » and “ ”, Arabic « » “ ”, straight " by what touches
 * it; a single ’ counts only as a pair, so an elision `l’EI` or a possessive is never a quote);
 * marks inside URLs and other literal text are not read.
 *
 * Compared with the source: wire copy opens a quotation in one paragraph and closes it in a later
 * one, so a source sentence with an opener and no closer may have a target that does the same. A
 * target is reported only for what it leaves unpaired beyond its source (more unclosed openers, or
 * more stray closers); a unit without a source is not judged. Every origin is checked, human work included (reported, never changed).
 */
import { quotationsOf } from './quotations.js';
import { checkFinding, type UnitCheck } from './unit-check.js';

export const checkQuoteBalance: UnitCheck = (unit) => {
  // Without its source (qa --jsonl with a target only) nothing says a quotation is not one that
  // goes on in the next paragraph: the check needs the source to compare with.
  if (unit.segment.source === '') return [];
  const source = quotationsOf(unit.segment.source).unpaired;
  const target = quotationsOf(unit.target).unpaired;
  return (['open', 'close'] as const).flatMap((role) => {
    const allowed = source.filter((mark) => mark.role === role).length;
    return target
      .filter((mark) => mark.role === role)
      .slice(allowed)
      .map((mark) =>
        checkFinding(unit, {
          ruleId: 'qa/quote-unbalanced',
          source: 'qa/checks/quote-balance',
          severity: 'warning',
          repeats: true,
          reason: role === 'open' ? `a quotation opened with ${mark.char} is not closed` : `${mark.char} closes no quotation`,
          note: allowed > 0 ? 'the source leaves fewer quotations unpaired' : 'the source pairs its quotation marks',
          place: { side: 'target', start: mark.index, end: mark.index + 1 },
          actual: mark.char,
        }),
      );
  });
};
