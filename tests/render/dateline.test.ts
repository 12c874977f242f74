import { describe, expect, it } from 'vitest';
import type { ValueStyle } from '../../src/model.js';
import { datelineFindings, datelineSeparator, localizeDateline } from '../../src/render/dateline.js';
import { createFormatter } from '../../src/render/formatter.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';

const formatter = createFormatter();
const style = (digits: ValueStyle['digits'], months: ValueStyle['months']): ValueStyle => ({ digits, months });
const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }), entry('Geneva', { fr: 'Genève' }));

describe('the dateline date', () => {
  it('is written in French with the weekday and 1er for the first', () => {
    expect(formatter.formatLongDate('2024-11-23', 'fr', style('latn', 'paired'))).toBe('samedi 23 novembre 2024');
    expect(formatter.formatLongDate('2024-12-01', 'fr', style('arab', 'levantine'))).toBe('dimanche 1er décembre 2024');
    expect(formatter.formatLongDate('2024-12-01', 'fr-CA', style('latn', 'paired'))).toBe('dimanche 1er décembre 2024');
  });

  it('is written in Arabic with the house month names and digits', () => {
    expect(formatter.formatLongDate('2024-11-23', 'ar', style('latn', 'paired'))).toBe('السبت، 23 تشرين الثاني/نوفمبر 2024');
    expect(formatter.formatLongDate('2024-11-23', 'ar', style('latn', 'egyptian'))).toBe('السبت، 23 نوفمبر 2024');
    expect(formatter.formatLongDate('2024-11-23', 'ar', style('arab', 'levantine'))).toBe('السبت، ٢٣ تشرين الثاني ٢٠٢٤');
    expect(formatter.formatLongDate('2025-01-03', 'ar-EG', style('latn', 'egyptian'))).toBe('الجمعة، 3 يناير 2025');
  });

  it('is written by the locale data in a language without value rules', () => {
    expect(formatter.formatLongDate('2024-11-23', 'en', style('arab', 'paired'))).toBe('Saturday, November 23, 2024');
  });
});

describe('the dateline place', () => {
  it('goes through the glossary and keeps capitals', () => {
    const article = articleOf([['headline', 'Talks']], { dateline: { place: 'BAGHDAD', date: '2024-11-23', agency: 'AFP' } });
    expect(localizeDateline(article, 'ar', glossary, formatter, style('arab', 'egyptian'))).toEqual({
      place: 'بغداد',
      date: 'السبت، ٢٣ نوفمبر ٢٠٢٤',
      // No Arabic credit in this termbase: kept, isolated as every Latin run in Arabic.
      agency: '\u2068AFP\u2069',
    });
    expect(localizeDateline(article, 'fr', glossary, formatter, style('arab', 'egyptian')).place).toBe('BAGDAD');
  });

  it('is kept as written and reported for Arabic when the glossary has no Arabic rendering', () => {
    const article = articleOf([['headline', 'Talks']], { dateline: { place: 'Geneva', date: '2024-11-23' } });
    expect(localizeDateline(article, 'ar', glossary, formatter, style('latn', 'paired')).place).toBe('\u2068Geneva\u2069');
    const findings = datelineFindings(article, ['fr', 'ar', 'ar-EG'], glossary);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.id, finding.actual])).toEqual([
      ['dateline/place-unknown', 'warning', 'dateline/place-unknown:ar:dateline', 'Geneva'],
      ['dateline/place-unknown', 'warning', 'dateline/place-unknown:ar-EG:dateline', 'Geneva'],
    ]);
  });

  it('takes the agency’s credit from the glossary when it has one, and keeps it elsewhere', () => {
    const credited = glossaryOf(entry('AFP', { ar: 'أ ف ب' }), entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }));
    const article = articleOf([['headline', 'Talks']], { dateline: { place: 'BAGHDAD', agency: 'AFP' } });
    expect(localizeDateline(article, 'ar', credited, formatter, style('latn', 'paired'))).toEqual({ place: 'بغداد', agency: 'أ ف ب' });
    expect(localizeDateline(article, 'fr', credited, formatter, style('latn', 'paired'))).toEqual({ place: 'BAGDAD', agency: 'AFP' });
    expect(localizeDateline(article, 'en', credited, formatter, style('latn', 'paired'))).toEqual({ place: 'BAGHDAD', agency: 'AFP' });
  });

  it('is separated from the first sentence as each language’s agency copy does', () => {
    expect(datelineSeparator('fr')).toBe('\u00A0– ');
    expect(datelineSeparator('fr-CA')).toBe('\u00A0– ');
    expect(datelineSeparator('ar')).toBe(' - ');
    expect(datelineSeparator('en')).toBe(' – ');
  });

  it('is not reported when the glossary knows it, in French, or when there is no place', () => {
    const known = articleOf([['headline', 'Talks']], { dateline: { place: 'Baghdad' } });
    const latinTarget = articleOf([['headline', 'Talks']], { dateline: { place: 'Kyiv' } });
    const none = articleOf([['headline', 'Talks']], { dateline: { date: '2024-11-23' } });
    expect(datelineFindings(known, ['fr', 'ar'], glossary)).toEqual([]);
    expect(datelineFindings(latinTarget, ['fr', 'de'], glossary)).toEqual([]);
    expect(datelineFindings(none, ['ar'], glossary)).toEqual([]);
  });
});
