import { describe, expect, it } from 'vitest';
import type { Finding, ProtectedSpan, TypedValue, Unit } from '../../../src/model.js';
import { checkValues, locateValues } from '../../../src/qa/numbers/index.js';
import { segmentOf, spanOf, unitOf } from '../../helpers/builders.js';

/** A value span over the first `text` in `source` not already taken, with its parsed value. */
function valueAt(source: string, text: string, value: TypedValue, after = 0): ProtectedSpan {
  const start = source.indexOf(text, after);
  if (start < 0) throw new Error(`“${text}” is not in “${source}”`);
  return { kind: 'value', start, end: start + text.length, text, value };
}

const number = (value: number, fractionDigits = 0): TypedValue => ({ type: 'number', amount: { value, fractionDigits } });

/** A unit translating `source` (whose value spans `spans` gives) into `lang`, with `target`. */
function unitWith(source: string, spans: (source: string) => ProtectedSpan[], lang: string, target: string, patch: Partial<Unit> = {}): Unit {
  const segment = { ...segmentOf(source, { id: 'p3.s1' }), protectedSpans: spans(source) };
  return unitOf(segment, lang, { state: 'needs-review', origin: 'mt', engine: 'scripted', target, ...patch });
}

const findingsOf = (unit: Unit): readonly Finding[] => checkValues([unit])[0]!.findings;
const reasonsOf = (unit: Unit): string[] => findingsOf(unit).map((finding) => finding.reason);

const troops = 'Some 2,500 troops were deployed.';
const troopSpans = (source: string) => [spanOf('2,500', source.indexOf('2,500'), 'value')];
const billion = 'The fund holds $7.5 billion.';
const billionSpans = (source: string) => [valueAt(source, '$7.5 billion', { type: 'money', amount: { value: 7.5, fractionDigits: 1 }, currency: 'USD', scale: 'billion' })];
const meeting = 'The talks start at 2:30 p.m. on Friday, December 1, 2024.';
const meetingSpans = (source: string) => [
  valueAt(source, '2:30 p.m.', { type: 'time', hour: 14, minute: 30 }),
  valueAt(source, 'Friday', { type: 'weekday', weekday: 5 }),
  valueAt(source, 'December 1, 2024', { type: 'date', month: 12, day: 1, year: 2024 }),
];
const inflation = 'Inflation rose 3.5% in two months.';
const inflationSpans = (source: string) => [
  valueAt(source, '3.5%', { type: 'percent', amount: { value: 3.5, fractionDigits: 1 } }),
  valueAt(source, 'two', number(2)),
];

