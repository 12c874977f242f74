/**
 * qa/numbers/read — the values a French or Arabic target text states, each with its UTF-16 range.
 *
 * Read left to right, the first reading that fits wins, in this order: a date (`1er décembre 2024`,
 * `1 كانون الأول/ديسمبر`), a clock time (`14 h 30`, `14h30`, `14:30`, `2 p.m.`, `2:30 مساء`), an
 * ordinal (`21e`, `XXIe`, `premier`, `الثالث`), a quantity (a numeral or a cardinal up to ten
 * written out, with a scale word and a percent sign or word: `7,5 milliards`, `ثلاثة آلاف`,
 * `3,5 %`, `في المئة`; a standalone scale word such as `mille` or the dual `مليونين`), a weekday.
 * What a reader of the language reads is what counts: French `2,500` is 2.5, French `billion` is
 * 10^12, and a numeral no reader can parse (`2,500,000` in French) is a quantity of no value.
 */
import { lex, type Numeral, type Piece, type Word } from './lex.js';
import { valueWordsFor, type DayHalf, type ValueWords } from './words.js';

export type ReadValue =
  /** `approximate`: a noun for about so many (`une vingtaine`), which states only a value the source hedges. */
  | { readonly kind: 'quantity'; readonly value: number; readonly percent: boolean; readonly approximate?: true }
  /** `hourOnly`: `5 h` or `5 heures`, which French also writes for a duration of five hours. */
  | { readonly kind: 'time'; readonly hour: number; readonly minute: number; readonly hourOnly: boolean }
  | { readonly kind: 'date'; readonly month: number; readonly day?: number; readonly year?: number }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'ordinal'; readonly value: number };

export interface ValueReading {
  readonly start: number;
  readonly end: number;
  /** The target's own text of the reading. */
  readonly text: string;
  readonly value: ReadValue;
}

/** The values `text` states in `lang` (`fr`, `ar`, or a regional tag of either); undefined for another language. */
export function readValues(text: string, lang: string): ValueReading[] | undefined {
  const known = valueWordsFor(lang.split(/[-_]/u)[0]!.toLowerCase());
  if (known === undefined) return undefined;
  const reader = new Reader(lex(text, known.lang), known.words);
  const readings: ValueReading[] = [];
  for (let at = 0; at < reader.pieces.length; ) {
    const found = reader.valueAt(at);
    if (found === undefined) {
      at += 1;
      continue;
    }
    const start = reader.pieces[at]!.start;
    const end = reader.pieces[found.next - 1]!.end;
    readings.push({ start, end, text: text.slice(start, end), value: found.value });
    at = found.next;
  }
  return readings;
}

interface Found<T> {
  readonly value: T;
  /** The index of the first piece after the reading. */
  readonly next: number;
}

const minusMarks = '-\u2212\u2013';
const romanOrdinal = /^(I|V|X|[IVXLC]{2,})(e|er|re|ème|eme)$/u;

class Reader {
  constructor(
    readonly pieces: readonly Piece[],
    private readonly words: ValueWords,
  ) {}

  valueAt(at: number): Found<ReadValue> | undefined {
    return this.dateAt(at) ?? this.timeAt(at) ?? this.ordinalAt(at) ?? this.quantityAt(at) ?? this.weekdayAt(at);
  }

  private dateAt(at: number): Found<ReadValue> | undefined {
    const first = this.pieces[at];
    if (this.isSmallInteger(first) && first.value >= 1 && first.value <= 31) {
      const shared = this.sharedMonthAt(at + 1);
      if (shared !== undefined) return { value: { ...shared, day: first.value }, next: at + 1 };
      return this.monthAt(this.glued(at + 1, this.words.ordinalSuffixes) ? at + 2 : at + 1, first.value);
    }
    const writtenDay = this.wordAt(at, this.words.ordinals);
    if (writtenDay !== undefined && this.wordAt(writtenDay.next, this.words.dayOf) !== undefined) {
      const date = this.monthAt(writtenDay.next + 1, writtenDay.value);
      if (date !== undefined) return date;
    }
    return this.monthAt(at);
  }

