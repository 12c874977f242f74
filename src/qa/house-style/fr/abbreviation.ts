/**
 * fr-typography/abbreviation — civilities and ordinals as the Imprimerie nationale writes them:
 * M., Mme, Mmes, MM., Mlle, Dr, Pr; 1er, 1re, 2e, XXIe. English civilities (Mr., Mrs, Ms.),
 * a dot after an abbreviation that ends with its word's last letter (Mme., Dr.), and ordinals in
 * -ème, -ième, -è, -ère (2ème, 1ère, XXIème; plurals 1ères, 2èmes) are violations; the fix writes
 * the house form (1res, 2es).
 * A civility counts only before a capitalized name, so "Dr." ending a sentence is left alone.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { literalCoverage } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

interface Abbreviation {
  readonly pattern: RegExp;
  readonly expected: (match: RegExpMatchArray) => string;
}

const beforeName = String.raw`(?=[ \u00A0\u202F]+\p{Lu})`;
const wordStart = String.raw`(?<![\p{L}\p{N}])`;

const civility = (written: string, house: string): Abbreviation => ({
  pattern: new RegExp(`${wordStart}${written}${beforeName}`, 'gu'),
  expected: () => house,
});

/** Rules as data: what is written → the house form. */
const abbreviations: readonly Abbreviation[] = [
  civility(String.raw`Mr\.?`, 'M.'),
  civility(String.raw`Messrs\.?`, 'MM.'),
  civility(String.raw`Mrs\.?`, 'Mme'),
  civility(String.raw`Ms\.?`, 'Mme'),
  civility(String.raw`Mme\.`, 'Mme'),
  civility(String.raw`Mmes\.`, 'Mmes'),
  civility(String.raw`Mlle\.`, 'Mlle'),
  civility(String.raw`Mlles\.`, 'Mlles'),
  civility(String.raw`Dr\.`, 'Dr'),
  civility(String.raw`Pr\.`, 'Pr'),
  // Plurals keep their s: 1ères → 1res, 2èmes → 2es.
  { pattern: new RegExp(`${wordStart}1(?:ère|ere|ière)(s?)(?![\\p{L}])`, 'gu'), expected: (match) => `1re${match[1]!}` },
  { pattern: new RegExp(`${wordStart}1ier(s?)(?![\\p{L}])`, 'gu'), expected: (match) => `1er${match[1]!}` },
  { pattern: new RegExp(`${wordStart}([2-9]|[1-9]\\d+)(?:ème|eme|ième|ieme|è)(s?)(?![\\p{L}])`, 'gu'), expected: (match) => `${match[1]!}e${match[2]!}` },
  { pattern: new RegExp(`${wordStart}([IVXLC]+)(?:ème|eme|ième|ieme|è)(s?)(?![\\p{L}])`, 'gu'), expected: (match) => `${match[1]!}e${match[2]!}` },
  { pattern: new RegExp(`${wordStart}I(?:ère|ere)(s?)(?![\\p{L}])`, 'gu'), expected: (match) => `Ire${match[1]!}` },
];

export const abbreviation: HouseStyleRule = {
  name: 'abbreviation',
  defaultSeverity: 'warning',
  description: 'M., Mme, Mmes, MM., Dr; 1er, 1re, 2e, XXIe',
  check(text) {
    const zones = literalCoverage(text);
    const hits: RuleHit[] = [];
    for (const { pattern, expected } of abbreviations) {
      for (const match of matchesOf(pattern, text)) {
        if (zones.has(match.index)) continue;
        const house = expected(match);
        hits.push(replacementHit(match.index, match.index + match[0].length, house, `${match[0]} is not house style; write ${house}`));
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
