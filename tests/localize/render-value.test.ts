import { describe, expect, it } from 'vitest';
import { renderValue, spanText } from '../../src/localize/index.js';
import type { Quantity, TypedValue, ValueStyle } from '../../src/model.js';

// Written by the rule, character by character, not copied from output.
const NNBSP = '\u202F';
const NBSP = '\u00A0';
const latn: ValueStyle = { digits: 'latn', months: 'paired' };
const arab: ValueStyle = { digits: 'arab', months: 'paired' };
const q = (value: number, fractionDigits = 0): Quantity => ({ value, fractionDigits });
const bidiMarks = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
const western = /[0-9]/u;
const arabicIndic = /[\u0660-\u0669]/u;

type Case = readonly [name: string, value: TypedValue, expected: string];

const french: readonly Case[] = [
  ['grouped integer', { type: 'number', amount: q(2500) }, `2${NNBSP}500`],
  ['four-digit integer', { type: 'number', amount: q(1200) }, `1${NNBSP}200`],
  ['decimal', { type: 'number', amount: q(3.5, 1) }, '3,5'],
  ['decimal keeps trailing zero', { type: 'number', amount: q(3.5, 2) }, '3,50'],
  ['negative', { type: 'number', amount: q(-12) }, '-12'],
  ['million, plural', { type: 'number', amount: q(2.5, 1), scale: 'million' }, '2,5 millions'],
  ['million, below two', { type: 'number', amount: q(1.5, 1), scale: 'million' }, '1,5 million'],
  ['billion is milliard', { type: 'number', amount: q(3), scale: 'billion' }, '3 milliards'],
  ['thousand written in full', { type: 'number', amount: q(2.5, 1), scale: 'thousand' }, `2${NNBSP}500`],
  ['trillion as thousands of milliards', { type: 'number', amount: q(1), scale: 'trillion' }, `1${NNBSP}000 milliards`],
  ['trillion keeps its precision', { type: 'number', amount: q(1.25, 2), scale: 'trillion' }, `1${NNBSP}250 milliards`],
  ['percent', { type: 'percent', amount: q(3.5, 1) }, `3,5${NBSP}%`],
  ['whole percent', { type: 'percent', amount: q(40) }, `40${NBSP}%`],
  ['money in billions', { type: 'money', amount: q(7.5, 1), currency: 'USD', scale: 'billion' }, '7,5 milliards de dollars'],
  ['money elides before a vowel', { type: 'money', amount: q(40), currency: 'EUR', scale: 'million' }, '40 millions d’euros'],
  ['money without scale', { type: 'money', amount: q(500), currency: 'USD' }, '500 dollars'],
  ['pounds in millions', { type: 'money', amount: q(4), currency: 'GBP', scale: 'million' }, '4 millions de livres'],
  ['one million', { type: 'money', amount: q(1), currency: 'USD', scale: 'million' }, '1 million de dollars'],
  ['singular currency', { type: 'money', amount: q(1.5, 1), currency: 'EUR' }, '1,5 euro'],
  ['grouped money', { type: 'money', amount: q(2500), currency: 'EUR' }, `2${NNBSP}500 euros`],
  ['money trillion', { type: 'money', amount: q(2), currency: 'USD', scale: 'trillion' }, `2${NNBSP}000 milliards de dollars`],
  ['unknown currency keeps its code', { type: 'money', amount: q(300), currency: 'XOF' }, '300 XOF'],
  ['kilometres', { type: 'measure', amount: q(5), unit: 'kilometer' }, `5${NNBSP}km`],
  ['celsius', { type: 'measure', amount: q(-5), unit: 'celsius' }, `-5${NNBSP}°C`],
  ['tonnes (no ECMA-402 unit)', { type: 'measure', amount: q(40), unit: 'tonne' }, `40${NBSP}tonnes`],
  ['year never grouped', { type: 'year', year: 2024 }, '2024'],
  ['year range', { type: 'range', from: q(2014), to: q(2017), years: true }, '2014-2017'],
  ['number range', { type: 'range', from: q(2500), to: q(3000), years: false }, `2${NNBSP}500-3${NNBSP}000`],
  ['score', { type: 'score', home: 3, away: 1 }, '3-1'],
  ['first of the month', { type: 'date', month: 12, day: 1, year: 2024 }, '1er décembre 2024'],
  ['day and month', { type: 'date', month: 11, day: 23 }, '23 novembre'],
  ['month and year', { type: 'date', month: 11, year: 2023 }, 'novembre 2023'],
  ['weekday', { type: 'weekday', weekday: 5 }, 'vendredi'],
  ['sunday', { type: 'weekday', weekday: 0 }, 'dimanche'],
  ['time', { type: 'time', hour: 14, minute: 30 }, `14${NBSP}h${NBSP}30`],
  ['time on the hour', { type: 'time', hour: 9, minute: 0 }, `9${NBSP}h`],
  ['time with minutes under ten', { type: 'time', hour: 9, minute: 5 }, `9${NBSP}h${NBSP}05`],
  ['time with zone', { type: 'time', hour: 14, minute: 30, zone: 'GMT' }, `14${NBSP}h${NBSP}30 GMT`],
  ['ordinal', { type: 'ordinal', value: 21 }, '21e'],
  ['first', { type: 'ordinal', value: 1 }, '1er'],
];