  /** The month (with its year) of the date that follows a day and a link: `5` in `les 5 et 12 décembre`. */
  private sharedMonthAt(at: number): (ReadValue & { readonly kind: 'date' }) | undefined {
    const link = this.pieces[at];
    const linked = link?.kind === 'mark' ? '-–,'.includes(link.char) : this.wordAt(at, this.words.dayLinks) !== undefined;
    // Arabic writes the link glued to the next day (`5 و12`): the word is the link alone.
    if (!linked || !this.isSmallInteger(this.pieces[at + 1])) return undefined;
    const date = this.dateAt(at + 1)?.value;
    return date?.kind === 'date' && date.day !== undefined ? date : undefined;
  }

  /** A month name at `at` (paired `تشرين الثاني/نوفمبر` included) and the year after it, for `day`. */
  private monthAt(at: number, day?: number): Found<ReadValue> | undefined {
    const month = this.wordAt(at, this.words.months);
    if (month === undefined) return undefined;
    let next = month.next;
    // The other series' name after a slash or in brackets: `تشرين الثاني/نوفمبر`, `تشرين الثاني (نوفمبر)`.
    const paired = this.markAt(next, '/') || this.markAt(next, '(') ? this.wordAt(next + 1, this.words.months) : undefined;
    if (paired !== undefined && paired.value === month.value) next = this.markAt(paired.next, ')') && this.markAt(next, '(') ? paired.next + 1 : paired.next;
    const yearPiece = this.pieces[next];
    const year = yearPiece?.kind === 'numeral' && !yearPiece.marked && yearPiece.leadDigits === 4 ? yearPiece.value : undefined;
    const value = { kind: 'date' as const, month: month.value, ...(day === undefined ? {} : { day }), ...(year === undefined ? {} : { year }) };
    return { value, next: year === undefined ? next : next + 1 };
  }

  private timeAt(at: number): Found<ReadValue> | undefined {
    const hourPiece = this.pieces[at];
    if (!this.isSmallInteger(hourPiece) || hourPiece.value > 24) return this.writtenTimeAt(at);
    let minute: number | undefined;
    let next = at + 1;
    let hourWord = false;
    if (this.markAt(next, ':') && this.pieces[next]!.gap === '' && this.isMinute(next + 1, true)) {
      minute = (this.pieces[next + 1] as Numeral).value;
      next += 2;
    } else if (this.wordAt(next, this.words.hourWords) !== undefined) {
      hourWord = true;
      next += 1;
      if (this.isMinute(next, false)) {
        minute = (this.pieces[next] as Numeral).value;
        next += 1;
      }
    }
    const half = this.dayHalfAt(next);
    if (minute === undefined && !hourWord && half === undefined) return undefined;
    return { value: { kind: 'time', hour: onClock(hourPiece.value, half?.value), minute: minute ?? 0, hourOnly: hourWord && minute === undefined && half === undefined }, next: half?.next ?? next };
  }

  /**
   * An hour written as an ordinal, as Arabic does (`السابعة صباحا`, `الساعة الثانية والنصف`):
   * after the clock word or before a time of day, with a fraction of the hour.
   */
  private writtenTimeAt(at: number): Found<ReadValue> | undefined {
    const hour = this.ordinalWordAt(at);
    if (hour === undefined || hour.value > 12) return undefined;
    const fraction = this.wordAt(hour.next, this.words.hourFractions);
    const next = fraction?.next ?? hour.next;
    const half = this.dayHalfAt(next);
    if (half === undefined && this.wordAt(at - 1, this.words.clockWords) === undefined) return undefined;
    return { value: { kind: 'time', hour: onClock(hour.value, half?.value), minute: fraction?.value ?? 0, hourOnly: false }, next: half?.next ?? next };
  }

