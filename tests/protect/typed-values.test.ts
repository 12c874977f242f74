import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { glossaryOf, segmentOf } from '../helpers/builders.js';

/** Each span as [its text, its value] (a typed value) or [its text, its kind] (verbatim text). */
const spansOf = (source: string): Array<[string, TypedValue | string]> =>
  protectSegments([segmentOf(source)], glossaryOf())[0]!.protectedSpans.map((span) => [span.text, span.kind === 'value' ? span.value : span.kind]);

const amount = (value: number, fractionDigits = 0) => ({ value, fractionDigits });
const number = (value: number, fractionDigits = 0): TypedValue => ({ type: 'number', amount: amount(value, fractionDigits) });

describe('numbers', () => {
  it('parses grouped numbers, decimals with the decimals they show, and negatives as written', () => {
    expect(spansOf('Some 2,500 troops, 1,000,000 people, 3.50 points, 12 boats and -5 at worst.')).toEqual([
      ['2,500', number(2500)],
      ['1,000,000', number(1_000_000)],
      ['3.50', number(3.5, 2)],
      ['12', number(12)],
      ['-5', number(-5)],
    ]);
  });

  it('keeps a scale word with its number, spaced or glued', () => {
    expect(spansOf('About 2.5 million people, 1.2bn users and 300,000 visitors; 4 trillion in debt.')).toEqual([
      ['2.5 million', { type: 'number', amount: amount(2.5, 1), scale: 'million' }],
      ['1.2bn', { type: 'number', amount: amount(1.2, 1), scale: 'billion' }],
      ['300,000', number(300_000)],
      ['4 trillion', { type: 'number', amount: amount(4), scale: 'trillion' }],
    ]);
  });

  it('takes a percentage with its sign or its words', () => {
    expect(spansOf('Up 3.5%, then 42 percent, then 42 per cent and -0.25%.')).toEqual([
      ['3.5%', { type: 'percent', amount: amount(3.5, 1) }],
      ['42 percent', { type: 'percent', amount: amount(42) }],
      ['42 per cent', { type: 'percent', amount: amount(42) }],
      ['-0.25%', { type: 'percent', amount: amount(-0.25, 2) }],
    ]);
  });

  it('takes no number from a version string, an IP address or the digits of a word; a named version stays verbatim', () => {
    expect(spansOf('Version 2.0.1 of v3.4 runs at 192.168.0.1 on a 4x4 with Windows11.')).toEqual([
      ['2.0.1', 'designation'],
      ['Windows11', 'designation'],
    ]);
  });
});

describe('money', () => {
  it('reads the currency from a sign or code before the amount, with the scale glued or spaced', () => {
    const money = (value: number, fractionDigits: number, currency: string, scale?: string) => ({
      type: 'money',
      amount: amount(value, fractionDigits),
      currency,
      ...(scale && { scale }),
    });
    expect(spansOf('Deals of $2.5 billion, US$3m, £4million, €40m, $1.2bn, USD 300, ¥100, $500,000 and A$10 mn.')).toEqual([
      ['$2.5 billion', money(2.5, 1, 'USD', 'billion')],
      ['US$3m', money(3, 0, 'USD', 'million')],
      ['£4million', money(4, 0, 'GBP', 'million')],
      ['€40m', money(40, 0, 'EUR', 'million')],
      ['$1.2bn', money(1.2, 1, 'USD', 'billion')],
      ['USD 300', money(300, 0, 'USD')],
      ['¥100', money(100, 0, 'JPY')],
      ['$500,000', money(500_000, 0, 'USD')],
      ['A$10 mn', money(10, 0, 'AUD', 'million')],
    ]);
  });

  it('reads a currency named after the amount', () => {
    expect(spansOf('It cost 300 euros, then 5 million dollars, then 20 CHF and 7 yuan.')).toEqual([
      ['300 euros', { type: 'money', amount: amount(300), currency: 'EUR' }],
      ['5 million dollars', { type: 'money', amount: amount(5), currency: 'USD', scale: 'million' }],
      ['20 CHF', { type: 'money', amount: amount(20), currency: 'CHF' }],
      ['7 yuan', { type: 'money', amount: amount(7), currency: 'CNY' }],
    ]);
  });

  it('does not take "pounds" for money (a weight too) nor a dollar sign alone', () => {
    expect(spansOf('He lost 20 pounds; the $ fell.')).toEqual([['20', number(20)]]);
  });
});

