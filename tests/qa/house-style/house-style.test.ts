/**
 * The house-style layer as a whole: findings in the project's one shape, profiles from the
 * configuration, and the fixer over real agency paragraphs (after fixing, nothing fixable is
 * left; fixing twice changes nothing more; clean copy is left byte for byte).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../../src/cli/config.js';
import { checkHouseStyle, fixHouseStyle, houseStyleProfile } from '../../../src/qa/house-style/index.js';
import { real, visible } from './rule-harness.js';

const fr = houseStyleProfile('fr');
const ar = houseStyleProfile('ar');

describe('house-style findings', () => {
  it('are Findings with the rule id, UTF-16 offsets into the target, actual and expected', () => {
    const text = '😀 Il a dit : "non".';
    const findings = checkHouseStyle(text, fr);
    expect(findings.map((finding) => [finding.ruleId, finding.place?.start, finding.place?.end, finding.actual, finding.expected?.[0]])).toEqual([
      ['fr-typography/space-before-punct', 11, 13, ' :', '\u00A0:'],
      ['fr-typography/quote-style', 14, 15, '"', '«'],
      ['fr-typography/quote-style', 18, 19, '"', '»'],
    ]);
    expect(findings[0]).toMatchObject({ source: 'qa/house-style', severity: 'warning', fixable: true, place: { side: 'target' } });
    expect(text.slice(findings[1]!.place!.start, findings[1]!.place!.end)).toBe('"');
  });

  it('have an id that stays the same for the same text and changes with the place', () => {
    const first = checkHouseStyle('Il a dit "non".', fr).map((finding) => finding.id);
    expect(checkHouseStyle('Il a dit "non".', fr).map((finding) => finding.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(checkHouseStyle('Il a dit  "non".', fr).map((finding) => finding.id)).not.toContain(first[0]);
  });
});

describe('house-style profiles', () => {
  it('turn a rule off: neither checked nor fixed', () => {
    const profile = houseStyleProfile('fr', { fr: { rules: { 'time-format': 'off', apostrophe: false } } });
    const text = "L'attaque a eu lieu à 17:30.";
    expect(checkHouseStyle(text, profile)).toEqual([]);
    expect(fixHouseStyle(text, profile)).toBe(text);
    expect(checkHouseStyle(text, fr).map((finding) => finding.ruleId)).toEqual(['fr-typography/apostrophe', 'fr-typography/time-format']);
  });

  it('set a rule’s severity, and bidi-controls-unbalanced is an error by default', () => {
    const profile = houseStyleProfile('ar', { ar: { rules: { tatweel: 'info' } } });
    const findings = checkHouseStyle('قال الرئيـس \u200E', profile);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['ar-typography/tatweel', 'info'],
      ['ar-typography/bidi-controls-unbalanced', 'error'],
    ]);
  });

  it('default Arabic to Western digits and paired month names; digits arab changes the house set', () => {
    expect(ar).toMatchObject({ digits: 'latn', months: 'paired' });
    const arab = houseStyleProfile('ar', { ar: { digits: 'arab', months: 'levantine' } });
    expect(arab).toMatchObject({ digits: 'arab', months: 'levantine' });
    expect(fixHouseStyle('قتل 25 شخصا وأصيب ٣٠', arab)).toBe('قتل ٢٥ شخصا وأصيب ٣٠');
    expect(fixHouseStyle('قتل 25 شخصا وأصيب ٣٠', ar)).toBe('قتل 25 شخصا وأصيب 30');
  });
});

describe('houseStyle in wire-l10n.json', () => {
  async function configFile(value: unknown): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'wire-l10n-house-style-')), 'wire-l10n.json');
    await writeFile(path, JSON.stringify(value));
    return path;
  }

  it('is read as written', async () => {
    const houseStyle = { fr: { rules: { 'time-format': 'error', apostrophe: false } }, ar: { digits: 'arab', months: 'egyptian', rules: { tatweel: 'off' } } };
    expect(readProjectConfig(await configFile({ houseStyle }))).toEqual({ houseStyle });
  });

  it.each([
    [{ houseStyle: [] }, /houseStyle: expected an object keyed by language/],
    [{ houseStyle: { de: {} } }, /houseStyle\.de: unknown language \(known: fr, ar\)/],
    [{ houseStyle: { fr: { digits: 'arab' } } }, /houseStyle\.fr\.digits: unknown setting \(known: rules\)/],
    [{ houseStyle: { ar: { digits: 'persian' } } }, /houseStyle\.ar\.digits: expected one of latn, arab/],
    [{ houseStyle: { ar: { months: 'gregorian' } } }, /houseStyle\.ar\.months: expected one of egyptian, levantine, paired/],
    [{ houseStyle: { fr: { rules: { 'quote-styles': 'off' } } } }, /houseStyle\.fr\.rules\.quote-styles: unknown rule \(known: quote-style, /],
    [{ houseStyle: { ar: { rules: { tatweel: 'fatal' } } } }, /houseStyle\.ar\.rules\.tatweel: expected "error", "warning", "info", "off", true or false/],
  ])('refuses %j naming the setting', async (value, message) => {
    const path = await configFile(value);
    expect(() => readProjectConfig(path)).toThrowError(message);
  });
});

/** Agency paragraphs as MT and hurried desks leave them. */
const frenchCopy = [
  `Le ministre a déclaré : "Nous n'avons pas d'autre choix que de négocier", avant d'ajouter que 2,500 soldats seraient déployés d'ici 17:30.`,
  `Mr. Smith, qui s'exprimait devant la presse à 2 p.m., a évoqué une hausse de 3.5% du budget, soit 150000 euros de plus pour la 2ème année.`,
  `« Il a parlé d'une "trêve fragile" », a rapporté un témoin ; selon l'article 16.2 de la résolution 2231, voir https://un.org/fr/doc?id=2231 ou écrire à presse@un.org !`,
];