  private ordinalAt(at: number): Found<ReadValue> | undefined {
    const piece = this.pieces[at];
    if (this.isSmallInteger(piece, 4) && this.glued(at + 1, this.words.ordinalSuffixes)) return { value: { kind: 'ordinal', value: piece.value }, next: at + 2 };
    if (piece?.kind !== 'word' || this.inCompound(at)) return undefined;
    const roman = romanOrdinal.exec(piece.raw)?.[1];
    if (roman !== undefined) return { value: { kind: 'ordinal', value: romanValue(roman) }, next: at + 1 };
    const word = this.ordinalWordAt(at);
    return word && { value: { kind: 'ordinal', value: word.value }, next: word.next };
  }

  /** A written-out ordinal, Arabic compounds included: `الثالث عشر` (13), `الحادي والعشرين` (21). */
  private ordinalWordAt(at: number): Found<number> | undefined {
    const unit = this.wordAt(at, this.words.ordinals);
    if (unit === undefined || unit.value >= 10) return unit;
    const teen = this.wordAt(unit.next, this.words.teen);
    if (teen !== undefined) return { value: unit.value + 10, next: teen.next };
    const joined = this.joinedAt(unit.next);
    const tens = joined === undefined ? undefined : this.wordAt(joined, this.words.ordinals);
    return tens !== undefined && tens.value >= 20 && tens.value % 10 === 0 ? { value: tens.value + unit.value, next: tens.next } : unit;
  }

  private quantityAt(at: number): Found<ReadValue> | undefined {
    const piece = this.pieces[at];
    const minusWord = this.wordAt(at - 1, this.words.notMinusAfter) === undefined ? this.wordAt(at, this.words.minus) : undefined;
    const minusMark = piece?.kind === 'mark' && minusMarks.includes(piece.char) && this.pieces[at + 1]?.gap === '' && this.startsSigned(at);
    const sign = minusWord !== undefined || minusMark ? -1 : 1;
    const numberAt = minusWord?.next ?? (minusMark ? at + 1 : at);
    const about = this.approximateAt(numberAt);
    if (about !== undefined) return { value: { kind: 'quantity', value: about.value, percent: false, approximate: true }, next: about.next };
    const amount = this.amountAt(numberAt);
    if (amount === undefined) return undefined;
    const belowZero = this.belowZeroAt(amount.next);
    let next = belowZero ?? amount.next;
    const percentMark = this.markAt(next, '%') || this.markAt(next, '\u066A');
    const percentWord = percentMark ? undefined : this.wordAt(next, this.words.percent);
    if (percentMark) next += 1;
    next = percentWord?.next ?? next;
    return { value: { kind: 'quantity', value: (belowZero === undefined ? sign : -1) * amount.value, percent: percentMark || percentWord !== undefined }, next };
  }

  /** After `3` in `3 درجات تحت الصفر`, `12 °C sous zéro`: the piece after the words (a unit of up to two pieces may come first). */
  private belowZeroAt(at: number): number | undefined {
    return (this.wordAt(at, this.words.belowZero) ?? this.wordAt(at + 1, this.words.belowZero) ?? this.wordAt(at + 2, this.words.belowZero))?.next;
  }

  /**
   * A number with its scale word, and the smaller parts an Arabic composite adds with و
   * (`41 ألفا و788`, `مليونين و500 ألف`): each part below the scale of the one before.
   */
  private amountAt(at: number): Found<number> | undefined {
    const base = this.baseAt(at);
    if (base === undefined) return undefined;
    const scale = base.standalone ? undefined : (this.wordAt(base.next, this.words.scales) ?? this.currencyScaleAt(base.next));
    const unit = scale?.value ?? (base.standalone ? 1000 ** Math.floor(Math.log10(base.value) / 3) : undefined);
    const value = base.value * (scale?.value ?? 1);
    const next = scale?.next ?? base.next;
    if (unit === undefined) return { value, next };
    const half = this.halfAt(next);
    if (half !== undefined) return { value: value + unit / 2, next: half };
    const joined = this.joinedAt(next);
    const rest = joined === undefined ? undefined : this.amountAt(joined);
    return rest !== undefined && rest.value < unit ? { value: value + rest.value, next: rest.next } : { value, next };
  }

