/**
 * qa/numbers — does every typed value of the source (number, money, percentage, date, time …)
 * reach the target with the same value, in a form a reader of the target language reads as that
 * value?
 *
 * Takes: units with their targets.
 * Returns: the same units; each value span of the source that the target does not state carries a
 *   `numbers/value-missing` error (source range = the span, `expected` = the source's text). When
 *   the target writes the same digits with another value, the message says what it reads instead
 *   (`“2,500” in French reads 2.5`, `“7 billions” in French reads 7 trillion`). An error blocks
 *   publication of the unit (`blockingFindings` in the model). The counts the source writes out
 *   (`three soldiers`, two to ten: `spelled.ts`) are values of this check too, though protect marks
 *   none (nothing rewrites them in a target), for machine translation and translation memory.
 *   Checked for machine translation, translation-memory matches and pseudo-translation — a pseudo
 *   target keeps every value (as the source writes it, or rendered for the locale), so a value it
 *   lost is a fault of the pipeline worth seeing; a human's work is not (the XLIFF import decides
 *   on a human's values with `locateValues`). A value the
 *   engine itself reported lost (an error on the same source range) is not reported twice.
 * Reading: `read.ts` (French and Arabic: digit sets, grouping and decimal marks, scale words,
 *   percent words, written-out cardinals to ten, times, dates, ordinals); matching: `match.ts`.
 * Hedged numbers: a number the source gives as approximate (`about 20`, `nearly 1,000`) may be a
 *   French noun for about so many (`une vingtaine`, `un millier`); an exact one may not.
 * Limitations: targets in languages other than French and Arabic are not checked; a value stated
 *   only inside a longer expression (an Arabic dual noun for two not listed in `words.ts`,
 *   `مليونا` which is one million or two) counts as lost; a year written inside a target date may serve the year and the date both.
 */
import { findingOnUnit, hasTarget, rangeKey, spanNoun, type Finding, type TypedValue, type Unit, type ValueSpan } from '../../model.js';
import { monthName, weekdayName } from '../../localize/intl.js';
import { asciiDigits } from './lex.js';
import { locateValues } from './match.js';
import type { ReadValue, ValueReading } from './read.js';
import { reportedSourceRanges } from '../protected-spans.js';
import { spelledCounts } from './spelled.js';
import { valueWordsFor } from './words.js';
import { baseLanguage } from '../../util/language-tag.js';

export { locateValues, type ValueMatches } from './match.js';
export { readValues, type ReadValue, type ValueReading } from './read.js';

export function checkValues(units: readonly Unit[]): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit) || unit.origin === 'human') return unit;
    const reported = reportedSourceRanges(unit);
    const spans = unit.segment.protectedSpans.filter((span): span is ValueSpan => span.kind === 'value' && !reported.has(`${span.start}:${span.end}`));
    const findings = unit.origin === 'pseudo' ? missingValues(unit, ...withoutVerbatimCopies(unit.target, spans)) : missingValues(unit, unit.target, withSpelledCounts(unit, spans));
    return findings.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...findings] };
  });
}

/**
 * The value spans with the counts the source writes out (`three soldiers`), for a target language
 * this module reads; not for a pseudo-translation, which copies words as it likes. A target that
 * kept the English word states its count: English left in is `qa/english-run`'s business.
 */
function withSpelledCounts(unit: Unit & { readonly target: string }, spans: readonly ValueSpan[]): readonly ValueSpan[] {
  const lang = valueWordsFor(baseLanguage(unit.targetLang))?.lang;
  if (lang === undefined) return spans;
  const targetWords = new Set(unit.target.toLowerCase().split(/[^\p{L}]+/u));
  const spelled = spelledCounts(unit.segment.source, unit.segment.protectedSpans, lang).filter((span) => !targetWords.has(span.text.toLowerCase()));
  return spelled.length === 0 ? spans : [...spans, ...spelled].sort((a, b) => a.start - b.start);
}

