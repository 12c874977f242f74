/**
 * French house style, rule by rule: agency copy that breaks the rule (what is reported, what the
 * fixer writes, and that the check then finds nothing), and copy that must not fire.
 * Fixtures are readable: ⍽ is U+202F, ␣ is U+00A0 (see rule-harness.ts).
 */
import { describe, expect, it } from 'vitest';
import { abbreviation } from '../../../src/qa/house-style/fr/abbreviation.js';
import { apostrophe } from '../../../src/qa/house-style/fr/apostrophe.js';
import { decimalSeparator } from '../../../src/qa/house-style/fr/decimal-separator.js';
import { percentSpace } from '../../../src/qa/house-style/fr/percent-space.js';
import { quoteStyle } from '../../../src/qa/house-style/fr/quote-style.js';
import { spaceBeforePunct } from '../../../src/qa/house-style/fr/space-before-punct.js';
import { spaceInsideGuillemets } from '../../../src/qa/house-style/fr/space-inside-guillemets.js';
import { thousandsSeparator } from '../../../src/qa/house-style/fr/thousands-separator.js';
import { timeFormat } from '../../../src/qa/house-style/fr/time-format.js';
import { describeRules, reported, visible, type RuleFixtures } from './rule-harness.js';

const fixtures: readonly RuleFixtures[] = [
  {
    rule: quoteStyle,
    violations: [
      ['Il a dit "nous resterons" avant de partir.', ['"', '"'], 'Il a dit «⍽nous resterons⍽» avant de partir.'],
      ['"Nous resterons", a-t-il dit. "Jusqu’au bout."', ['"', '"', '"', '"'], '«⍽Nous resterons⍽», a-t-il dit. «⍽Jusqu’au bout.⍽»'],
      ['« Il a dit "non" », a ajouté le porte-parole.', ['"', '"'], '« Il a dit “non” », a ajouté le porte-parole.'],
      ['Le ministre a parlé d’un “accord historique”.', ['“', '”'], 'Le ministre a parlé d’un «⍽accord historique⍽».'],
      ["Le groupe, qualifié de ‘terroriste’ par Washington, dément.", ['‘', '’'], 'Le groupe, qualifié de «⍽terroriste⍽» par Washington, dément.'],
      ["Il a parlé d'une 'trêve' fragile.", ["'", "'"], "Il a parlé d'une «⍽trêve⍽» fragile."],
      ['Le texte dit : " nous refusons ".', ['"', '"'], 'Le texte dit : «⍽nous refusons⍽».'],
    ],
    clean: [
      '«⍽Nous resterons⍽», a-t-il déclaré.',
      '«⍽Il a dit “non”, puis il est parti⍽», selon un témoin.',
      'Un écran de 12" et une position à 48°51\'24" nord.',
      "Aujourd’hui, l’armée dit qu’elle n’a «⍽rien à cacher⍽».",
      "Dans les années '90, le pays a changé.",
      'Les parents’ et les enfants.',
      'Lire <a href="https://www.afp.com/fr">le communiqué</a> en entier.',
    ],
  },
  {
    rule: spaceBeforePunct,
    violations: [
      ['Il a ajouté ; puis il est parti !', [' ;', ' !'], 'Il a ajouté⍽; puis il est parti⍽!'],
      ['Pourquoi? Personne ne le sait: le mystère reste entier.', ['?', ':'], 'Pourquoi⍽? Personne ne le sait␣: le mystère reste entier.'],
      ['Qui paiera␣? Le ministre répond : personne.', ['␣?', ' :'], 'Qui paiera⍽? Le ministre répond␣: personne.'],
      ['Vraiment ?! Oui !!', [' ?', ' !'], 'Vraiment⍽?! Oui⍽!!'],
      ['«⍽Et maintenant?⍽» a-t-il lancé.', ['?'], '«⍽Et maintenant⍽?⍽» a-t-il lancé.'],
    ],
    clean: [
      'Il a ajouté⍽; puis il est parti⍽!',
      'Le bilan␣: 12 morts. Le score⍽: 3-1.',
      'Rendez-vous à 14:30, score final 3:1, marathon en 2:05:30.',
      'Voir https://example.org/a?b=1&c=2 ou écrire à info@afp.com.',
      'Vraiment⍽?! Le chiffre (?) reste flou.',
      'Le groupe Yahoo! a confirmé.',
      'Il a souri :) avant de partir.',
      '? au début, rien avant.',
      'Le prix &amp; la qualité.',
    ],
  },
  {
    rule: spaceInsideGuillemets,
    violations: [
      ['Il a dit «oui» hier.', ['«', '»'], 'Il a dit «⍽oui⍽» hier.'],
      ['Il a dit « oui » hier.', ['« ', ' »'], 'Il a dit «⍽oui⍽» hier.'],
      ['Il a dit «␣oui␣» hier.', ['«␣', '␣»'], 'Il a dit «⍽oui⍽» hier.'],
      ['Il a dit «  oui⍽» hier.', ['«  '], 'Il a dit «⍽oui⍽» hier.'],
      // An empty «» takes one space, after «: the fixer once wrote two, then one.
      ['Il a dit «» hier.', ['«'], 'Il a dit «⍽» hier.'],
    ],
    clean: ['Il a dit «⍽oui⍽» hier.', '«⍽Nous⍽»', 'Le mot «', '» ouvre la ligne.'],
  },
  {
    rule: apostrophe,
    violations: [
      ["L'armée a annoncé qu'il n'y aurait pas d'autre frappe aujourd'hui.", ["'", "'", "'", "'", "'"], 'L’armée a annoncé qu’il n’y aurait pas d’autre frappe aujourd’hui.'],
      ['L‘Etat et l´ONU.', ['‘', '´'], 'L’Etat et l’ONU.'],
      ['Il a parlé d\'« un calendrier » et de l\'"accord", jusqu\'“au bout”.', ["'", "'", "'"], 'Il a parlé d’« un calendrier » et de l’"accord", jusqu’“au bout”.'],
    ],
    clean: [
      'L’armée a annoncé qu’il n’y aurait pas d’autre frappe.',
      // A closing single quote after a word that does not elide, before an outer closing quote.
      'Il a dit « le mot \'trêve\' » hier.',
      'Voir https://example.org/l\'article ou rock\'n\'roll@example.org.',
      "Une position à 48°51'24\".",
    ],
  },
  {
    rule: thousandsSeparator,
    violations: [
      ['Quelque 2,500 soldats et 1,200,000 civils.', ['2,500', '1,200,000'], 'Quelque 2⍽500 soldats et 1⍽200⍽000 civils.'],
      ['Un bilan de 1.200 morts et 3.500.000 déplacés.', ['1.200', '3.500.000'], 'Un bilan de 1⍽200 morts et 3⍽500⍽000 déplacés.'],
      ['Les 25000 manifestants et les 150000 euros.', ['25000', '150000'], 'Les 25⍽000 manifestants et les 150⍽000 euros.'],
      ['Les 2 500 soldats et 12␣000 réfugiés.', ['2 500', '12␣000'], 'Les 2⍽500 soldats et 12⍽000 réfugiés.'],
      ['Un budget de 12345,67 euros.', ['12345'], 'Un budget de 12⍽345,67 euros.'],
      ['Un prêt de 1,234.5 millions.', ['1,234'], 'Un prêt de 1⍽234.5 millions.'],
    ],
    clean: [
      'En 2024, 2⍽500 soldats et 25⍽000 civils.',
      'Les 2500 soldats, le 1er janvier 2000.',
      'Le F-16, le COVID-19, l’A320 et le vol 12345.',
      'Selon l’article 12345 et la résolution 2231, n° 10045.',
      'Appelez le 01 23 45 67 89 ou le +33 1 234 567 890.',
      'Le code 00123 et la réf. 45678.',
      'Au 5, rue de la Paix, 75002 Paris.',
      'Voir https://example.org/12345 ou le dossier 2023-12345.',
      'Un taux de 0,125 et de 12,5.',
      'Sous Windows 10 et Windows 11.',
    ],
  },
  {
    rule: decimalSeparator,
    violations: [
      ['Une croissance de 3.5 % et une dette de 2.25 milliards.', ['3.5', '2.25'], 'Une croissance de 3,5 % et une dette de 2,25 milliards.'],
      ['Un contrat de $2.5 billion.', ['2.5'], 'Un contrat de $2,5 billion.'],
      ['Un prêt de 1⍽234.5 millions.', ['1⍽234.5'], 'Un prêt de 1⍽234,5 millions.'],
    ],
    clean: [
      'Une croissance de 3,5 % en 2024.',
      'Selon l’article 16.2 de la Charte et la résolution 2231.3.',
      'Le 12.05.2024 à l’adresse 192.168.1.1.',
      'Sous Windows 3.1, avec le Web 2.0 et la version 1.2.',
      'À 4.15pm et à 16.30 GMT.',
      'Un bilan de 1.200 morts.',
      'Voir https://example.org/v1.5/doc.',
    ],
  },
  {
    rule: percentSpace,
    violations: [
      ['Une hausse de 3,5% et de 12 %.', ['5%', '2 %'], 'Une hausse de 3,5␣% et de 12␣%.'],
    ],
    clean: ['Une hausse de 3,5␣% et de 12⍽%.', 'Une hausse de 3,5 pour cent.', 'Voir https://example.org/a%20b ou https://example.org/?q=100%25.'],
  },
  {
    rule: timeFormat,
    violations: [
      ['La réunion a commencé à 17:30 et fini à 09:05.', ['17:30', '09:05'], 'La réunion a commencé à 17␣h␣30 et fini à 9␣h␣05.'],
      ['L’attaque a eu lieu vers 2 p.m. Les secours sont arrivés à 2:30 pm.', ['2 p.m.', '2:30 pm.'], 'L’attaque a eu lieu vers 14␣h. Les secours sont arrivés à 14␣h␣30.'],
      ['Départ à 7am, arrivée à 4.15pm, minuit à 12 am, midi à 12 PM.', ['7am', '4.15pm', '12 am', '12 PM.'], 'Départ à 7␣h, arrivée à 16␣h␣15, minuit à 0␣h, midi à 12␣h.'],
      ['Le couvre-feu débute à 22h et finit à 6H30, soit 14h30 de plus.', ['22h', '6H30', '14h30'], 'Le couvre-feu débute à 22␣h et finit à 6␣h␣30, soit 14␣h␣30 de plus.'],
      ['Rendez-vous à 14 h 30 puis à 09␣h␣30.', ['14 h 30', '09␣h␣30'], 'Rendez-vous à 14␣h␣30 puis à 9␣h␣30.'],
      ['Le cessez-le-feu prend effet à 0900 GMT.', ['0900'], 'Le cessez-le-feu prend effet à 9␣h GMT.'],
    ],
    clean: [
      'Rendez-vous à 14␣h␣30, à 14␣h, à 9⍽h⍽45 ou à 14␣h␣00.',
      'Le marathon en 2:05:30, une carte au 1:50 000.',
      'En 2024, le F-16, le H5N1 et le score de 3-1.',
      'Voir https://example.org/live#17:30.',
    ],
  },
  {
    rule: abbreviation,
    violations: [
      ['Mr. Smith et Mrs Jones ont rencontré Ms. Lee.', ['Mr.', 'Mrs', 'Ms.'], 'M. Smith et Mme Jones ont rencontré Mme Lee.'],
      ['Mme. Dupont, Mmes. Martin et le Dr. Durand.', ['Mme.', 'Mmes.', 'Dr.'], 'Mme Dupont, Mmes Martin et le Dr Durand.'],
      ['Le 2ème tour, la 1ère fois, le 3e et le XXIème siècle.', ['2ème', '1ère', 'XXIème'], 'Le 2e tour, la 1re fois, le 3e et le XXIe siècle.'],
    ],
    clean: [
      'M. Dupont, Mme Martin, Mmes Durand, MM. Lefèvre et le Dr Bernard.',
      'Le 1er décembre, la 1re fois, le 2e tour, le XXIe siècle.',
      'Il a appelé un docteur. Dr.',
      'Des durées de 5 ms et un tour de 400 m.',
    ],
  },
];

describeRules('fr', fixtures);

describe('what the French checks report', () => {
  it('gives the canonical form as expected', () => {
    expect(reported(thousandsSeparator, '2,500 soldats').map(([, expected]) => visible(expected ?? ''))).toEqual(['2⍽500']);
    expect(reported(timeFormat, 'à 17:30').map(([, expected]) => visible(expected ?? ''))).toEqual(['17␣h␣30']);
  });
});
