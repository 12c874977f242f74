/**
 * ar-typography/tatweel — the tatweel (U+0640, ـ) as decoration is a violation; the fix removes it.
 * Kept (one ـ): a one-letter abbreviation standing alone (هـ in 1445 هـ, مـ), and a proclitic
 * written apart before something it cannot join — a digit, a Latin letter, a quotation mark or an
 * isolate (بـ2500, لـ"حماس", وـ«, كـFacebook, بـ⁨…), also after و or ف (ولـ«…»). The house also keeps
 * the article forms before those (الـ20, للـFBI, بالـ"…"): Arab agency copy writes them daily. A
 * space may follow (بـ 2500).
 * Two or more ـ where one is kept become one.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { isArabicLetter } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

const tatweelRun = /\u0640+/gu;
/** و or ف, then ب ل ك, or the article with them: و ب وب ال بال وبال لل فلل… */
const proclitic = /(?:^|[^\p{L}\p{M}])(?:[وف]?[بلك]|[وف]|[وف]?[بك]?ال|[وف]?لل)$/u;
const unjoinable = /^[ \u00A0]?(?:[\p{Nd}\p{Script=Latin}"'«“‘\u2066-\u2068]|<bdi)/u;

export const tatweelRule: HouseStyleRule = {
  name: 'tatweel',
  defaultSeverity: 'warning',
  description: 'no tatweel (ـ) as decoration',
  check(text) {
    const hits: RuleHit[] = [];
    for (const match of matchesOf(tatweelRun, text)) {
      const start = match.index;
      const end = start + match[0].length;
      const kept = isAbbreviation(text, start, end) || isProcliticApart(text, start, end);
      if (kept && match[0].length === 1) continue;
      const expected = kept ? '\u0640' : '';
      const reason = kept ? 'one tatweel is enough' : 'a tatweel as decoration';
      hits.push(replacementHit(start, end, expected, reason));
    }
    return hits;
  },
};

/** A proclitic written apart before what it cannot join: بـ2500, لـ«حماس». */
function isProcliticApart(text: string, start: number, end: number): boolean {
  return proclitic.test(text.slice(Math.max(0, start - 5), start)) && unjoinable.test(text.slice(end, end + 5));
}

/** One Arabic letter and its tatweel standing as a word of its own: هـ. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  const letter = text[start - 1];
  const before = text[start - 2];
  const after = text[end];
  const edge = (char: string | undefined) => char === undefined || !/[\p{L}\p{M}]/u.test(char);
  return isArabicLetter(letter) && edge(before) && edge(after);
}
