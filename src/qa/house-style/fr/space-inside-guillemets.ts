/**
 * fr-typography/space-inside-guillemets — a narrow no-break space (U+202F) after « and before ».
 * The fix puts exactly one U+202F there, replacing any other space. A « that ends the text or a
 * » that starts it has nothing to be spaced from; an empty «» takes one space, after «.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { NNBSP, spaceRunEndAfter, spaceRunStartBefore } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

export const spaceInsideGuillemets: HouseStyleRule = {
  name: 'space-inside-guillemets',
  defaultSeverity: 'warning',
  description: 'U+202F after « and before »',
  check(text) {
    const hits: RuleHit[] = [];
    for (const match of matchesOf(/[«»]/gu, text)) {
      const i = match.index;
      if (match[0] === '«') {
        const end = spaceRunEndAfter(text, i + 1);
        if (end === text.length || text[end] === '\n' || (end === i + 2 && text[i + 1] === NNBSP)) continue;
        hits.push(replacementHit(i, end, `«${NNBSP}`, '« takes a narrow no-break space (U+202F) after it'));
      } else {
        const start = spaceRunStartBefore(text, i);
        // «» empty: the space after « is the only one it takes.
        if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '«' || (start === i - 1 && text[start] === NNBSP)) continue;
        hits.push(replacementHit(start, i + 1, `${NNBSP}»`, '» takes a narrow no-break space (U+202F) before it'));
      }
    }
    return hits;
  },
};