describe('renderValue in French', () => {
  it.each(french)('%s', (_name, value, expected) => {
    expect(renderValue(value, 'fr', latn)).toBe(expected);
  });

  it('ignores the Arabic digit setting', () => {
    expect(renderValue({ type: 'number', amount: q(2500) }, 'fr', arab)).toBe(`2${NNBSP}500`);
  });

  it('renders a regional tag with its own locale data (fr-CA groups with U+00A0)', () => {
    expect(renderValue({ type: 'number', amount: q(2500) }, 'fr-CA', latn)).toBe(`2${NBSP}500`);
    expect(renderValue({ type: 'date', month: 12, day: 1, year: 2024 }, 'fr-CA', latn)).toBe('1er décembre 2024');
  });
});

/** Each Arabic case with its rendering in Western and in Arabic-Indic digits. */
type ArabicCase = readonly [name: string, value: TypedValue, latn: string, arab: string];

const arabic: readonly ArabicCase[] = [
  ['grouped integer', { type: 'number', amount: q(2500) }, '2,500', '٢٬٥٠٠'],
  ['decimal', { type: 'number', amount: q(3.5, 1) }, '3.5', '٣٫٥'],
  ['decimal keeps trailing zero', { type: 'number', amount: q(3.5, 2) }, '3.50', '٣٫٥٠'],
  ['negative', { type: 'number', amount: q(-12) }, '-12', '-١٢'],
  ['million', { type: 'number', amount: q(2.5, 1), scale: 'million' }, '2.5 مليون', '٢٫٥ مليون'],
  ['thousands, counted 3 to 10', { type: 'number', amount: q(5), scale: 'thousand' }, '5 آلاف', '٥ آلاف'],
  ['trillion', { type: 'number', amount: q(1.2, 1), scale: 'trillion' }, '1.2 تريليون', '١٫٢ تريليون'],
  ['percent', { type: 'percent', amount: q(3.5, 1) }, '3.5%', '٣٫٥٪'],
  ['money in billions', { type: 'money', amount: q(7.5, 1), currency: 'USD', scale: 'billion' }, '7.5 مليار دولار', '٧٫٥ مليار دولار'],
  ['money in millions', { type: 'money', amount: q(40), currency: 'EUR', scale: 'million' }, '40 مليون يورو', '٤٠ مليون يورو'],
  ['billions counted 3 to 10', { type: 'money', amount: q(3), currency: 'USD', scale: 'billion' }, '3 مليارات دولار', '٣ مليارات دولار'],
  ['money without scale', { type: 'money', amount: q(500), currency: 'USD' }, '500 دولار', '٥٠٠ دولار'],
  ['small count of dollars', { type: 'money', amount: q(5), currency: 'USD' }, '5 دولارات', '٥ دولارات'],
  ['dollars counted 11 to 99 in the accusative', { type: 'money', amount: q(15), currency: 'USD' }, '15 دولارا', '١٥ دولارا'],
  ['counted by the last two digits', { type: 'money', amount: q(103), currency: 'USD' }, '103 دولارات', '١٠٣ دولارات'],
  ['a hundred counts with the singular', { type: 'money', amount: q(2500), currency: 'GBP' }, '2,500 جنيه إسترليني', '٢٬٥٠٠ جنيه إسترليني'],
  ['tonnes in the accusative', { type: 'measure', amount: q(20), unit: 'tonne' }, '20 طنا', '٢٠ طنا'],
  ['scale words stay singular after 11', { type: 'money', amount: q(20), currency: 'USD', scale: 'million' }, '20 مليون دولار', '٢٠ مليون دولار'],
  ['kilometres', { type: 'measure', amount: q(5), unit: 'kilometer' }, '5 كم', '٥ كم'],
  ['celsius', { type: 'measure', amount: q(-5), unit: 'celsius' }, '-5°م', '-٥°م'],
  ['barrels (no ECMA-402 unit)', { type: 'measure', amount: q(100), unit: 'barrel' }, '100 برميل', '١٠٠ برميل'],
  ['one metre keeps its figure', { type: 'measure', amount: q(1), unit: 'meter' }, '1 متر', '١ متر'],
  ['two metres keep their figure (ECMA-402 writes the dual alone)', { type: 'measure', amount: q(2), unit: 'meter' }, '2 متر', '٢ متر'],
  ['metres counted 3 to 10', { type: 'measure', amount: q(5), unit: 'meter' }, '5 أمتار', '٥ أمتار'],
  ['miles per hour in words', { type: 'measure', amount: q(40), unit: 'mile-per-hour' }, '40 ميلا في الساعة', '٤٠ ميلا في الساعة'],
  ['year never grouped', { type: 'year', year: 2024 }, '2024', '٢٠٢٤'],
  ['year range', { type: 'range', from: q(2014), to: q(2017), years: true }, '2014-2017', '٢٠١٤-٢٠١٧'],
  ['score', { type: 'score', home: 3, away: 1 }, '3-1', '٣-١'],
  ['date, paired months', { type: 'date', month: 11, day: 23, year: 2024 }, '23 تشرين الثاني/نوفمبر 2024', '٢٣ تشرين الثاني/نوفمبر ٢٠٢٤'],
  ['weekday', { type: 'weekday', weekday: 5 }, 'الجمعة', 'الجمعة'],
  ['time', { type: 'time', hour: 14, minute: 30 }, '14:30', '١٤:٣٠'],
  ['time on the hour', { type: 'time', hour: 9, minute: 0 }, '9:00', '٩:٠٠'],
  ['time with zone', { type: 'time', hour: 14, minute: 30, zone: 'GMT' }, '14:30 بتوقيت غرينتش', '١٤:٣٠ بتوقيت غرينتش'],
  ['ordinal', { type: 'ordinal', value: 21 }, 'الـ21', 'الـ٢١'],
];