describe('checkValues: targets that state every value, however the target language writes it', () => {
  it('accepts French groupings (narrow, no-break or plain space, none, the agency point) and Arabic digits of either set', () => {
    const targets: Array<[string, string]> = [
      ['fr', 'Quelque 2\u202F500 soldats ont été déployés.'],
      ['fr', 'Quelque 2\u00A0500 soldats ont été déployés.'],
      ['fr', 'Quelque 2 500 soldats ont été déployés.'],
      ['fr', 'Quelque 2500 soldats ont été déployés.'],
      ['fr', 'Quelque 2.500 soldats ont été déployés.'],
      ['ar', 'نُشر نحو ٢٬٥٠٠ جندي.'],
      ['ar', 'نُشر نحو ۲۵۰۰ جندي.'],
      ['ar', 'نُشر نحو 2,500 جندي.'],
      ['ar', 'نُشر نحو 2500 جندي.'],
    ];
    for (const [lang, target] of targets) expect(findingsOf(unitWith(troops, troopSpans, lang, target)), target).toEqual([]);
  });

  it('accepts amounts with translated scale words and currencies, percentages and small numbers written out', () => {
    expect(findingsOf(unitWith(billion, billionSpans, 'fr', 'Le fonds détient 7,5 milliards de dollars.'))).toEqual([]);
    expect(findingsOf(unitWith(billion, billionSpans, 'ar', 'يملك الصندوق 7.5 مليار دولار.'))).toEqual([]);
    expect(findingsOf(unitWith(inflation, inflationSpans, 'fr', 'L’inflation a progressé de 3,5 % en deux mois.'))).toEqual([]);
    expect(findingsOf(unitWith(inflation, inflationSpans, 'fr', 'L’inflation a progressé de 3,5 pour cent en 2 mois.'))).toEqual([]);
    expect(findingsOf(unitWith(inflation, inflationSpans, 'ar', 'ارتفع التضخم ٣٫٥٪ في شهرين اثنين.'))).toEqual([]);
    expect(findingsOf(unitWith(inflation, inflationSpans, 'ar', 'ارتفع التضخم 3.5 في المئة خلال 2 من الأشهر.'))).toEqual([]);
  });

  it('accepts clock times, weekdays and dates in the target’s forms', () => {
    for (const target of [
      'Les pourparlers commencent à 14 h 30 le vendredi 1er décembre 2024.',
      'Les pourparlers commencent vendredi 1er décembre 2024 à 14h30.',
      'Les pourparlers commencent le vendredi 1 décembre 2024 à 14:30.',
    ]) {
      expect(findingsOf(unitWith(meeting, meetingSpans, 'fr', target)), target).toEqual([]);
    }
    for (const target of ['تبدأ المحادثات الساعة 14:30 يوم الجمعة 1 كانون الأول/ديسمبر 2024.', 'تبدأ المحادثات الساعة 2:30 مساءً يوم الجمعة 1 ديسمبر 2024.']) {
      expect(findingsOf(unitWith(meeting, meetingSpans, 'ar', target)), target).toEqual([]);
    }
  });

  it('accepts years, both ends of a range and a score, ordinals, measurements and a bare French hour for a duration', () => {
    const source = 'From 2014-2017 the 21st team won 3-1 after a 5km race, 5 hours at -5C.';
    const spans = (text: string) => [
      valueAt(text, '2014-2017', { type: 'range', from: { value: 2014, fractionDigits: 0 }, to: { value: 2017, fractionDigits: 0 }, years: true }),
      valueAt(text, '21st', { type: 'ordinal', value: 21 }),
      valueAt(text, '3-1', { type: 'score', home: 3, away: 1 }),
      valueAt(text, '5km', { type: 'measure', amount: { value: 5, fractionDigits: 0 }, unit: 'kilometer' }),
      valueAt(text, '5', number(5), text.indexOf('hours') - 2),
      valueAt(text, '-5C', { type: 'measure', amount: { value: -5, fractionDigits: 0 }, unit: 'celsius' }),
    ];
    expect(findingsOf(unitWith(source, spans, 'fr', 'De 2014 à 2017, la 21e équipe a gagné 3-1 après une course de 5 km, 5 h par -5 °C.'))).toEqual([]);
    expect(findingsOf(unitWith(source, spans, 'fr', 'De 2014 à 2017, la XXIe équipe a gagné 3 à 1 après 5 kilomètres de course, 5 heures par moins 5 degrés.'))).toEqual([]);
    expect(findingsOf(unitWith(source, spans, 'ar', 'بين 2014 و2017 فاز الفريق الـ21 بنتيجة 3-1 بعد سباق 5 كلم و5 ساعات في حرارة -5 درجات.'))).toEqual([]);
  });
});

