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
