import { describe, expect, it } from 'vitest';
import { localizeTarget, localizeUnit } from '../../src/localize/index.js';
import type { ProtectedSpan, Segment, ValueStyle } from '../../src/model.js';
import { segmentOf, spanOf, unitOf } from '../helpers/builders.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const style: ValueStyle = { digits: 'latn', months: 'paired' };

/** A segment of `source` whose value spans are the given numbers, found left to right. */
function segmentWith(source: string, ...spans: ProtectedSpan[]): Segment {
  return { ...segmentOf(source), protectedSpans: spans };
}

function numbersIn(source: string, ...texts: string[]): Segment {
  let from = 0;
  const spans = texts.map((text) => {
    const start = source.indexOf(text, from);
    from = start + text.length;
    return spanOf(text, start, 'value');
  });
  return segmentWith(source, ...spans);
}

describe('localizeTarget', () => {
  it('replaces a value written as the source writes it with its rendering', () => {
    const segment = numbersIn('Some 2,500 troops left.', '2,500');
    expect(localizeTarget('Quelque 2,500 soldats sont partis.', segment, 'fr', style)).toBe(`Quelque 2${NNBSP}500 soldats sont partis.`);
    expect(localizeTarget('غادر 2,500 جندي.', segment, 'ar', { digits: 'arab', months: 'paired' })).toBe('غادر ٢٬٥٠٠ جندي.');
  });

  it('gives repeated texts to their spans in source order, each once', () => {
    const segment = segmentWith(
      'From 3.5 to 3.5 percent',
      spanOf('3.5', 5, 'value'),
      { kind: 'value', start: 12, end: 23, text: '3.5 percent', value: { type: 'percent', amount: { value: 3.5, fractionDigits: 1 } } },
    );
    expect(localizeTarget('De 3.5 à 3.5 percent, puis 3.5', segment, 'fr', style)).toBe(`De 3,5 à 3,5${NBSP}%, puis 3.5`);
  });

  it('keeps source order when a span of a repeated text renders as written', () => {
    const segment = segmentWith(
      '12 then 12',
      spanOf('12', 0, 'value'),
      { kind: 'value', start: 8, end: 10, text: '12', value: { type: 'number', amount: { value: 12, fractionDigits: 1 } } },
    );
    expect(localizeTarget('12 puis 12', segment, 'fr', style)).toBe('12 puis 12,0');
  });

  it('uses a span at most once when its text comes back more often', () => {
    const segment = numbersIn('2,500 and 2,500', '2,500', '2,500');
    expect(localizeTarget('2,500 et 2,500 et 2,500', segment, 'fr', style)).toBe(`2${NNBSP}500 et 2${NNBSP}500 et 2,500`);
  });

  it('leaves a value that is part of a longer number or word', () => {
    const segment = numbersIn('Some 2,500 troops', '2,500');
    for (const target of ['12,500 soldats', '2,500.75 soldats', '1,2,500 soldats', 'A2,500 soldats', '2,500e soldat']) {
      expect(localizeTarget(target, segment, 'fr', style)).toBe(target);
    }
  });

  it('leaves a target that already holds the rendering or another format (QA judges it)', () => {
    const segment = numbersIn('Some 2,500 troops', '2,500');
    for (const target of [`Quelque 2${NNBSP}500 soldats`, 'Quelque 2500 soldats', 'Deux mille cinq cents soldats']) {
      expect(localizeTarget(target, segment, 'fr', style)).toBe(target);
    }
  });

  it('replaces the longer text where two values start together', () => {
    const segment = segmentWith(
      '$7.5 billion for 7',
      { kind: 'value', start: 0, end: 12, text: '$7.5 billion', value: { type: 'money', amount: { value: 7.5, fractionDigits: 1 }, currency: 'USD', scale: 'billion' } },
      spanOf('7', 17, 'value'),
    );
    expect(localizeTarget('$7.5 billion pour 7', segment, 'fr', style)).toBe('7,5 milliards de dollars pour 7');
  });

  it('never groups four digits the source writes bare: a year the recogniser typed as a number', () => {
    const segment = numbersIn('In 2014, 1,200 fled; 1200 stayed', '2014', '1,200', '1200');
    expect(localizeTarget('En 2014, 1,200 ont fui ; 1200 sont restés', segment, 'fr', style)).toBe(`En 2014, 1${NNBSP}200 ont fui ; 1200 sont restés`);
    expect(localizeTarget('في 2014', numbersIn('In 2014', '2014'), 'ar', { digits: 'arab', months: 'paired' })).toBe('في ٢٠١٤');
  });

  it('keeps a number with a leading zero as written: its value does not hold the zero', () => {
    const segment = numbersIn('At 0900 GMT, 007 and 2,500', '0900', '007', '2,500');
    expect(localizeTarget('À 0900 GMT, 007 et 2,500', segment, 'fr', style)).toBe(`À 0900 GMT, 007 et 2${NNBSP}500`);
  });

  it('leaves verbatim spans and languages without rules alone', () => {
    const segment = segmentWith('See example.org, 2,500', spanOf('example.org', 4, 'domain'), spanOf('2,500', 17, 'value'));
    expect(localizeTarget('Voir example.org, 2,500', segment, 'fr', style)).toBe(`Voir example.org, 2${NNBSP}500`);
    expect(localizeTarget('Siehe example.org, 2,500', segment, 'de', style)).toBe('Siehe example.org, 2,500');
  });

  it('localizes a long target with many values, some repeated', () => {
    const values = Array.from({ length: 2000 }, (_, i) => `${(i % 999) + 1},${String(i % 1000).padStart(3, '0')}`);
    const source = values.join(' ');
    const segment = numbersIn(source, ...values);
    expect(localizeTarget(source, segment, 'fr', style)).toBe(values.map((value) => value.replace(',', NNBSP)).join(' '));
  });
});