describe('checkValues: targets that lose or change a value', () => {
  it('reports English grouping in French as the wrong value it reads, with the source place and text', () => {
    const findings = findingsOf(unitWith(troops, troopSpans, 'fr', 'Quelque 2,500 soldats ont été déployés.'));
    expect(findings).toEqual([
      {
        id: 'numbers/value-missing:fr:p3.s1:source@5-10',
        ruleId: 'numbers/value-missing',
        source: 'qa/numbers',
        severity: 'error',
        reason: 'the number “2,500” is not in the target: “2,500” in French reads 2.5',
        note: 'write this value in the target before publishing',
        unitId: 'p3.s1',
        place: { side: 'source', start: 5, end: 10 },
        actual: '2,500',
        expected: ['2,500'],
      },
    ]);
    expect(reasonsOf(unitWith(troops, troopSpans, 'ar', 'نُشر نحو 2.500 جندي.'))).toEqual(['the number “2,500” is not in the target: “2.500” in Arabic reads 2.5']);
  });

  it('reports French billion (10^12) for an English billion, and a changed digit', () => {
    expect(reasonsOf(unitWith(billion, billionSpans, 'fr', 'Le fonds détient 7,5 billions de dollars.'))).toEqual([
      'the amount of money “$7.5 billion” is not in the target: “7,5 billions” in French reads 7.5 trillion',
    ]);
    expect(reasonsOf(unitWith(troops, troopSpans, 'fr', 'Quelque 2 600 soldats ont été déployés.'))).toEqual(['the number “2,500” is not in the target']);
    expect(reasonsOf(unitWith(troops, troopSpans, 'ar', 'نُشر نحو ٢٬٦٠٠ جندي.'))).toEqual(['the number “2,500” is not in the target']);
  });

  it('reports a time off by twelve hours, a changed day and a lost percent sign', () => {
    expect(reasonsOf(unitWith(meeting, meetingSpans, 'fr', 'Les pourparlers commencent à 2 h 30 le vendredi 1er décembre 2024.'))).toEqual([
      'the time “2:30 p.m.” is not in the target: “2 h 30” in French reads 02:30',
    ]);
    expect(reasonsOf(unitWith(meeting, meetingSpans, 'fr', 'Les pourparlers commencent à 14 h 30 le vendredi 2 décembre 2024.'))).toEqual([
      'the date “December 1, 2024” is not in the target',
    ]);
    expect(reasonsOf(unitWith(inflation, inflationSpans, 'fr', 'L’inflation a progressé de 3,5 en deux mois.'))).toEqual([
      'the percentage “3.5%” is not in the target: “3,5” in French reads 3.5',
    ]);
  });

  it('counts each value: a value the source states twice must be in the target twice', () => {
    const source = 'Team 12 beat team 12 again, and 2 others.';
    const spans = (text: string) => [spanOf('12', text.indexOf('12'), 'value'), spanOf('12', text.lastIndexOf('12'), 'value'), spanOf('2', text.indexOf(' 2 ') + 1, 'value')];
    expect(findingsOf(unitWith(source, spans, 'fr', 'L’équipe 12 a battu l’équipe 12 et deux autres.'))).toEqual([]);
    const findings = findingsOf(unitWith(source, spans, 'fr', 'L’équipe 12 a battu l’équipe, et deux autres.'));
    expect(findings.map((finding) => [finding.reason, finding.place?.start])).toEqual([['the number “12” occurs 2 times in the source and 1 in the target', source.lastIndexOf('12')]]);
  });

  it('does not let a word that only contains a number stand for it, nor one value serve two', () => {
    const source = 'It cost 25 dollars, then 17.';
    const spans = (text: string) => [spanOf('25', text.indexOf('25'), 'value'), spanOf('17', text.indexOf('17'), 'value')];
    expect(reasonsOf(unitWith(source, spans, 'fr', 'Cela a coûté 250 dollars, puis dix-sept.'))).toEqual([
      'the number “25” is not in the target',
      'the number “17” is not in the target',
    ]);
  });
});

describe('checkValues: which units', () => {
  const lost = 'Quelques soldats ont été déployés.';

  it('checks machine translation, translation memory and pseudo-translation, not human work, untranslated units or unknown languages', () => {
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost))).toHaveLength(1);
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost, { origin: 'tm', state: 'translated' }))).toHaveLength(1);
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost, { origin: 'pseudo' }))).toHaveLength(1);
    // Pseudo-translation copies its spans as the source writes them: the copy states the value; MT's does not.
    const copied = '[Šöɱé 2,500 ţŕööþš ŵéŕé ďéþĺöýéď. ~~~~~~~~~~]';
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', copied, { origin: 'pseudo' }))).toEqual([]);
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', copied))).toHaveLength(1);
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost, { origin: 'human', state: 'reviewed' }))).toEqual([]);
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost, { state: 'untranslated', target: undefined }))).toEqual([]);
    expect(findingsOf(unitWith(troops, troopSpans, 'de', 'Einige Soldaten.'))).toEqual([]);
  });

  it('does not report a value the engine already reported lost, and gives a finding the same id on every run', () => {
    const engineFinding: Finding = {
      id: 'mt/placeholder-missing:fr:p3.s1:n1',
      ruleId: 'mt/placeholder-missing',
      source: 'mt',
      severity: 'error',
      reason: 'DeepL dropped the number “2,500”',
      unitId: 'p3.s1',
      place: { side: 'source', start: 5, end: 10 },
    };
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', lost, { findings: [engineFinding] }))).toEqual([engineFinding]);
    const first = findingsOf(unitWith(troops, troopSpans, 'fr', lost))[0]!.id;
    expect(findingsOf(unitWith(troops, troopSpans, 'fr', 'Rien.'))[0]!.id).toBe(first);
  });
});

