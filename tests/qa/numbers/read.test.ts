import { describe, expect, it } from 'vitest';
import { readValues, type ReadValue } from '../../../src/qa/numbers/read.js';

const quantity = (value: number, percent = false): ReadValue => ({ kind: 'quantity', value, percent });
const valuesOf = (text: string, lang: string) => readValues(text, lang)!.map((reading) => [reading.text, reading.value]);

describe('readValues in French', () => {
  it('reads grouped numbers by the French marks: spaces of any width group, the comma is decimal', () => {
    expect(valuesOf('2 500 ; 2\u202F500 ; 2\u00A0500 ; 2500 ; 1 234 567,25 ; 3,5 ; 12,50', 'fr')).toEqual([
      ['2 500', quantity(2500)],
      ['2\u202F500', quantity(2500)],
      ['2\u00A0500', quantity(2500)],
      ['2500', quantity(2500)],
      ['1 234 567,25', quantity(1234567.25)],
      ['3,5', quantity(3.5)],
      ['12,50', quantity(12.5)],
    ]);
  });

  it('reads English grouping as a French reader does: 2,500 is 2.5, 2,500,000 is no number; agency 1.200 is 1200, an English 3.5 stays 3.5', () => {
    const read = valuesOf('2,500 ; 2,500,000 ; 1.200 ; 1.200.000 ; 3.5', 'fr');
    expect(read.map(([text]) => text)).toEqual(['2,500', '2,500,000', '1.200', '1.200.000', '3.5']);
    expect(read.map(([, value]) => (value as { value: number }).value)).toEqual([2.5, Number.NaN, 1200, 1200000, 3.5]);
  });

  it('does not glue a year to the number after it, nor a leading group of four digits', () => {
    expect(valuesOf('en 2024 2 500 personnes, en 2024 500 autres', 'fr')).toEqual([
      ['2024', quantity(2024)],
      ['2 500', quantity(2500)],
      ['2024', quantity(2024)],
      ['500', quantity(500)],
    ]);
  });

  it('multiplies by scale words, French billion being 10^12, and reads percent signs and words', () => {
    expect(valuesOf('7,5 milliards de dollars, 7 billions, 2 millions, deux mille, mille soldats, 4 Md€, 3,5 %, 3,5\u00A0%, 12 pour cent', 'fr')).toEqual([
      ['7,5 milliards', quantity(7.5e9)],
      ['7 billions', quantity(7e12)],
      ['2 millions', quantity(2e6)],
      ['deux mille', quantity(2000)],
      ['mille', quantity(1000)],
      ['4 Md', quantity(4e9)],
      ['3,5 %', quantity(3.5, true)],
      ['3,5\u00A0%', quantity(3.5, true)],
      ['12 pour cent', quantity(12, true)],
    ]);
  });

  it('reads cardinals to ten written out, not the parts of a compound, and signs only a number that starts', () => {
    expect(valuesOf('Deux soldats, trois blessés, dix-sept morts, -5 °C, moins 5 degrés, 2014-2017, 3 - 1, F-16', 'fr')).toEqual([
      ['Deux', quantity(2)],
      ['trois', quantity(3)],
      ['-5', quantity(-5)],
      ['moins 5', quantity(-5)],
      ['2014', quantity(2014)],
      ['2017', quantity(2017)],
      ['3', quantity(3)],
      ['1', quantity(1)],
      ['16', quantity(16)],
    ]);
  });

  it('reads clock times in every written form, 12-hour ones as 24-hour, and marks a bare hour (also a duration)', () => {
    expect(valuesOf('à 14 h 30, 14h30, 14:30, 9 h 05, 2 p.m., 7am, 14 heures, 5 h de route', 'fr')).toEqual([
      ['14 h 30', { kind: 'time', hour: 14, minute: 30, hourOnly: false }],
      ['14h30', { kind: 'time', hour: 14, minute: 30, hourOnly: false }],
      ['14:30', { kind: 'time', hour: 14, minute: 30, hourOnly: false }],
      ['9 h 05', { kind: 'time', hour: 9, minute: 5, hourOnly: false }],
      ['2 p.m.', { kind: 'time', hour: 14, minute: 0, hourOnly: false }],
      ['7am', { kind: 'time', hour: 7, minute: 0, hourOnly: false }],
      ['14 heures', { kind: 'time', hour: 14, minute: 0, hourOnly: true }],
      ['5 h', { kind: 'time', hour: 5, minute: 0, hourOnly: true }],
    ]);
  });

  it('reads dates, weekdays and ordinals', () => {
    expect(valuesOf('le vendredi 1er décembre 2024, en novembre 2023, le 3 MARS, le XXIe siècle, la 21e édition, le premier tour, la Ve République', 'fr')).toEqual([
      ['vendredi', { kind: 'weekday', weekday: 5 }],
      ['1er décembre 2024', { kind: 'date', month: 12, day: 1, year: 2024 }],
      ['novembre 2023', { kind: 'date', month: 11, year: 2023 }],
      ['3 MARS', { kind: 'date', month: 3, day: 3 }],
      ['XXIe', { kind: 'ordinal', value: 21 }],
      ['21e', { kind: 'ordinal', value: 21 }],
      ['premier', { kind: 'ordinal', value: 1 }],
      ['Ve', { kind: 'ordinal', value: 5 }],
    ]);
  });

  it('gives UTF-16 ranges into the text', () => {
    const text = '👍 Il y a 2 500 soldats.';
    const [reading] = readValues(text, 'fr-CA')!;
    expect(reading).toMatchObject({ start: text.indexOf('2'), end: text.indexOf(' soldats'), text: '2 500' });
  });
});

