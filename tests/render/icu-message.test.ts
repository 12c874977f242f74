import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { localizeTarget, renderValue } from '../../src/localize/index.js';
import { defaultValueStyle, type LanguageTag, type TypedValue, type ValueStyle } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { icuArgument, icuLocale } from '../../src/render/icu/argument.js';
import { icuLiteral } from '../../src/render/icu/escape.js';
import { icuMessage, messageParts } from '../../src/render/icu/message.js';
import { glossaryOf, segmentOf } from '../helpers/builders.js';

/** What ICU MessageFormat (intl-messageformat, as i18next-icu runs it, and with tags on) reads back from a message. */
function readBack(message: string, values: Record<string, number> = {}, locale = 'fr'): string[] {
  return [true, false].map((ignoreTag) => String(new IntlMessageFormat(message, locale, undefined, { ignoreTag }).format(values)));
}

describe('ICU literal text', () => {
  it('doubles apostrophes and quotes braces and angle brackets', () => {
    expect(icuLiteral('l\'armée')).toBe("l''armée");
    expect(icuLiteral('a {b} c')).toBe("a '{'b'}' c");
    expect(icuLiteral('x <b> y')).toBe("x '<'b'>' y");
    expect(icuLiteral('plain text, 2 500 « ok »')).toBe('plain text, 2 500 « ok »');
  });

  it.each([
    "l'an {v1, number} '{' ''",
    "{}'{}'",
    "}'}",
    "{'",
    "'{",
    "''''",
    "'{'''}'",
    '<b>bold</b> <0>x</0> <',
    '# in {plural, plural, one {#} other {#}}',
    "it's {{name}} and $t(key) '",
    '« Il a dit : “{x}” »',
  ])('reads back %j unchanged', (text) => {
    expect(readBack(icuLiteral(text))).toEqual([text, text]);
  });

  it('reads back random strings of syntax characters and apostrophes unchanged', () => {
    // A fixed linear congruential sequence: the same strings every run.
    let seed = 20261202;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const alphabet = ["'", '{', '}', '<', '>', '#', 'a', ' ', '/'];
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]!).join('');
      expect(readBack(icuLiteral(text)), text).toEqual([text, text]);
    }
  });
});

const fr: ValueStyle = defaultValueStyle;
const arEgyptian: ValueStyle = { digits: 'latn', months: 'egyptian' };
const arabDigits: ValueStyle = { digits: 'arab', months: 'egyptian' };

/** The argument for `value` as the house writes it in `lang`. */
function houseArgument(value: TypedValue, lang: LanguageTag, style: ValueStyle) {
  return icuArgument(value, renderValue(value, lang, style)!, icuLocale(lang, style));
}

const quantity = (value: number, fractionDigits = 0) => ({ value, fractionDigits });

describe('ICU arguments', () => {
  it('writes Arabic locales with the house digits', () => {
    expect(icuLocale('fr', fr)).toBe('fr');
    expect(icuLocale('ar', defaultValueStyle)).toBe('ar-u-nu-latn');
    expect(icuLocale('ar', arabDigits)).toBe('ar-u-nu-arab');
    expect(icuLocale('ar-EG', defaultValueStyle)).toBe('ar-EG-u-nu-latn');
  });

  it.each([
    ['fr', fr, { type: 'number', amount: quantity(2500) }, { kind: 'number', skeleton: 'precision-integer', value: 2500 }],
    ['fr', fr, { type: 'number', amount: quantity(3.5, 2) }, { kind: 'number', skeleton: '.00', value: 3.5 }],
    ['fr', fr, { type: 'year', year: 2014 }, { kind: 'number', skeleton: 'group-off', value: 2014 }],
    ['fr', fr, { type: 'percent', amount: quantity(3.5, 1) }, { kind: 'number', skeleton: 'percent .0', value: 0.035 }],
    ['fr', fr, { type: 'percent', amount: quantity(40) }, { kind: 'number', skeleton: 'percent precision-integer', value: 0.4 }],
    ['fr', fr, { type: 'date', month: 12, day: 23, year: 2024 }, { kind: 'date', value: Date.UTC(2024, 11, 23, 12) }],
    ['ar', arEgyptian, { type: 'number', amount: quantity(2500) }, { kind: 'number', skeleton: 'precision-integer', value: 2500 }],
    ['ar', arabDigits, { type: 'number', amount: quantity(1200.5, 2) }, { kind: 'number', skeleton: '.00', value: 1200.5 }],
    ['ar', arEgyptian, { type: 'date', month: 11, day: 23, year: 2024 }, { kind: 'date', value: Date.UTC(2024, 10, 23, 12) }],
    ['ar', arabDigits, { type: 'date', month: 11, day: 23, year: 2024 }, { kind: 'date', value: Date.UTC(2024, 10, 23, 12) }],
  ] as const)('%s %j: %j is an argument', (lang, style, value, argument) => {
    expect(houseArgument(value, lang, style)).toEqual(argument);
  });

  it.each([
    // ICU writes these otherwise than the house: 1 décembre, paired month names, bidi marks in Arabic percent and minus.
    ['fr', fr, { type: 'date', month: 12, day: 1, year: 2024 }],
    ['ar', defaultValueStyle, { type: 'date', month: 11, day: 23, year: 2024 }],
    ['ar', defaultValueStyle, { type: 'percent', amount: quantity(3.5, 1) }],
    ['ar', arabDigits, { type: 'percent', amount: quantity(3.5, 1) }],
    ['ar', defaultValueStyle, { type: 'number', amount: quantity(-5) }],
    // Our words or layout, never an argument.
    ['fr', fr, { type: 'number', amount: quantity(2.5, 1), scale: 'million' }],
    ['fr', fr, { type: 'money', amount: quantity(500), currency: 'USD' }],
    ['fr', fr, { type: 'measure', amount: quantity(5), unit: 'kilometer' }],
    ['fr', fr, { type: 'time', hour: 14, minute: 30 }],
    ['fr', fr, { type: 'ordinal', value: 21 }],
    ['fr', fr, { type: 'range', from: quantity(10), to: quantity(15), years: false }],
    ['fr', fr, { type: 'score', home: 3, away: 1 }],
    ['fr', fr, { type: 'weekday', weekday: 5 }],
    ['fr', fr, { type: 'date', month: 11, year: 2023 }],
    ['fr', fr, { type: 'date', month: 11, day: 23 }],
  ] as const)('%s %j: %j stays text', (lang, style, value) => {
    expect(houseArgument(value, lang, style)).toBeUndefined();
  });

  it('is refused when the published text is not what ICU writes', () => {
    expect(icuArgument({ type: 'number', amount: quantity(2500) }, '2,500', 'fr')).toBeUndefined();
    expect(icuArgument({ type: 'number', amount: quantity(2500) }, '2 500', 'fr')).toBeUndefined(); // U+0020, not U+202F
    expect(icuArgument({ type: 'year', year: 2014 }, '2 014', 'fr')).toBeUndefined();
  });
});