describe('locateValues, for the XLIFF import', () => {
  it('says where a target states each value, accepting re-formatted and spelled-out values and refusing changed ones', () => {
    const target = 'Deux soldats et 2\u202F500 civils, 3,5 %.';
    const percent: TypedValue = { type: 'percent', amount: { value: 3.5, fractionDigits: 1 } };
    const matches = locateValues(target, 'fr', [number(2500), number(2), percent, number(2600)])!;
    expect(matches.found.map((readings) => readings?.map(({ start, end }) => target.slice(start, end)))).toEqual([['2\u202F500'], ['Deux'], ['3,5 %'], undefined]);
    expect(locateValues(target, 'de', [number(2)])).toBeUndefined();
  });
});

describe('checkValues: counts the English writes out, checked though protect never marks them', () => {
  const ambush = 'Three soldiers were killed in the ambush.';
  const noSpans = (): ProtectedSpan[] => [];

  it('reports a changed count where the target states it in words or digits, at the English word', () => {
    expect(findingsOf(unitWith(ambush, noSpans, 'fr', 'Trois soldats ont été tués dans l’embuscade.'))).toEqual([]);
    expect(findingsOf(unitWith(ambush, noSpans, 'ar', 'قتل 3 جنود في الكمين.'))).toEqual([]);
    const [finding] = findingsOf(unitWith(ambush, noSpans, 'fr', 'Cinq soldats ont été tués dans l’embuscade.'));
    expect(finding).toMatchObject({ ruleId: 'numbers/value-missing', severity: 'error', place: { side: 'source', start: 0, end: 5 }, expected: ['Three'], actual: 'Cinq' });
    expect(finding!.reason).toBe('the number “Three” is not in the target: “Cinq” in French reads 5');
  });

  it('leaves pseudo-translations, other languages, English left in and Arabic two (a dual noun) alone', () => {
    expect(findingsOf(unitWith(ambush, noSpans, 'fr', '[Ŧĥȓéé šöĺďíéȓš ŵéȓé ķíĺĺéď]', { origin: 'pseudo' }))).toEqual([]);
    expect(findingsOf(unitWith(ambush, noSpans, 'de', 'Fünf Soldaten wurden getötet.'))).toEqual([]);
    expect(findingsOf(unitWith(ambush, noSpans, 'fr', 'FR Three soldiers were killed in the ambush.'))).toEqual([]);
    expect(findingsOf(unitWith('Two soldiers were killed.', noSpans, 'ar', 'قتل جنديان.'))).toEqual([]);
    expect(findingsOf(unitWith('Two soldiers were killed.', noSpans, 'fr', 'Des soldats ont été tués.'))).toHaveLength(1);
  });

  it('reads no count in a word joined by a hyphen, a fraction, a spelled-out amount, a name or a protected span', () => {
    const source = 'Two-thirds back a two-state plan, two thirds of the Group of Seven said, and three million fled Windows Seven.';
    const dnt = (text: string): ProtectedSpan[] => [spanOf('Windows Seven', text.indexOf('Windows Seven'), 'dnt')];
    expect(findingsOf(unitWith(source, dnt, 'fr', 'Des électeurs soutiennent un plan, a dit le G7, et des millions ont fui Windows.'))).toEqual([]);
  });
});