  /** `M` in `2,3 M€`: a scale letter glued to the currency sign after it. */
  private currencyScaleAt(at: number): Found<number> | undefined {
    const scale = this.wordAt(at, this.words.currencyScales);
    const sign = this.pieces[at + 1];
    return scale !== undefined && sign?.kind === 'mark' && sign.gap === '' && /\p{Sc}/u.test(sign.char) ? scale : undefined;
  }

  /**
   * Half of the scale before it: `et demi`, or Arabic `ونصف` with the scale again (`مليون ونصف
   * المليون`, `مليونا ونصف مليون`); the piece after it.
   */
  private halfAt(at: number): number | undefined {
    const half = this.wordAt(this.joinedAt(at) ?? at, this.words.half);
    if (half === undefined) return undefined;
    const scaleAgain = this.pieces[half.next];
    const again = scaleAgain?.kind === 'word' && (this.words.scales.has(scaleAgain.key) || this.words.scales.has(scaleAgain.key.replace(/^ال/u, '')));
    return again ? half.next + 1 : half.next;
  }

  /** A noun for about so many, after `un`/`une` or alone: `une vingtaine`, `un millier`. */
  private approximateAt(at: number): Found<number> | undefined {
    const one = this.wordAt(at, this.words.cardinals);
    return this.wordAt(one?.value === 1 ? one.next : at, this.words.approximate);
  }

  /**
   * Where the part joined by the language's `and` starts: the number glued after a lone و
   * (`و788`), or the word that carries it as a proclitic (`والعشرين`, read without it by `wordAt`).
   */
  private joinedAt(at: number): number | undefined {
    const piece = this.pieces[at];
    const and = this.words.and;
    if (and === undefined || piece?.kind !== 'word' || !piece.key.startsWith(and)) return undefined;
    if (piece.key.length > and.length) return at;
    return this.pieces[at + 1]?.gap === '' ? at + 1 : undefined;
  }

  /** A numeral, a written-out cardinal (an Arabic one with `عشر` adds ten) or a standalone scale word. */
  private baseAt(at: number): (Found<number> & { readonly standalone: boolean }) | undefined {
    const piece = this.pieces[at];
    if (piece?.kind === 'numeral') return { value: piece.value, next: at + 1, standalone: false };
    if (piece?.kind !== 'word' || this.inCompound(at)) return undefined;
    const cardinal = this.wordAt(at, this.words.cardinals);
    if (cardinal !== undefined) {
      const teen = cardinal.value < 10 ? this.wordAt(cardinal.next, this.words.teen) : undefined;
      return teen ? { value: cardinal.value + 10, next: teen.next, standalone: false } : { ...cardinal, standalone: false };
    }
    const standalone = this.wordAt(at, this.words.standalone);
    return standalone && { ...standalone, standalone: true };
  }

  private weekdayAt(at: number): Found<ReadValue> | undefined {
    const word = this.wordAt(at, this.words.weekdays);
    return word && { value: { kind: 'weekday', weekday: word.value }, next: word.next };
  }

  /** A morning/afternoon word after a time: `pm`, `p.m.`, `a.m`, `مساء`, `ص`. */
  private dayHalfAt(at: number): Found<DayHalf> | undefined {
    const word = this.wordAt(at, this.words.dayHalves);
    // An abbreviation keeps its dot (`pm.`); after a whole word (`صباحا.`) the dot ends the sentence.
    const abbreviation = word !== undefined && (this.pieces[at] as Word).raw.length <= 2;
    if (word !== undefined) return { value: word.value, next: abbreviation && this.markAt(word.next, '.') && this.pieces[word.next]!.gap === '' ? word.next + 1 : word.next };
    const letter = this.pieces[at];
    if (letter?.kind !== 'word' || (letter.key !== 'a' && letter.key !== 'p')) return undefined;
    let next = at + 1;
    if (this.markAt(next, '.')) next += 1;
    const m = this.pieces[next];
    if (m?.kind !== 'word' || m.key !== 'm' || m.gap.length > 1) return undefined;
    next += 1;
    if (this.markAt(next, '.') && this.pieces[next]!.gap === '') next += 1;
    return { value: letter.key === 'a' ? 'am' : 'pm', next };
  }