/** One finding per value the target states fewer times than the source, at its first occurrence not stated. */
function missingValues(unit: Unit, target: string, spans: readonly ValueSpan[]): Finding[] {
  if (spans.length === 0) return [];
  const source = unit.segment.source;
  const matches = locateValues(target, unit.targetLang, spans.map((span) => span.value), spans.map((span) => hedge.test(source.slice(Math.max(0, span.start - 24), span.start))));
  if (matches === undefined) return [];
  const groups = new Map<string, { readonly spans: ValueSpan[]; stated: number; firstMissing?: ValueSpan }>();
  for (const [index, span] of spans.entries()) {
    const key = JSON.stringify(span.value);
    const group = groups.get(key) ?? { spans: [], stated: 0 };
    groups.set(key, group);
    group.spans.push(span);
    if (matches.found[index] !== undefined) group.stated += 1;
    else group.firstMissing ??= span;
  }
  const unusedByLook = new Map<string, ValueReading>();
  for (const reading of [...matches.unused].reverse()) unusedByLook.set(lookOf(reading.text, reading.value.kind), reading);
  const findings: Finding[] = [];
  for (const { spans: twins, stated, firstMissing: span } of groups.values()) {
    if (span === undefined) continue;
    const nearMiss = twins.length === 1 ? unusedByLook.get(lookOf(span.text, readingKind[span.value.type])) : undefined;
    const description = `${spanNoun(span)} “${span.text}”`;
    const reason =
      twins.length > 1
        ? `the ${description} occurs ${twins.length} times in the source and ${stated} in the target`
        : nearMiss === undefined
          ? `the ${description} is not in the target`
          : `the ${description} is not in the target: “${nearMiss.text}” in ${languageName(unit.targetLang)} ${readsAs(nearMiss.value)}`;
    const place = { side: 'source', start: span.start, end: span.end } as const;
    findings.push(findingOnUnit({
      key: rangeKey(place),
      ruleId: 'numbers/value-missing',
      source: 'qa/numbers',
      severity: 'error',
      reason,
      note: 'write this value in the target before publishing',
      place,
      ...(nearMiss === undefined ? {} : { actual: nearMiss.text }),
      expected: [span.text],
    }, unit));
  }
  return findings.sort((a, b) => a.place!.start - b.place!.start);
}

/**
 * A pseudo-translation copies each span as the source writes it (mt/engines/pseudo.ts): that copy
 * states the value. The copies found are blanked out of the target (offsets kept) and their spans
 * are not checked further; a pseudo target that lost a value is still reported.
 */
function withoutVerbatimCopies(target: string, spans: readonly ValueSpan[]): [string, ValueSpan[]] {
  // Searched onwards from the last copy found (pseudo keeps the source's order): linear in the target.
  const kept: string[] = [];
  const unmatched: ValueSpan[] = [];
  let from = 0;
  for (const span of spans) {
    const at = target.indexOf(span.text, from);
    if (at < 0) {
      unmatched.push(span);
      continue;
    }
    kept.push(target.slice(from, at), ' '.repeat(span.text.length));
    from = at + span.text.length;
  }
  kept.push(target.slice(from));
  return [kept.join(''), unmatched];
}

/** English words before a number that make it approximate: `about 20` may be `une vingtaine`. */
const hedge = /\b(?:about|around|some|nearly|almost|roughly|approximately|estimated|close to|more than|over|at least|up to)\s+$/iu;

/**
 * What a value and a reading that may be its mistranslation share: the same digits (`2,500` and
 * French `2,500`, `Nov. 23` and `23 octobre`), or with no digit, the same kind (`Sunday`, `samedi`).
 */
function lookOf(text: string, kind: ReadValue['kind']): string {
  const digits = asciiDigits(text).replace(/\D/gu, '');
  return digits === '' ? `${kind}:` : digits;
}

/** The kind of reading that states a source value of each type. */
const readingKind: Readonly<Record<TypedValue['type'], ReadValue['kind']>> = {
  number: 'quantity',
  percent: 'quantity',
  money: 'quantity',
  measure: 'quantity',
  year: 'quantity',
  range: 'quantity',
  score: 'quantity',
  date: 'date',
  weekday: 'weekday',
  time: 'time',
  ordinal: 'ordinal',
};

function languageName(lang: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}

const english = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });
const englishLarge = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 20 });

/** What a reading states, in English for the message: `reads 2.5`, `reads 02:30`. */
function readsAs(read: ReadValue): string {
  switch (read.kind) {
    case 'quantity':
      if (Number.isNaN(read.value)) return 'is not a number';
      return `reads ${read.approximate ? 'about ' : ''}${(Math.abs(read.value) >= 1e6 ? englishLarge : english).format(read.value)}${read.percent ? '%' : ''}`;
    case 'time':
      return `reads ${String(read.hour).padStart(2, '0')}:${String(read.minute).padStart(2, '0')}`;
    case 'date':
      return `reads ${[read.day, monthName('en', read.month), read.year].filter((part) => part !== undefined).join(' ')}`;
    case 'weekday':
      return `reads ${weekdayName('en', read.weekday)}`;
    case 'ordinal':
      return `reads the ordinal ${read.value}`;
  }
}
