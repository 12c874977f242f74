/**
 * qa/numbers/match — which values of the source a target states, each value met by its own
 * readings (a multiset: two `12`s in the source need two in the target).
 *
 * By type: a number, an amount of money or a measurement by its scaled value (`$7.5 billion` is
 * met by `7,5 milliards de dollars`; the currency and the unit are words the translator may
 * change); a percentage by its value with a percent sign or word; a year exactly; a range or a
 * score by both its ends; a date by month, day and (when the source has one) year; a time as a
 * clock time (`2:30 pm` is `14 h 30`); a weekday; an ordinal by its value (or, when the target
 * writes no ordinal, a cardinal of that value: `الـ21`). The most specific values take their
 * readings first; the looser readings (`5 h` for five hours, a cardinal for an ordinal and the
 * other way round, a day of a date for a number, `une vingtaine` for a hedged `about 20`) are
 * tried only after every exact one.
 */
import { scaledValue, type TypedValue } from '../../model.js';
import { readValues, type ReadValue, type ValueReading } from './read.js';

/**
 * What a part of a value accepts, as keys of the readings that state it (`q:2500`, `t:14:30`):
 * the exact readings, and the looser ones tried only after every exact one.
 */
interface Part {
  readonly exact: string;
  readonly loose?: readonly string[];
}

export interface ValueMatches {
  /** Per value, in the order given: the readings that state it, or undefined when the target does not. */
  readonly found: ReadonlyArray<readonly ValueReading[] | undefined>;
  /** The readings no value took, in text order. */
  readonly unused: readonly ValueReading[];
}

/**
 * Does `target` state each of `values` in `lang`? For each value, where (its readings' ranges),
 * or undefined; undefined as a whole for a language whose values this module cannot read. A
 * translator who moves, re-formats or spells out a value is accepted; a changed value is not.
 */
export function locateValues(target: string, lang: string, values: readonly TypedValue[], hedged: readonly boolean[] = []): ValueMatches | undefined {
  const readings = readValues(target, lang);
  return readings && matchValues(readings, values, hedged);
}

function matchValues(readings: readonly ValueReading[], values: readonly TypedValue[], hedged: readonly boolean[]): ValueMatches {
  const stating = new ReadingQueues(readings);
  const parts = values.map((value, index) => partsOf(value, hedged[index] === true));
  const chosen = parts.map((valueParts) => valueParts.map((): number | undefined => undefined));
  const order = values.map((_, index) => index).sort((a, b) => priority[values[a]!.type] - priority[values[b]!.type]);
  for (const pass of ['exact', 'loose'] as const) {
    for (const index of order) {
      parts[index]!.forEach((part, partIndex) => {
        const keys = pass === 'exact' ? [part.exact] : (part.loose ?? []);
        for (const key of keys) chosen[index]![partIndex] ??= stating.take(key);
      });
    }
  }
  return {
    found: chosen.map((taken) => (taken.every((index) => index !== undefined) ? taken.map((index) => readings[index!]!) : undefined)),
    unused: readings.filter((_, index) => !stating.used.has(index)),
  };
}

/** The readings under each key they answer to, in text order, each taken at most once: linear in the readings. */
class ReadingQueues {
  readonly used = new Set<number>();
  private readonly queues = new Map<string, { readonly indexes: number[]; next: number }>();

  constructor(readings: readonly ValueReading[]) {
    readings.forEach((reading, index) => {
      for (const key of keysOf(reading.value)) {
        const queue = this.queues.get(key);
        if (queue) queue.indexes.push(index);
        else this.queues.set(key, { indexes: [index], next: 0 });
      }
    });
  }

  /** The first reading under `key` not yet taken, now taken. */
  take(key: string): number | undefined {
    const queue = this.queues.get(key);
    if (queue === undefined) return undefined;
    while (queue.next < queue.indexes.length && this.used.has(queue.indexes[queue.next]!)) queue.next += 1;
    const index = queue.indexes[queue.next];
    if (index !== undefined) this.used.add(index);
    return index;
  }
}

/** The keys a reading answers to: see `partsOf` for the keys each value asks for. */
function keysOf(read: ReadValue): string[] {
  switch (read.kind) {
    case 'quantity':
      if (read.approximate) return [`a:${canonical(read.value)}`];
      return Number.isNaN(read.value) ? [] : [quantityKey(read.value, read.percent)];
    case 'time':
      return [`t:${read.hour}:${read.minute}`, ...(read.hourOnly ? [`h:${read.hour}`] : [])];
    case 'date':
      return [
        `d:${read.month}:${read.day ?? ''}:${read.year ?? ''}`,
        `d:${read.month}:${read.day ?? ''}:*`,
        ...(read.year === undefined ? [] : [`y:${read.year}`]),
        ...(read.day === undefined ? [] : [`dq:${read.day}`]),
      ];
    case 'weekday':
      return [`w:${read.weekday}`];
    case 'ordinal':
      return [`o:${read.value}`];
  }
}

/** Specific values first, so a bare number never takes the reading a date or a time needs. */
const priority: Readonly<Record<TypedValue['type'], number>> = {
  date: 0,
  time: 0,
  weekday: 0,
  ordinal: 1,
  percent: 1,
  money: 2,
  measure: 2,
  number: 2,
  year: 2,
  range: 3,
  score: 3,
};

/** The parts of `value`; a `hedged` number (`about 20`) is also stated by a noun for about so many (`une vingtaine`). */
function partsOf(value: TypedValue, hedged: boolean): Part[] {
  switch (value.type) {
    case 'number':
    case 'money':
      return [quantityPart(scaledValue(value.amount, value.scale), hedged)];
    case 'measure':
      return [quantityPart(value.amount.value, hedged)];
    case 'percent':
      return [{ exact: quantityKey(value.amount.value, true) }];
    case 'year':
      return [{ exact: quantityKey(value.year, false), loose: [`y:${value.year}`] }];
    case 'range':
      return [quantityPart(value.from.value), quantityPart(value.to.value)];
    case 'score':
      return [quantityPart(value.home), quantityPart(value.away)];
    case 'date':
      return [{ exact: `d:${value.month}:${value.day ?? ''}:${value.year ?? '*'}` }];
    case 'weekday':
      return [{ exact: `w:${value.weekday}` }];
    case 'time':
      return [{ exact: `t:${value.hour}:${value.minute}` }];
    case 'ordinal':
      return [{ exact: `o:${value.value}`, loose: [quantityKey(value.value, false)] }];
  }
}

/**
 * A plain quantity; loosely also `5 h`, which French writes for five hours as for five o'clock,
 * the day of a date no date of the source took (`Dec. 5 and 6` → `les 5 et 6 décembre`), an
 * Arabic number with the article, which reads as an ordinal (`الدول العشرين`, the twenty
 * countries), and when hedged `une vingtaine`.
 */
function quantityPart(wanted: number, hedged = false): Part {
  const key = canonical(wanted);
  return { exact: quantityKey(wanted, false), loose: [`h:${key}`, `dq:${key}`, `o:${key}`, ...(hedged ? [`a:${key}`] : [])] };
}

function quantityKey(value: number, percent: boolean): string {
  return `${percent ? 'p' : 'q'}:${canonical(value)}`;
}

/** Equal values, one spelling, up to floating-point noise (`0.1 * 3` is 0.3). */
function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}
