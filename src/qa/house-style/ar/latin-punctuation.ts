/**
 * ar-typography/latin-comma, latin-semicolon, latin-question-mark — , ; ? in Arabic text where
 * ، ؛ ؟ are required. The fix writes the Arabic mark.
 * Not Arabic punctuation: a mark inside an isolate, a URL or e-mail address or entity; a mark
 * inside a Latin run (the end of an English title that fills a quotation: «Who Killed Kennedy?»), or
 * between two Latin words or a Latin run's number (Reuters, AFP; Windows 10, Office); a comma between digits
 * (2,500). A mark right after a Latin word or an isolate, followed by Arabic, belongs to the
 * Arabic sentence and is a violation. A text without Arabic letters is not checked.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { Coverage, containsArabic, isDigit, isSpace, literalCoverage } from '../text.js';
import { arabicIsolateInteriors } from './isolation.js';
import { latinRuns } from './latin.js';

const marks = [
  { name: 'latin-comma', latin: ',', arabic: '،', label: 'comma' },
  { name: 'latin-semicolon', latin: ';', arabic: '؛', label: 'semicolon' },
  { name: 'latin-question-mark', latin: '?', arabic: '؟', label: 'question mark' },
] as const;

function latinMarkRule(mark: (typeof marks)[number]): HouseStyleRule {
  return {
    name: mark.name,
    defaultSeverity: 'warning',
    description: `the Arabic ${mark.label} ${mark.arabic}, not ${mark.latin}, in Arabic text`,
    check(text) {
      if (!text.includes(mark.latin) || !containsArabic(text)) return [];
      const zones = literalCoverage(text);
      const isolated = arabicIsolateInteriors(text);
      const runs = new Coverage(text.length, latinRuns(text));
      const hits: RuleHit[] = [];
      for (let i = text.indexOf(mark.latin); i >= 0; i = text.indexOf(mark.latin, i + 1)) {
        if (zones.has(i) || isolated.has(i) || runs.has(i)) continue;
        if (mark.latin === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
        if (betweenLatin(text, i, runs)) continue;
        hits.push(replacementHit(i, i + 1, mark.arabic, `a Latin ${mark.label} in Arabic text; write ${mark.arabic}`));
      }
      return hits;
    },
  };
}

function betweenLatin(text: string, i: number, runs: Coverage): boolean {
  let before = i - 1;
  while (before >= 0 && isSpace(text[before])) before -= 1;
  let after = i + 1;
  while (after < text.length && isSpace(text[after])) after += 1;
  return before >= 0 && runs.has(before) && runs.has(after);
}

export const [latinComma, latinSemicolon, latinQuestionMark] = marks.map(latinMarkRule) as [HouseStyleRule, HouseStyleRule, HouseStyleRule];
