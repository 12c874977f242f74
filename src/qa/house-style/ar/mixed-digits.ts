/**
 * ar-typography/mixed-digits — one digit set per text: Western 0–9, Arabic-Indic ٠–٩ or Eastern
 * Arabic-Indic ۰–۹. When a text uses more than one, every number not in the house set (`digits`:
 * `latn` by default, or `arab`) is reported; the fix rewrites it in the house set, with its
 * decimal and grouping marks (٫ ٬ ↔ . ,). Digits of Latin runs (F-16, COVID-19, iPhone 15), URLs,
 * handles and hashtags (#رؤية_2030 too) do not count and are never rewritten. A text in one set that is not the house set is
 * not "mixed": rendering applies the digit policy.
 */
import { replacementHit, type DigitSet, type HouseStyleRule } from '../rule.js';
import { Coverage, literalZones } from '../text.js';
import { latinRuns } from './latin.js';
import { matchesOf } from '../../../util/matches-of.js';

type Script = 'latn' | 'arab' | 'arabext';

const zeroOf: Record<Script, number> = { latn: 0x30, arab: 0x660, arabext: 0x6f0 };
const numberIn: Record<Script, RegExp> = {
  latn: /[0-9]+(?:[.,][0-9]+)*/gu,
  arab: /[\u0660-\u0669]+(?:[\u066B\u066C.,][\u0660-\u0669]+)*/gu,
  arabext: /[\u06F0-\u06F9]+(?:[\u066B\u066C.,][\u06F0-\u06F9]+)*/gu,
};
const names: Record<Script, string> = { latn: 'Western digits (0–9)', arab: 'Arabic-Indic digits (٠–٩)', arabext: 'Eastern Arabic-Indic digits (۰–۹)' };

export const mixedDigits: HouseStyleRule = {
  name: 'mixed-digits',
  defaultSeverity: 'warning',
  description: 'one digit set per text, the house set (latn by default)',
  check(text, context) {
    const latin = new Coverage(text.length, [...latinRuns(text), ...literalZones(text)]);
    const numbers = (Object.keys(numberIn) as Script[]).flatMap((script) =>
      [...matchesOf(numberIn[script], text)]
        .map((match) => ({ script, start: match.index, end: match.index + match[0].length, written: match[0] }))
        .filter((number) => !latin.overlaps(number.start, number.end)),
    );
    if (new Set(numbers.map((number) => number.script)).size < 2) return [];
    return numbers
      .filter((number) => number.script !== context.digits)
      .map((number) =>
        replacementHit(
          number.start,
          number.end,
          inDigits(number.written, context.digits),
          `${names[number.script]} in a text that also uses other digits; the house writes ${names[context.digits]}`,
        ),
      )
      .sort((a, b) => a.start - b.start);
  },
};

/** A number rewritten in another digit set, its decimal and grouping marks with it. */
function inDigits(written: string, target: DigitSet): string {
  return [...written]
    .map((char) => {
      const code = char.codePointAt(0)!;
      for (const zero of Object.values(zeroOf)) if (code >= zero && code <= zero + 9) return String.fromCodePoint(zeroOf[target] + code - zero);
      if (target === 'latn') return char === '\u066B' ? '.' : char === '\u066C' ? ',' : char;
      return char === '.' ? '\u066B' : char === ',' ? '\u066C' : char;
    })
    .join('');
}
