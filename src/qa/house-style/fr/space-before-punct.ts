/**
 * fr-typography/space-before-punct — a narrow no-break space (U+202F) before ; ! ?, a no-break
 * space (U+00A0, or U+202F) before :. The fix puts U+202F before ; ! ? and U+00A0 before :,
 * replacing whatever spaces were there.
 * Not punctuation here: marks inside URLs, e-mail addresses and HTML entities; a colon between
 * digits (14:30, 3:1 — times are `time-format`'s); the second mark of ?! or !!; a mark right
 * after an opening bracket ((?) (!)) or at the start of the text; emoticons; names that end in
 * a mark (Yahoo!).
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { NBSP, NNBSP, isDigit, literalCoverage, spaceRunStartBefore } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

/** Names whose own spelling ends in a mark: no space goes before it. */
const namesEndingInMark = ['Yahoo!', 'Jeopardy!', 'Wham!'];

export const spaceBeforePunct: HouseStyleRule = {
  name: 'space-before-punct',
  defaultSeverity: 'warning',
  description: 'U+202F before ; ! ?, U+00A0 (or U+202F) before :',
  check(text) {
    const zones = literalCoverage(text);
    const hits: RuleHit[] = [];
    for (const match of matchesOf(/[;:!?]/gu, text)) {
      const i = match.index;
      if (zones.has(i) || !isPunctuationHere(text, i)) continue;
      const mark = text[i]!;
      const before = text[i - 1];
      if (before === NNBSP || (mark === ':' && before === NBSP)) continue;
      const start = spaceRunStartBefore(text, i);
      if (start === 0 || text[start - 1] === '\n') continue;
      const space = mark === ':' ? NBSP : NNBSP;
      const spaceName = mark === ':' ? 'a no-break space (U+00A0)' : 'a narrow no-break space (U+202F)';
      hits.push(replacementHit(start, i + 1, `${space}${mark}`, `${mark} takes ${spaceName} before it`));
    }
    return hits;
  },
};

function isPunctuationHere(text: string, i: number): boolean {
  const mark = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || before === '(' || before === '[') return false;
  if (mark === ':') return !(isDigit(before) && isDigit(after)) && !/^[-]?[()DPp](?![\p{L}])/u.test(text.slice(i + 1, i + 3));
  if (mark === ';') return true;
  if (before === '!' || before === '?') return false;
  return !namesEndingInMark.some((name) => text.startsWith(name, i + 1 - name.length));
}