describe('ICU messages', () => {
  const source = "Some 2,500 troops, up 3.5% since 2014 (see example.org: 2500), on December 23, 2024 and Dec. 1, 2024: the {army}'s 12.75 percent, $2.5 billion, 2:30 pm.";
  const [segment] = protectSegments([segmentOf(source)], glossaryOf());

  function message(lang: LanguageTag, style: ValueStyle) {
    const published = localizeTarget(source, segment!, lang, style);
    return { published, ...icuMessage(messageParts(published, segment!.protectedSpans, lang, style)) };
  }

  it('carries in French the values ICU writes as the house does, numbered in reading order, the rest as escaped text', () => {
    const { published, message: text, values } = message('fr', fr);
    expect(text).toBe(
      "Some {v1, number, ::precision-integer} troops, up {v2, number, ::percent .0} since {v3, number, ::group-off} (see example.org: {v4, number, ::group-off}), on {d1, date, long} and 1er décembre 2024: the '{'army'}'''s {v5, number, ::percent .00}, 2,5 milliards de dollars, 14\u00A0h\u00A030.",
    );
    expect(values).toEqual({ v1: 2500, v2: 0.035, v3: 2014, v4: 2500, d1: Date.UTC(2024, 11, 23, 12), v5: 0.1275 });
    expect(readBack(text, values)).toEqual([published, published]);
  });

  it.each([
    ['ar', defaultValueStyle, 'ar'],
    ['ar', arabDigits, 'ar-u-nu-arab'],
  ] as const)('reads back in %s %j as published', (lang, style, locale) => {
    const { published, message: text, values } = message(lang, style);
    expect(Object.keys(values).length).toBeGreaterThan(2);
    expect(readBack(text, values, locale)).toEqual([published, published]);
  });

  it('takes a value only where it stands alone, each span once', () => {
    const [twice] = protectSegments([segmentOf('From 500 to 500 people, not 125.')], glossaryOf());
    const parts = messageParts('De 500 à 500, puis 500 et 125 personnes.', twice!.protectedSpans, 'fr', fr);
    expect(icuMessage(parts)).toEqual({
      message: 'De {v1, number, ::precision-integer} à {v2, number, ::precision-integer}, puis 500 et {v3, number, ::precision-integer} personnes.',
      values: { v1: 500, v2: 500, v3: 125 },
    });
    // Inside a longer number or glued to a word, a text is not the value.
    const glued = messageParts('De 5001 à 1,500 et A500 ou 125 personnes.', twice!.protectedSpans, 'fr', fr);
    expect(icuMessage(glued).values).toEqual({ v1: 125 });
  });

  it('numbers a joined message afresh', () => {
    const one = messageParts('2\u202F500 soldats', protectSegments([segmentOf('2,500 troops')], glossaryOf())[0]!.protectedSpans, 'fr', fr);
    expect(icuMessage([...one, ' ', ...one])).toEqual({
      message: '{v1, number, ::precision-integer} soldats {v2, number, ::precision-integer} soldats',
      values: { v1: 2500, v2: 2500 },
    });
  });
});