const arabicCopy = [
  'قال المتحدث باسم الوزارة John Smith, إن "القوات انسحبت" من المدينة?',
  'وأضاف أن ٢٥٠٠ جندي وصلوا في 2024, مع طائرات F-16 الأمريكية، وأن الرئيـــس التقى ‎Emmanuel Macron‎ في ⁨New⁩ ⁨York⁩.',
  'للاتصال +971 4 123 4567 أو زيارة https://example.com/ar?id=1 في عام 1445 هـ، وقالت لـ«حماس» إن النسبة ٣٥٪؜.',
];

describe('the fixer over agency copy', () => {
  it.each(frenchCopy)('French: leaves nothing fixable and is stable: %s', (text) => {
    const fixed = fixHouseStyle(text, fr);
    expect(checkHouseStyle(fixed, fr).map((finding) => `${finding.ruleId} ${visible(finding.actual ?? '')}`)).toEqual([]);
    expect(fixHouseStyle(fixed, fr)).toBe(fixed);
  });

  it.each(arabicCopy)('Arabic: leaves nothing fixable and is stable: %s', (text) => {
    const fixed = fixHouseStyle(text, ar);
    expect(checkHouseStyle(fixed, ar).map((finding) => `${finding.ruleId} ${visible(finding.actual ?? '')}`)).toEqual([]);
    expect(fixHouseStyle(fixed, ar)).toBe(fixed);
  });

  it('writes the French house forms and touches nothing else', () => {
    expect(visible(fixHouseStyle(frenchCopy[0]!, fr))).toBe(
      'Le ministre a déclaré␣: «⍽Nous n’avons pas d’autre choix que de négocier⍽», avant d’ajouter que 2⍽500 soldats seraient déployés d’ici 17␣h␣30.',
    );
    expect(visible(fixHouseStyle(frenchCopy[2]!, fr))).toBe(
      '«⍽Il a parlé d’une “trêve fragile”⍽», a rapporté un témoin⍽; selon l’article 16.2 de la résolution 2231, voir https://un.org/fr/doc?id=2231 ou écrire à presse@un.org⍽!',
    );
  });

  it('writes the Arabic house forms and touches nothing else', () => {
    expect(visible(fixHouseStyle(arabicCopy[1]!, ar))).toBe(
      'وأضاف أن 2500 جندي وصلوا في 2024، مع طائرات ⁅F-16⁆ الأمريكية، وأن الرئيس التقى ⁅Emmanuel Macron⁆ في ⁅New York⁆.',
    );
  });

  it.each([
    ['fr', '«⍽Nous resterons⍽», a déclaré M. Dupont à 14␣h␣30 le 1er décembre⍽; 2⍽500 soldats, 3,5␣% et l’article 16.2.'],
    ['ar', 'قال ⁅John Smith⁆، إن «القوات انسحبت» في 2024، وإن 2,500 جندي وصلوا في عام 1445 هـ؟'],
  ] as const)('leaves clean %s copy byte for byte', (lang, text) => {
    const profile = lang === 'fr' ? fr : ar;
    expect(checkHouseStyle(real(text), profile)).toEqual([]);
    expect(fixHouseStyle(real(text), profile)).toBe(real(text));
  });
});
