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
 * readings first; the looser readings (`5 h` for five hours, a cardinal for an ordinal) are tried
 * only after every exact one.
 */
import { scaledValue, type TypedValue } from '../../model.js';
import { readValues, type ReadValue, type ValueReading } from './read.js';

type Want = (reading: ReadValue) => boolean;

interface Part {
  readonly exact: Want;
  readonly loose?: Want;
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
export function locateValues(target: string, lang: string, values: readonly TypedValue[]): ValueMatches | undefined {
  const readings = readValues(target, lang);
  return readings && matchValues(readings, values);
}

export function matchValues(readings: readonly ValueReading[], values: readonly TypedValue[]): ValueMatches {
  const parts = values.map(partsOf);
  const chosen = parts.map((valueParts) => valueParts.map((): number | undefined => undefined));
  const used = new Set<number>();
  const order = values.map((_, index) => index).sort((a, b) => priority[values[a]!.type] - priority[values[b]!.type]);
  for (const pass of ['exact', 'loose'] as const) {
    for (const index of order) {
      parts[index]!.forEach((part, partIndex) => {
        const want = part[pass];
        if (want === undefined || chosen[index]![partIndex] !== undefined) return;
        const taken = readings.findIndex((reading, readingIndex) => !used.has(readingIndex) && want(reading.value));
        if (taken < 0) return;
        used.add(taken);
        chosen[index]![partIndex] = taken;
      });
    }
  }
  return {
    found: chosen.map((taken) => (taken.every((index) => index !== undefined) ? taken.map((index) => readings[index!]!) : undefined)),
    unused: readings.filter((_, index) => !used.has(index)),
  };
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

function partsOf(value: TypedValue): Part[] {
  switch (value.type) {
    case 'number':
    case 'money':
      return [quantityPart(scaledValue(value.amount, value.scale))];
    case 'measure':
      return [quantityPart(value.amount.value)];
    case 'percent':
      return [{ exact: (read) => read.kind === 'quantity' && read.percent && same(read.value, value.amount.value) }];
    case 'year':
      return [{ ...quantityPart(value.year), loose: (read) => read.kind === 'date' && read.year === value.year }];
    case 'range':
      return [quantityPart(value.from.value), quantityPart(value.to.value)];
    case 'score':
      return [quantityPart(value.home), quantityPart(value.away)];
    case 'date':
      return [
        {
          exact: (read) =>
            read.kind === 'date' && read.month === value.month && read.day === value.day && (value.year === undefined || read.year === value.year),
        },
      ];
    case 'weekday':
      return [{ exact: (read) => read.kind === 'weekday' && read.weekday === value.weekday }];
    case 'time':
      return [{ exact: (read) => read.kind === 'time' && read.hour === value.hour && read.minute === value.minute }];
    case 'ordinal':
      return [{ exact: (read) => read.kind === 'ordinal' && read.value === value.value, loose: (read) => isQuantity(read, value.value) }];
  }
}

/** A plain quantity; loosely also `5 h`, which French writes for five hours as for five o'clock. */
function quantityPart(wanted: number): Part {
  return {
    exact: (read) => isQuantity(read, wanted),
    loose: (read) => read.kind === 'time' && read.hourOnly && read.hour === wanted,
  };
}

function isQuantity(read: ReadValue, wanted: number): boolean {
  return read.kind === 'quantity' && !read.percent && same(read.value, wanted);
}

/** Equal up to floating-point noise (`0.1 * 3`), never merely close. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