describe('localizeUnit', () => {
  const segment = numbersIn('Some 2,500 troops', '2,500');

  it.each(['mt', 'pseudo', 'tm'] as const)('localizes a %s target', (origin) => {
    const unit = unitOf(segment, 'fr', { target: 'Quelque 2,500 soldats', state: 'needs-review', origin });
    expect(localizeUnit(unit, style).target).toBe(`Quelque 2${NNBSP}500 soldats`);
  });

  it('never rewrites a human target', () => {
    const unit = unitOf(segment, 'fr', { target: 'Quelque 2,500 soldats', state: 'reviewed', origin: 'human' });
    expect(localizeUnit(unit, style)).toBe(unit);
  });

  it('leaves a unit without a target', () => {
    const unit = unitOf(segment, 'fr');
    expect(localizeUnit(unit, style)).toBe(unit);
  });

  it('moves the target’s markup with the rewritten value: emphasis around, inside and after the number', () => {
    const target = 'Quelque 2,500 soldats';
    const around = { id: 'm1', start: 8, end: 13 };
    const inside = { id: 'm2', start: 10, end: 13 };
    const after = { id: 'm3', start: 14, end: 21 };
    const br = { id: 'm4', start: 21, end: 21 };
    const unit = unitOf(segment, 'fr', { target, targetMarkup: [around, inside, after, br], state: 'needs-review', origin: 'mt' });
    const localized = localizeUnit(unit, style);
    expect(localized.target).toBe(`Quelque 2${NNBSP}500 soldats`);
    const text = (id: string) => {
      const placement = localized.targetMarkup!.find((p) => p.id === id)!;
      return localized.target!.slice(placement.start, placement.end);
    };
    expect([text('m1'), text('m2'), text('m3'), localized.targetMarkup![3]]).toEqual([`2${NNBSP}500`, '500', 'soldats', { id: 'm4', start: 21, end: 21 }]);
  });

  it('moves the markup after a value whose rendering is longer than the source’s text', () => {
    const money = segmentWith('$7.5 billion for the port', {
      kind: 'value', start: 0, end: 12, text: '$7.5 billion', value: { type: 'money', amount: { value: 7.5, fractionDigits: 1 }, currency: 'USD', scale: 'billion' },
    });
    const target = '$7.5 billion pour le port';
    const unit = unitOf(money, 'fr', { target, targetMarkup: [{ id: 'm1', start: 0, end: 12 }, { id: 'm2', start: 21, end: 25 }], state: 'needs-review', origin: 'tm' });
    const localized = localizeUnit(unit, style);
    expect(localized.target).toBe('7,5 milliards de dollars pour le port');
    expect(localized.targetMarkup!.map(({ start, end }) => localized.target!.slice(start, end))).toEqual(['7,5 milliards de dollars', 'port']);
  });

  it('leaves a unit without markup without markup', () => {
    const unit = unitOf(segment, 'fr', { target: 'Quelque 2,500 soldats', state: 'needs-review', origin: 'mt' });
    expect(localizeUnit(unit, style)).not.toHaveProperty('targetMarkup');
  });
});
