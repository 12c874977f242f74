/**
 * The labelled term corpus (corpus.ts) through the function `qa --jsonl` answers with
 * (`answerQaLine`): each term finding's rule, term and place (the target text at start–end for a
 * violation, the source text at sourceStart–sourceEnd for a missing term), and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { answerQaLine, type QaChecks } from '../../../src/cli/commands/qa.js';
import { houseStyleProfile } from '../../../src/qa/house-style/index.js';
import { corpusTermbase, termCorpus } from './corpus.js';

const checks = (lang: 'fr' | 'ar'): QaChecks => ({ profile: houseStyleProfile(lang), options: { glossary: corpusTermbase } });
const checksByLang = { fr: checks('fr'), ar: checks('ar') };

function termFindings(lang: 'fr' | 'ar', source: string, target: string): string[] {
  const reply = answerQaLine(JSON.stringify({ source, target }), 1, checksByLang[lang]);
  if (!('findings' in reply)) throw new Error(JSON.stringify(reply));
  return reply.findings
    .filter((finding) => finding.rule.startsWith('terms/'))
    .map((finding) => {
      const place = finding.rule === 'terms/missing' ? source.slice(finding.sourceStart, finding.sourceEnd) : target.slice(finding.start, finding.end);
      return `${finding.rule.slice('terms/'.length)}:${finding.term}=${place}`;
    });
}

describe('the term corpus through qa --jsonl', () => {
  it('is large and varied enough to measure', () => {
    expect(termCorpus.length).toBeGreaterThanOrEqual(150);
    expect(termCorpus.filter((entry) => entry.findings.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it.each(termCorpus.map((entry) => ({ ...entry, label: `${entry.lang}: ${entry.target}` })))('$label', ({ lang, source, target, findings }) => {
    expect(termFindings(lang, source, target)).toEqual([...findings]);
  });
});