describe('renderValue in Arabic', () => {
  it.each(arabic)('%s in Western digits', (_name, value, expected) => {
    expect(renderValue(value, 'ar', latn)).toBe(expected);
  });

  it.each(arabic)('%s in Arabic-Indic digits', (_name, value, _latn, expected) => {
    expect(renderValue(value, 'ar', arab)).toBe(expected);
  });

  it.each(arabic)('%s: no bidi mark, one digit set', (_name, value) => {
    for (const lang of ['ar', 'ar-EG', 'ar-SA']) {
      const inLatn = renderValue(value, lang, latn)!;
      const inArab = renderValue(value, lang, arab)!;
      expect(inLatn).not.toMatch(bidiMarks);
      expect(inArab).not.toMatch(bidiMarks);
      expect(inLatn).not.toMatch(arabicIndic);
      expect(inArab).not.toMatch(western);
    }
  });

  it('follows the house digits, not the region: ar-EG in Western digits', () => {
    expect(renderValue({ type: 'percent', amount: q(3.5, 1) }, 'ar-EG', latn)).toBe('3.5%');
  });

  it('names months per the house setting', () => {
    const date: TypedValue = { type: 'date', month: 11, day: 1 };
    expect(renderValue(date, 'ar', { digits: 'latn', months: 'egyptian' })).toBe('1 نوفمبر');
    expect(renderValue(date, 'ar', { digits: 'latn', months: 'levantine' })).toBe('1 تشرين الثاني');
    expect(renderValue({ type: 'date', month: 1, year: 2025 }, 'ar', { digits: 'arab', months: 'levantine' })).toBe('كانون الثاني ٢٠٢٥');
  });
});

describe('renderValue in other languages', () => {
  it('has no rendering: the value is written as the source writes it', () => {
    expect(renderValue({ type: 'number', amount: q(2500) }, 'de', latn)).toBeUndefined();
    const span = { kind: 'value', start: 0, end: 5, text: '2,500', value: { type: 'number', amount: q(2500) } } as const;
    expect(spanText(span, 'de', latn)).toBe('2,500');
  });
});

describe('spanText', () => {
  it('is the rendering of a value span and the text of a verbatim span', () => {
    const value = { kind: 'value', start: 0, end: 11, text: '$7.5billion', value: { type: 'money', amount: q(7.5, 1), currency: 'USD', scale: 'billion' } } as const;
    expect(spanText(value, 'fr', latn)).toBe('7,5 milliards de dollars');
    expect(spanText(value, 'ar', arab)).toBe('٧٫٥ مليار دولار');
    expect(spanText({ kind: 'url', start: 0, end: 11, text: 'example.org' }, 'ar', arab)).toBe('example.org');
  });
});