describe('years, ranges and scores', () => {
  it('takes a bare 1800–2100 as a year, and other four-digit numbers as numbers', () => {
    expect(spansOf('In 2014 there were 1500 of them, and 1800 in 2100; 2,014 is a number.')).toEqual([
      ['2014', { type: 'year', year: 2014 }],
      ['1500', number(1500)],
      ['1800', { type: 'year', year: 1800 }],
      ['2100', { type: 'year', year: 2100 }],
      ['2,014', number(2014)],
    ]);
  });

  it('reads year ranges, a two-digit end in the century of the start, and plain ranges', () => {
    const range = (from: number, to: number, years: boolean): TypedValue => ({ type: 'range', from: amount(from), to: amount(to), years });
    expect(spansOf('From 2014-2017, then 2014–17 and 1999-00, people aged 18-25 earned 10-15 a day.')).toEqual([
      ['2014-2017', range(2014, 2017, true)],
      ['2014–17', range(2014, 2017, true)],
      ['1999-00', range(1999, 2000, true)],
      ['18-25', range(18, 25, false)],
      ['10-15', range(10, 15, false)],
    ]);
  });

  it('keeps "between 10 and 15" as two numbers', () => {
    expect(spansOf('Between 10 and 15 died.')).toEqual([
      ['10', number(10)],
      ['15', number(15)],
    ]);
  });

  it('reads a score only when the sentence speaks of a match', () => {
    const score = (home: number, away: number): TypedValue => ({ type: 'score', home, away });
    expect(spansOf('Lyon beat Nice 3-1 on Sunday.')).toEqual([
      ['3-1', score(3, 1)],
      ['Sunday', { type: 'weekday', weekday: 0 }],
    ]);
    expect(spansOf('The 2-2 draw left them level.')).toEqual([['2-2', score(2, 2)]]);
    expect(spansOf('Their victory, 1-0, was late.')).toEqual([['1-0', score(1, 0)]]);
    expect(spansOf('The committee voted 3-1 to approve it.')).toEqual([['3-1', { type: 'range', from: amount(3), to: amount(1), years: false }]]);
  });
});

describe('dates and weekdays', () => {
  it('reads month and day in either order, with or without a year, abbreviated or not', () => {
    const date = (month: number, day?: number, year?: number): TypedValue => ({
      type: 'date',
      month,
      ...(day !== undefined && { day }),
      ...(year !== undefined && { year }),
    });
    expect(spansOf('On December 1, Dec. 1, 1 December, December 1, 2024, Dec 1st, 5 May 2023, Sept. 11 and November 2023.')).toEqual([
      ['December 1', date(12, 1)],
      ['Dec. 1', date(12, 1)],
      ['1 December', date(12, 1)],
      ['December 1, 2024', date(12, 1, 2024)],
      ['Dec 1st', date(12, 1)],
      ['5 May 2023', date(5, 5, 2023)],
      ['Sept. 11', date(9, 11)],
      ['November 2023', date(11, undefined, 2023)],
    ]);
  });

  it('reads an ISO date', () => {
    expect(spansOf('Filed 2024-12-01.')).toEqual([['2024-12-01', { type: 'date', year: 2024, month: 12, day: 1 }]]);
  });

  it('does not take a month name without a day or a year next to it', () => {
    expect(spansOf('May I ask? In May, the march on Rome began; they march in March.')).toEqual([]);
  });

  it('does not take an impossible day, and ends a date at its day when the next number is no year', () => {
    expect(spansOf('On February 30 and March 3, 2500 people came.')).toEqual([
      ['30', number(30)],
      ['March 3', { type: 'date', month: 3, day: 3 }],
      ['2500', number(2500)],
    ]);
  });

  it('reads weekdays alone, not inside other words', () => {
    expect(spansOf('On Friday and Saturday, not Fridays.')).toEqual([
      ['Friday', { type: 'weekday', weekday: 5 }],
      ['Saturday', { type: 'weekday', weekday: 6 }],
    ]);
  });
});