describe('readValues in French: what a desk writes around numbers', () => {
  it('reads `au moins 17` and `plus ou moins 5` as positive, `moins 12 °C` as negative', () => {
    expect(valuesOf('au moins 17 morts, plus ou moins 5 points, jusqu’à moins 12 °C', 'fr')).toEqual([
      ['17', quantity(17)],
      ['5', quantity(5)],
      ['moins 12', quantity(-12)],
    ]);
  });

  it('reads a noun for about so many as an approximate quantity, with or without un/une', () => {
    expect(valuesOf('une vingtaine de blessés, près d’un millier de manifestants, des centaines de morts', 'fr')).toEqual([
      ['une vingtaine', { kind: 'quantity', value: 20, percent: false, approximate: true }],
      ['un millier', { kind: 'quantity', value: 1000, percent: false, approximate: true }],
    ]);
  });

  it('reads halves of a scale, scale letters before a currency sign, cardinals to sixteen and tens, below zero, and du soir', () => {
    expect(valuesOf('deux millions et demi, 2,3 M€, 5 m, 40 k$, onze, seize, vingt, 12 °C sous zéro, 3 degrés sous zéro, 8 h du soir', 'fr')).toEqual([
      ['deux millions et demi', quantity(2.5e6)],
      ['2,3 M', quantity(2.3e6)],
      ['5', quantity(5)],
      ['40 k', quantity(40000)],
      ['onze', quantity(11)],
      ['seize', quantity(16)],
      ['vingt', quantity(20)],
      ['12 °C sous zéro', quantity(-12)],
      ['3 degrés sous zéro', quantity(-3)],
      ['8 h du soir', { kind: 'time', hour: 20, minute: 0, hourOnly: false }],
    ]);
  });

  it('gives each day of `les 5 et 12 décembre` and `du 3 au 7 mai 2024` its month', () => {
    expect(valuesOf('les 5 et 12 décembre, du 3 au 7 mai 2024', 'fr')).toEqual([
      ['5', { kind: 'date', month: 12, day: 5 }],
      ['12 décembre', { kind: 'date', month: 12, day: 12 }],
      ['3', { kind: 'date', month: 5, day: 3, year: 2024 }],
      ['7 mai 2024', { kind: 'date', month: 5, day: 7, year: 2024 }],
    ]);
  });
});

