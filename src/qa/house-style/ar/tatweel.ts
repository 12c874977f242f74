/**
 * ar-typography/tatweel — the tatweel (U+0640, ـ) as decoration is a violation; the fix removes it.
 * Kept (one ـ): a one-letter abbreviation standing alone (هـ in 1445 هـ, مـ), and a proclitic
 * written apart before something it cannot join — a digit, a Latin letter, a quotation mark or an
 * isolate (بـ2500, لـ"حماس", وـ«, كـFacebook, بـ⁨…), also after و or ف (ولـ«…»). The house also keeps
 * the article forms before those (الـ20, للـFBI, بالـ"…"): Arab agency copy writes them daily. A
 * space may follow (بـ 2500). Vowel marks of vocalized text do not count (بِـ2500).
 * Two or more ـ where one is kept become one.
 * A proclitic cut from the Arabic word it belongs to (لـ حماس, ولـ الاتفاق) is reported without a
 * fix: removing the tatweel would leave a letter standing alone, and joining them may need a
 * spelling change (ل + الاتفاق → للاتفاق) that is a person's call.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { arabicProcliticsEnd, isArabicLetter, procliticsLookBehind } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

const tatweelRun = /\u0640+/gu;
const unjoinable = /^[ \u00A0]?(?:[\p{Nd}\p{Script=Latin}"'«“‘\u2066-\u2068]|<bdi)/u;
const arabicWordAfterSpace = /^[ \u00A0]+(?=\p{L})\p{Script=Arabic}/u;

export const tatweelRule: HouseStyleRule = {
  name: 'tatweel',
  defaultSeverity: 'warning',
  description: 'no tatweel (ـ) as decoration',
  check(text) {
    const hits: RuleHit[] = [];
    for (const match of matchesOf(tatweelRun, text)) {
      const start = match.index;
      const end = start + match[0].length;
      const proclitic = arabicProcliticsEnd.test(text.slice(Math.max(0, start - procliticsLookBehind), start));
      if (proclitic && arabicWordAfterSpace.test(text.slice(end, end + 3))) {
        hits.push({ start, end, reason: 'a proclitic written apart from its word: join them (لـ حماس → لحماس)' });
        continue;
      }
      const kept = (proclitic && unjoinable.test(text.slice(end, end + 5))) || isAbbreviation(text, start, end);
      if (kept && match[0].length === 1) continue;
      const expected = kept ? '\u0640' : '';
      const reason = kept ? 'one tatweel is enough' : 'a tatweel as decoration';
      hits.push(replacementHit(start, end, expected, reason));
    }
    return hits;
  },
};

/** One Arabic letter and its tatweel standing as a word of its own: هـ. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  const letter = text[start - 1];
  const before = text[start - 2];
  const after = text[end];
  const edge = (char: string | undefined) => char === undefined || !/[\p{L}\p{M}]/u.test(char);
  return isArabicLetter(letter) && edge(before) && edge(after);
}