  /**
   * The entry of `table` the words at `at` spell: two words (`pour cent`) before one; in Arabic a
   * word may carry a one-letter proclitic (`وثلاثة`, `بالمئة`).
   */
  private wordAt<T>(at: number, table: ReadonlyMap<string, T> | ReadonlySet<string>): Found<T> | undefined {
    const first = this.pieces[at];
    if (first?.kind !== 'word') return undefined;
    const lookup = (key: string): T | undefined => (table instanceof Map ? table.get(key) : table.has(key) ? (key as T) : undefined);
    const second = this.pieces[at + 1];
    const keys = [first.key, ...this.words.proclitics.filter((letter) => first.key.startsWith(letter) && first.key.length > 2).map(() => first.key.slice(1))];
    for (const key of keys) {
      if (second?.kind === 'word' && second.gap !== '') {
        const two = lookup(`${key} ${second.key}`);
        if (two !== undefined) return { value: two, next: at + 2 };
      }
      const one = lookup(key);
      if (one !== undefined) return { value: one, next: at + 1 };
    }
    return undefined;
  }

  /** A word glued to the piece before it (`1er`, `21e`). */
  private glued(at: number, table: ReadonlySet<string>): boolean {
    const piece = this.pieces[at];
    return piece?.kind === 'word' && piece.gap === '' && table.has(piece.key);
  }

  private markAt(at: number, char: string): boolean {
    const piece = this.pieces[at];
    return piece?.kind === 'mark' && piece.char === char;
  }

  private isSmallInteger(piece: Piece | undefined, digits = 2): piece is Numeral {
    return piece?.kind === 'numeral' && !piece.marked && piece.leadDigits <= digits;
  }

  private isMinute(at: number, glued: boolean): boolean {
    const piece = this.pieces[at];
    return piece?.kind === 'numeral' && !piece.marked && piece.leadDigits === 2 && piece.value < 60 && (!glued || piece.gap === '');
  }

  /** A minus mark glued to its number signs it unless it joins two numbers (`3-1`, `2014 - 2017`) or a word (`F-16`). */
  private startsSigned(at: number): boolean {
    const before = this.pieces[at - 1];
    const mark = this.pieces[at]!;
    return before === undefined || before.kind === 'mark' || (before.kind === 'word' && mark.gap !== '');
  }

  /** A word joined by hyphens to another (`dix-sept`, `quatre-vingts`): its parts are not values of their own. */
  private inCompound(at: number): boolean {
    const hyphen = (index: number): boolean => this.markAt(index, '-') && this.pieces[index]!.gap === '' && this.pieces[index + 1]?.gap === '' && this.pieces[index + 1]?.kind === 'word';
    return hyphen(at + 1) || (at >= 2 && hyphen(at - 1) && this.pieces[at - 2]?.kind === 'word');
  }
}

/** The 24-hour hour of `hour` said with a time of day. */
function onClock(hour: number, half: DayHalf | undefined): number {
  if (half === undefined || hour > 12) return hour;
  if (hour === 12) return half === 'pm' ? 12 : 0;
  return half === 'pm' || (half === 'night' && hour >= 6) ? hour + 12 : hour;
}

function romanValue(roman: string): number {
  const digit: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let index = 0; index < roman.length; index += 1) {
    const value = digit[roman[index]!]!;
    const following = digit[roman[index + 1] ?? ''] ?? 0;
    total += value < following ? -value : value;
  }
  return total;
}