describe('times', () => {
  const time = (hour: number, minute: number, zone?: string): TypedValue => ({ type: 'time', hour, minute, ...(zone && { zone }) });

  it('reads 12-hour, 24-hour and agency times with their zone as written', () => {
    expect(spansOf('At 2:30 pm, 2:30 p.m., 4.15pm, 7am, 7 a.m., 12 pm, 12:05 AM, 0900 GMT, 09:00 GMT, 1800 UTC+2 and 14:30 it rained.')).toEqual([
      ['2:30 pm', time(14, 30)],
      ['2:30 p.m.', time(14, 30)],
      ['4.15pm', time(16, 15)],
      ['7am', time(7, 0)],
      ['7 a.m.', time(7, 0)],
      ['12 pm', time(12, 0)],
      ['12:05 AM', time(0, 5)],
      ['0900 GMT', time(9, 0, 'GMT')],
      ['09:00 GMT', time(9, 0, 'GMT')],
      ['1800 UTC+2', time(18, 0, 'UTC+2')],
      ['14:30', time(14, 30)],
    ]);
  });

  it('leaves a "p.m." full stop that also ends the sentence out of the span', () => {
    expect(spansOf('The vote is at 6 p.m. Officials said so.')).toEqual([['6 p.m', time(18, 0)]]);
    expect(spansOf('It ended at 6 p.m.')).toEqual([['6 p.m', time(18, 0)]]);
    expect(spansOf('At 6 p.m. on Friday')).toEqual([
      ['6 p.m.', time(18, 0)],
      ['Friday', { type: 'weekday', weekday: 5 }],
    ]);
  });

  it('takes no time from an impossible hour or a word after a number', () => {
    expect(spansOf('At 13 pm, 25:00 and 7 amendments.')).toEqual([
      ['13', number(13)],
      ['25', number(25)],
      ['00', number(0)],
      ['7', number(7)],
    ]);
  });
});

describe('ordinals and measures', () => {
  it('reads ordinals', () => {
    expect(spansOf('The 21st, 2nd, 3rd and 4th.')).toEqual([
      ['21st', { type: 'ordinal', value: 21 }],
      ['2nd', { type: 'ordinal', value: 2 }],
      ['3rd', { type: 'ordinal', value: 3 }],
      ['4th', { type: 'ordinal', value: 4 }],
    ]);
  });

  it('reads numbers with units, glued or spaced', () => {
    const measure = (value: number, unit: string, fractionDigits = 0): TypedValue =>
      ({ type: 'measure', amount: amount(value, fractionDigits), unit }) as TypedValue;
    expect(
      spansOf('Over 5km, 5 km, 40kg, -5C, -5°C, 30 degrees Celsius, 90 km/h, 70 mph, 300 hectares, 40MW, 2.5 million barrels and 12 sq km.'),
    ).toEqual([
      ['5km', measure(5, 'kilometer')],
      ['5 km', measure(5, 'kilometer')],
      ['40kg', measure(40, 'kilogram')],
      ['-5C', measure(-5, 'celsius')],
      ['-5°C', measure(-5, 'celsius')],
      ['30 degrees Celsius', measure(30, 'celsius')],
      ['90 km/h', measure(90, 'kilometer-per-hour')],
      ['70 mph', measure(70, 'mile-per-hour')],
      ['300 hectares', measure(300, 'hectare')],
      ['40MW', measure(40, 'megawatt')],
      ['2.5 million', { type: 'number', amount: amount(2.5, 1), scale: 'million' }],
      ['12 sq km', measure(12, 'square-kilometer')],
    ]);
  });

  it('does not take "5C" without a minus or a degree sign for a temperature', () => {
    expect(spansOf('Grade 5C and 5 C.')).toEqual([['5', number(5)]]);
  });
});
