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

  it('are keyed by their range: the same for the same place, another when the place moves', () => {
    const first = checkHouseStyle('Il a dit "non".', fr).map((finding) => finding.key);
    expect(first).toEqual(['target@9-10', 'target@13-14']);
    expect(checkHouseStyle('Il a dit "non" à 17:30.', fr).map((finding) => finding.key)).toEqual([...first, 'target@17-22']);
    expect(checkHouseStyle('Il a dit  "non".', fr).map((finding) => finding.key)).toEqual(['target@10-11', 'target@14-15']);
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

const N = '\u202F';
const B = '\u00A0';

/** Copy as a careful desk writes it: nothing may fire (precision). */
const cleanFrench = [
  `PARIS, 1er décembre 2024 (AFP) - Le président Emmanuel Macron a reçu mardi à l’Elysée son homologue ukrainien, Volodymyr Zelensky, pour évoquer «${N}les garanties de sécurité${N}» promises à Kiev.`,
  `Selon le ministère de la Santé du Hamas, au moins 44${N}580 personnes ont été tuées dans la bande de Gaza depuis le 7 octobre 2023, majoritairement des civils.`,
  `L’inflation a atteint 2,3${B}% sur un an en novembre, contre 1,8${B}% en octobre, a indiqué vendredi l’Insee dans une estimation provisoire.`,
  `Le Brent de la mer du Nord pour livraison en février cédait 0,4${B}%, à 72,85 dollars, vers 14${B}h${B}30 GMT.`,
  `«${N}Nous n’avons pas d’autre choix${N}», a affirmé à l’AFP Jean-Pierre Dupont, 54 ans, qui travaille à la SNCF depuis 1992.`,
  `La résolution 2231 du Conseil de sécurité, adoptée en 2015, encadre l’accord sur le nucléaire iranien${N}; son article 16.2 prévoit un mécanisme de règlement des différends.`,
  `Le F-16, l’A320neo et le Rafale ont été présentés au salon du Bourget, où 2${N}500 exposants étaient attendus.`,
  `Contactée, la préfecture (01 53 71 53 71) n’a pas donné suite. Plus d’informations sur www.interieur.gouv.fr ou @Interieur_Gouv.`,
  `La Ligue 1 reprend samedi${B}: le PSG, leader avec 29 points, reçoit Lyon (3e) au Parc des Princes à 21${B}h.`,
  `M. Barnier, 73 ans, a été nommé Premier ministre le 5 septembre${N}; Mme Le Pen a salué «${N}un premier pas${N}».`,
  `Le XXIe siècle sera-t-il celui de l’Asie${N}? Pour la 2e fois, le sommet du G20 s’est tenu à Rio de Janeiro.`,
  `Les pompiers sont intervenus vers 3${B}h du matin au 12, rue de la Paix, 75002 Paris.`,
  `Le texte, voté par 289 voix contre 251, a été transmis au Sénat, qui l’examinera à partir du 12 décembre.`,
  `Le COVID-19 a fait plus de 7 millions de morts dans le monde, selon l’OMS (https://covid19.who.int).`,
  `Le score final est de 3-1 après prolongation, le marathon a été couru en 2:05:30.`,
];
const cleanArabic = [
  'باريس (أ ف ب) - استقبل الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء، نظيره الأوكراني فولوديمير زيلينسكي في قصر الإليزيه لبحث «الضمانات الأمنية» الموعودة لكييف.',
  'وأعلنت وزارة الصحة التابعة لحماس ارتفاع حصيلة القتلى في قطاع غزة إلى 44580 شخصا منذ 7 تشرين الأول/أكتوبر 2023، غالبيتهم من المدنيين.',
  'وبلغ معدل التضخم 2.3% على أساس سنوي في تشرين الثاني/نوفمبر، وفق ما أعلن المعهد الوطني للإحصاء الجمعة.',
  'وقال المتحدث باسم الخارجية الأميركية ⁨Matthew Miller⁩ للصحافيين: «لن نسمح بذلك».',
  'ونشر الجيش بيانا على منصة ⁨X⁩ جاء فيه أن طائرات ⁨F-16⁩ شاركت في الغارات.',
  'وفي عام 1445 هـ، شارك في القمة الـ33 ممثلون عن 22 دولة.',
  'للاستعلام يرجى الاتصال على الرقم ⁨+971 4 123 4567⁩ أو زيارة الموقع ⁨https://example.ae⁩.',
  'هل ستنجح المفاوضات؟ يجيب المسؤول: «الأمر يتوقف على الطرفين».',
  'وقالت وكالة ⁨Reuters⁩ إن الاجتماع سيعقد في 12/1/2025 عند الساعة 14:30 بالتوقيت المحلي.',
  'وأوضح أن نحو 2,500 جندي وصلوا إلى المنطقة، وأن 3.5 مليار دولار خصصت لإعادة الإعمار.',
];
describe('clean agency copy', () => {
  it.each(cleanFrench)('French: no finding, nothing fixed: %s', (text) => {
    expect(checkHouseStyle(text, fr).map((finding) => `${finding.ruleId} ${visible(finding.actual ?? '')}`)).toEqual([]);
    expect(fixHouseStyle(text, fr)).toBe(text);
  });

  it.each(cleanArabic)('Arabic: no finding, nothing fixed: %s', (text) => {
    expect(checkHouseStyle(text, ar).map((finding) => `${finding.ruleId} ${visible(finding.actual ?? '')}`)).toEqual([]);
    expect(fixHouseStyle(text, ar)).toBe(text);
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
