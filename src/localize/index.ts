/**
 * localize — typed values written for a target locale. A value span of the source (`2,500`,
 * `$7.5 billion`, `December 1`) is rendered afresh from its parsed value (`2 500`,
 * `7,5 milliards de dollars`, `1er décembre`), and a target that carries a value as the source
 * wrote it (an engine restores placeholders with the source text; a legacy TM entry) gets the
 * rendering instead. French and Arabic have rules (`french.ts`, `arabic.ts`); a regional tag
 * renders with its own locale data; other languages keep values as the source writes them.
 */
import { hasTarget, type LanguageTag, type ProtectedSpan, type Segment, type TypedValue, type Unit, type ValueSpan, type ValueStyle } from '../model.js';
import { withEditedTarget } from '../markup/follow.js';
import { occurrencesOf } from '../util/find-all.js';
import { baseLanguage } from '../util/language-tag.js';
import { renderArabic } from './arabic.js';
import { renderFrench } from './french.js';
import type { LocaleFormat } from './intl.js';
import { isLocaleDataValue, renderFromLocaleData } from './locale-data.js';

/** `value` written for `lang`; undefined when the language has no rendering rules. */
export function renderValue(value: TypedValue, lang: LanguageTag, style: ValueStyle): string | undefined {
  const language = baseLanguage(lang);
  if (language !== 'fr' && language !== 'ar') return undefined;
  // French prints Western digits whatever the Arabic house setting.
  const format: LocaleFormat = { lang, digits: language === 'ar' ? style.digits : 'latn' };
  if (isLocaleDataValue(value)) return renderFromLocaleData(value, format);
  return language === 'fr' ? renderFrench(value, format) : renderArabic(value, format, style.months);
}

/** How `span` is written in `lang`: a verbatim span as the source writes it, a value by its rendering. */
export function spanText(span: ProtectedSpan, lang: LanguageTag, style: ValueStyle): string {
  if (span.kind !== 'value') return span.text;
  const value = renderedValue(span);
  return (value && renderValue(value, lang, style)) ?? span.text;
}

/**
 * The value a span's rendering is made from; undefined when its text shows more than the value
 * holds, so only the text is faithful: a number with a leading zero (`007`, a code). A four-digit
 * whole number the source writes without a separator stays ungrouped like a year, whatever its
 * value (protect/ types only 1800–2100 as years): English groups a four-digit quantity (`2,500`),
 * so an ungrouped one is more likely a year or a number used as a name, and French may leave a
 * four-digit quantity ungrouped.
 */
export function renderedValue(span: ValueSpan): TypedValue | undefined {
  const { value } = span;
  if (value.type !== 'number' || value.scale !== undefined) return value;
  if (/^0\d/u.test(span.text)) return undefined;
  return /^\d{4}$/u.test(span.text) ? { type: 'year', year: value.amount.value } : value;
}

/**
 * `target` with each value span's source text replaced by its rendering (see `placeTexts`).
 * Anything else (a rendering already there, another format, a value missing) is left for QA.
 */
export function localizeTarget(target: string, segment: Segment, lang: LanguageTag, style: ValueStyle): string {
  const spans = segment.protectedSpans.filter((span) => span.kind === 'value');
  const renderings = spans.map((span) => spanText(span, lang, style));
  if (renderings.every((rendering, i) => rendering === spans[i]!.text)) return target;
  let written = '';
  let cursor = 0;
  for (const { start, end, item } of placeTexts(target, spans.map((span, i) => ({ text: span.text, item: renderings[i]! })))) {
    written += target.slice(cursor, start) + item;
    cursor = end;
  }
  return written + target.slice(cursor);
}

/** An item found in a text at `start`…`end` (UTF-16, `end` exclusive). */
export interface Placed<T> {
  readonly start: number;
  readonly end: number;
  readonly item: T;
}

/**
 * Where each item's text stands in `text`, left to right: only where it stands alone (not part of
 * a longer number or word: `2,500` in `12,500` is not it), each item at most once, items with
 * the same text taken in the order given; of two texts starting together, the longer wins
 * (`2,500` before `2`), and found texts never overlap. Items not found are left out.
 */
export function placeTexts<T>(text: string, items: ReadonlyArray<{ readonly text: string; readonly item: T }>): Placed<T>[] {
  // Per text, its items in order, and how many are used.
  const byText = new Map<string, { items: T[]; used: number }>();
  for (const { text: needle, item } of items) {
    const entry = byText.get(needle);
    // Pushed, not copied: a sentence of thousands of equal numbers must stay linear.
    if (entry) entry.items.push(item);
    else byText.set(needle, { items: [item], used: 0 });
  }
  const found = [...occurrencesOf([...byText.keys()], text)]
    .flatMap(([needle, starts]) => starts.map((start) => ({ needle, start })))
    .sort((a, b) => a.start - b.start || b.needle.length - a.needle.length);
  const placed: Placed<T>[] = [];
  let cursor = 0;
  for (const { needle, start } of found) {
    const end = start + needle.length;
    const entry = byText.get(needle)!;
    if (start < cursor || entry.used === entry.items.length || !standsAlone(text, start, end)) continue;
    placed.push({ start, end, item: entry.items[entry.used++]! });
    cursor = end;
  }
  return placed;
}

const wordChar = /[\p{L}\p{N}\p{M}]/u;
const digit = /\p{Nd}/u;

/** Not glued to a letter or digit, nor a digit group or decimal of a longer number (`1,2,500`, `2,500.75`). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (wordChar.test(before) || wordChar.test(after)) return false;
  if (/[.,]/.test(before) && digit.test(text[start - 2] ?? '')) return false;
  if (/[.,]/.test(after) && digit.test(text[end + 1] ?? '')) return false;
  return true;
}

/**
 * The unit with its values localized, when its target came from an engine or the TM (origins
 * mt, pseudo, tm), its markup following the rewritten values (`2,<em>500</em>` → `2 <em>500</em>`).
 * A human's target is never rewritten: QA reports what it finds in it.
 */
export function localizeUnit(unit: Unit, style: ValueStyle): Unit {
  if (!hasTarget(unit) || unit.origin === undefined || unit.origin === 'human') return unit;
  const target = localizeTarget(unit.target, unit.segment, unit.targetLang, style);
  return target === unit.target ? unit : withEditedTarget(unit, target);
}