describe('readValues in Arabic', () => {
  it('reads the three digit sets with Arabic and Western marks', () => {
    expect(valuesOf('٢٬٥٠٠ و۲۵۰۰ و2,500 و2500 و٣٫٥ و3.5 و2.500', 'ar')).toEqual([
      ['٢٬٥٠٠', quantity(2500)],
      ['۲۵۰۰', quantity(2500)],
      ['2,500', quantity(2500)],
      ['2500', quantity(2500)],
      ['٣٫٥', quantity(3.5)],
      ['3.5', quantity(3.5)],
      ['2.500', quantity(2.5)],
    ]);
  });

  it('reads percent signs and words, scale words, composites and duals', () => {
    expect(valuesOf('3.5% و٣٫٥٪\u061C و3 في المئة و5 بالمئة و7.5 مليار دولار و3 آلاف وثلاثة ملايين، ومليونين، وألفان وألف جندي', 'ar')).toEqual([
      ['3.5%', quantity(3.5, true)],
      ['٣٫٥٪', quantity(3.5, true)],
      ['3 في المئة', quantity(3, true)],
      ['5 بالمئة', quantity(5, true)],
      ['7.5 مليار', quantity(7.5e9)],
      ['3 آلاف', quantity(3000)],
      ['وثلاثة ملايين', quantity(3e6)],
      ['ومليونين', quantity(2e6)],
      ['وألفان', quantity(2000)],
      ['وألف', quantity(1000)],
    ]);
  });

  it('reads written-out cardinals (with a proclitic, teens with عشر), times, dates in either month series, weekdays and ordinals', () => {
    expect(valuesOf('قتل ثلاثة وجرح خمسة عشر يوم الجمعة 1 كانون الأول/ديسمبر 2024 الساعة 2:30 مساءً في الدورة الثالثة', 'ar')).toEqual([
      ['ثلاثة', quantity(3)],
      ['خمسة عشر', quantity(15)],
      ['الجمعة', { kind: 'weekday', weekday: 5 }],
      ['1 كانون الأول/ديسمبر 2024', { kind: 'date', month: 12, day: 1, year: 2024 }],
      ['2:30 مساءً', { kind: 'time', hour: 14, minute: 30, hourOnly: false }],
      ['الثالثة', { kind: 'ordinal', value: 3 }],
    ]);
  });

  it('reads composites joined by و, each part below the scale before it, and scale words in the accusative', () => {
    expect(valuesOf('41 ألفا و788 شخصا، مليونين و500 ألف جندي، 3 ملايين و200 ألف دولار، 40 ألفا، بين 3 آلاف و5 آلاف', 'ar')).toEqual([
      ['41 ألفا و788', quantity(41788)],
      ['مليونين و500 ألف', quantity(2.5e6)],
      ['3 ملايين و200 ألف', quantity(3.2e6)],
      ['40 ألفا', quantity(40000)],
      ['3 آلاف', quantity(3000)],
      ['5 آلاف', quantity(5000)],
    ]);
  });

  it('reads tens written out before a scale, and dual nouns for two of a thing (not a plural spelled like a dual)', () => {
    expect(valuesOf('خمسين ألف شخص، استمر يومين ونصف، قتل جنديان ومدنيين', 'ar')).toEqual([
      ['خمسين ألف', quantity(50000)],
      ['يومين ونصف', quantity(2.5)],
      ['جنديان', quantity(2)],
    ]);
  });

  it('reads half a scale (`مليون ونصف المليون`), a month paired in brackets, and below zero', () => {
    expect(valuesOf('مليون ونصف المليون، مليونين ونصف، 23 تشرين الثاني (نوفمبر) 2023، 3 درجات تحت الصفر', 'ar')).toEqual([
      ['مليون ونصف المليون', quantity(1.5e6)],
      ['مليونين ونصف', quantity(2.5e6)],
      ['23 تشرين الثاني (نوفمبر) 2023', { kind: 'date', month: 11, day: 23, year: 2023 }],
      ['3 درجات تحت الصفر', quantity(-3)],
    ]);
  });

  it('reads hundreds written out, duals included, with a scale after them', () => {
    expect(valuesOf('نحو مئة متظاهر ومئتي شرطي وخمسمائة جندي ومئة ألف لاجئ', 'ar')).toEqual([
      ['مئة', quantity(100)],
      ['ومئتي', quantity(200)],
      ['وخمسمائة', quantity(500)],
      ['ومئة ألف', quantity(100000)],
    ]);
  });

  it('reads compound ordinals, hours written as ordinals, `الأول من` a month, and times of day after noon and at night', () => {
    expect(valuesOf('القرن الحادي والعشرين، القمة الثالثة والثلاثون، الدورة الثالثة عشرة، الساعة السابعة صباحا، الساعة الثانية والنصف، الأول من آذار/مارس 1950، 2:30 بعد الظهر، 11 ليلا، 2 ليلا', 'ar')).toEqual([
      ['الحادي والعشرين', { kind: 'ordinal', value: 21 }],
      ['الثالثة والثلاثون', { kind: 'ordinal', value: 33 }],
      ['الثالثة عشرة', { kind: 'ordinal', value: 13 }],
      ['السابعة صباحا', { kind: 'time', hour: 7, minute: 0, hourOnly: false }],
      ['الثانية والنصف', { kind: 'time', hour: 2, minute: 30, hourOnly: false }],
      ['الأول من آذار/مارس 1950', { kind: 'date', month: 3, day: 1, year: 1950 }],
      ['2:30 بعد الظهر', { kind: 'time', hour: 14, minute: 30, hourOnly: false }],
      ['11 ليلا', { kind: 'time', hour: 23, minute: 0, hourOnly: false }],
      ['2 ليلا', { kind: 'time', hour: 2, minute: 0, hourOnly: false }],
    ]);
  });

  it('does not take a number before م (metres, or the era) for an evening time', () => {
    expect(valuesOf('20 م و2024 م', 'ar')).toEqual([
      ['20', quantity(20)],
      ['2024', quantity(2024)],
    ]);
  });
});

it('reads no language it does not know', () => {
  expect(readValues('2,500', 'de')).toBeUndefined();
});
