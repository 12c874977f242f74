import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { compileRules, InvalidRuleError } from '../../src/segment/compile-rules.js';
import { knownLanguages, rulesForLanguage } from '../../src/segment/languages.js';
import type { LanguageRules, SegmentationRule } from '../../src/segment/rules/types.js';
import { splitSentences } from '../../src/segment/split.js';

function ruleSet(rules: readonly SegmentationRule[], lists: LanguageRules['lists'] = {}): LanguageRules {
  return { lang: 'xx', terminals: '.?!', closers: '"”)', spacedClosers: '', lists, rules };
}

function sentences(text: string, rules: LanguageRules): string[] {
  return splitSentences(text, compileRules(rules)).map((span) => text.slice(span.start, span.end));
}

const text = 'Mr. Smith left. He came back.';

describe('rules are applied like SRX', () => {
  it('lets the first matching rule decide', () => {
    const keepMr = { break: false, before: '\\bMr\\.', after: '\\s' };
    const breakAll = { break: true, before: '', after: '' };
    expect(sentences(text, ruleSet([keepMr, breakAll]))).toEqual(['Mr. Smith left.', 'He came back.']);
    expect(sentences(text, ruleSet([breakAll, keepMr]))).toEqual(['Mr.', 'Smith left.', 'He came back.']);
  });

  it('does not break where no rule matches', () => {
    const breakBeforeHe = { break: true, before: '', after: '\\s+He\\b' };
    expect(sentences(text, ruleSet([breakBeforeHe]))).toEqual(['Mr. Smith left.', 'He came back.']);
  });

  it('tests rules only after sentence-final punctuation followed by whitespace', () => {
    const breakAll = { break: true, before: '', after: '' };
    expect(sentences('See example.com/a.b now. Then (AFP) wait', ruleSet([breakAll]))).toEqual([
      'See example.com/a.b now.',
      'Then (AFP) wait',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    const breakAll = { break: true, before: '', after: '' };
    expect(sentences('He said “Go.” (Then left.) Done.', ruleSet([breakAll]))).toEqual([
      'He said “Go.”',
      '(Then left.)',
      'Done.',
    ]);
  });

  it('expands a {{list}} into its words, escaped', () => {
    const keepAbbreviations = { break: false, before: '\\b(?:{{abbr}})\\.', after: '\\s' };
    const breakAll = { break: true, before: '', after: '' };
    const rules = ruleSet([keepAbbreviations, breakAll], { abbr: ['U.S'] });
    expect(sentences('In the U.S. Army. In the UXS. Navy.', rules)).toEqual([
      'In the U.S. Army.',
      'In the UXS.',
      'Navy.',
    ]);
  });
});

describe('word lists compile to tries that match exactly their words', () => {
  const words = ['Co', 'Corp', 'Col', 'p.m', 'a.m', 'Ma', 'a'];
  const keep = { break: false, before: '(?<![\\p{L}.])(?:{{words}})\\.', after: '\\s+(?:{{words}})\\b' };
  const breakAll = { break: true, before: '', after: '' };
  const rules = ruleSet([keep, breakAll], { words });

  it.each(words.flatMap((before) => words.map((after) => [before, after])))('keeps "%s. %s" together', (before, after) => {
    expect(sentences(`X ${before}. ${after} y.`, rules)).toEqual([`X ${before}. ${after} y.`]);
  });

  it.each(['C', 'Cor', 'Corps', 'pm', 'm', 'Mam'])('does not take "%s" for a listed word', (word) => {
    expect(sentences(`X ${word}. Corp y.`, rules)).toEqual([`X ${word}.`, 'Corp y.']);
  });
});

describe('line rules', () => {
  const base = ruleSet([{ break: true, before: '', after: '' }]);
  const withLines = (lineRules: LanguageRules['lineRules']): LanguageRules => ({ ...base, lineRules });

  it('never cut at a single line break without line rules, and cut where the first matching rule breaks', () => {
    const text = 'Intro\nfirst line\nLast line';
    expect(sentences(text, base)).toEqual([text]);
    const rules = withLines([
      { name: 'keep-lower', break: false, line: '.*', next: '\\p{Ll}' },
      { name: 'cut', break: true, line: '.*', next: '' },
    ]);
    expect(sentences(text, rules)).toEqual(['Intro\nfirst line', 'Last line']);
  });

  it('applies shorterThan against the longest line of the paragraph only', () => {
    const rules = withLines([{ name: 'short', break: true, line: '.*', next: '', shorterThan: 0.5 }]);
    expect(sentences('Head\nA much longer line of body text\n\nOne\nTwo', rules)).toEqual([
      'Head',
      'A much longer line of body text',
      'One\nTwo',
    ]);
  });

  it('names the language and rule when a line rule does not compile', () => {
    expect(() => compileRules(withLines([{ name: 'broken', break: true, line: '(', next: '' }]))).toThrow(/^xx line rule broken: /);
  });
});

describe('rule errors', () => {
  it('names the language and rule when a list is unknown', () => {
    const rule = { name: 'titles', break: false, before: '{{titles}}\\.', after: '\\s' };
    expect(() => compileRules(ruleSet([rule]))).toThrow(new InvalidRuleError('xx rule titles: unknown or empty list {{titles}}'));
  });

  it('names the language and rule when a pattern is not a valid regex', () => {
    const rule = { name: 'broken', break: true, before: '(', after: '' };
    expect(() => compileRules(ruleSet([rule]))).toThrow(/^xx rule broken: /);
  });

  it('compiles every shipped language', () => {
    for (const lang of knownLanguages) expect(rulesForLanguage(lang).rules.length).toBeGreaterThan(0);
  });
});

describe('language lookup', () => {
  it('lists the known languages when a language has no rules', () => {
    expect(() => rulesForLanguage('de')).toThrow(UsageError);
    expect(() => rulesForLanguage('de')).toThrow('No sentence rules for language "de"; known languages: ar, en, fr.');
  });

  it('uses the base language for a tag with a region', () => {
    expect(rulesForLanguage('en-US')).toBe(rulesForLanguage('en'));
    expect(rulesForLanguage('FR_ca')).toBe(rulesForLanguage('fr'));
  });

  it('compiles each language once', () => {
    expect(rulesForLanguage('ar')).toBe(rulesForLanguage('ar'));
  });
});
