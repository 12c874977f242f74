import { describe, expect, it } from 'vitest';
import { XliffReadError } from '../../src/errors.js';
import { languageCandidates, planFileImport } from '../../src/import/index.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { readFile, readUnit } from './helpers.js';

const article = articleOf([
  ['headline', 'Troops leave Baghdad'],
  ['paragraph', 'The ministry denied it. Officials said nothing.'],
]);
const prepared = prepareArticle(article, glossaryOf(), ['fr']);

describe('planFileImport', () => {
  it('applies, skips and rejects unit by unit, with ledger and human TM entries in context for what it applies', () => {
    const plan = planFileImport(
      readFile([
        readUnit('headline.s1', ['Troops leave Baghdad'], ['Les troupes quittent Bagdad'], 'final'),
        readUnit('p1.s1', ['The ministry denied it.'], ['Le ministère a démenti.'], 'draft'),
        readUnit('p1.s2', ['Officials said something.'], ['Rien.'], 'translated'),
      ]),
      prepared,
      [],
      { targetLang: 'fr' },
    );
    expect(plan.outcomes.map((unit) => [unit.unitId, unit.outcome])).toEqual([
      ['headline.s1', 'applied'],
      ['p1.s1', 'skipped'],
      ['p1.s2', 'rejected'],
    ]);
    expect(plan.ledger).toEqual([
      {
        articleId: article.id,
        targetLang: 'fr',
        unitId: 'headline.s1',
        sourceHash: prepared.segments[0]!.hash,
        target: 'Les troupes quittent Bagdad',
        state: 'final',
        origin: 'human',
      },
    ]);
    expect(plan.tm).toEqual([
      {
        sourceLang: 'en',
        targetLang: 'fr',
        source: 'Troops leave Baghdad',
        target: 'Les troupes quittent Bagdad',
        nextSource: 'The ministry denied it.',
        origin: 'human',
        createdBy: 'xliff-import',
      },
    ]);
    expect(plan).toMatchObject({ articleId: article.id, storyPath: 'test.txt', targetLang: 'fr' });
  });

  it('refuses the whole file for an unknown unit id, naming its line', () => {
    const file = readFile([readUnit('p9.s1', ['x'], ['y'], 'translated', { line: 42 })]);
    expect(() => planFileImport(file, prepared, [], { targetLang: 'fr' })).toThrow(XliffReadError);
    try {
      planFileImport(file, prepared, [], { targetLang: 'fr' });
    } catch (error) {
      expect((error as XliffReadError).describe()).toMatch(/^review\/story\.fr\.xlf:42: unit "p9\.s1" is not a segment of story/);
    }
  });

  it('rejects only the units gone from a story rewritten since export (a higher version)', () => {
    const rewritten = prepareArticle({ ...article, version: 3 }, glossaryOf(), ['fr']);
    const plan = planFileImport(
      readFile([readUnit('p9.s1', ['x'], ['y'], 'translated')], { articleVersion: 2 }),
      rewritten,
      [],
      { targetLang: 'fr' },
    );
    expect(plan.outcomes).toEqual([
      { unitId: 'p9.s1', line: 10, outcome: 'rejected', reason: 'the story (now version 3) no longer has this segment' },
    ]);
  });

  it.each([
    ['another story', { articleId: 'other-story' }, /translates story "other-story" but test\.txt is now story/],
    ['another source language', { sourceLang: 'de' }, /source language is "de" but the story is in "en"/],
    ['the source language as target', { targetLang: 'en' }, /target language "en" is its source language/],
    ['another language than the project language', { targetLang: 'ar' }, /the file is for "ar", not "fr"/],
    ['another region than the project language', { targetLang: 'fr-CA' }, /the file is for "fr-CA", not "fr-FR"/],
  ])('refuses a file for %s', (name, patch, message) => {
    const file = readFile([readUnit('headline.s1', ['Troops leave Baghdad'], ['x'], 'translated')], patch);
    const targetLang = name.includes('region') ? 'fr-FR' : 'fr';
    expect(() => planFileImport(file, prepared, [], { targetLang })).toThrow(message);
  });

  it('takes a regional form of the project language (a tool wrote fr-FR) into the project language', () => {
    const file = readFile([readUnit('headline.s1', ['Troops leave Baghdad'], ['Les troupes quittent Bagdad'], 'translated', { targetXmlLang: 'fr-FR' })], { targetLang: 'fr-FR' });
    const plan = planFileImport(file, prepared, [], { targetLang: 'fr' });
    expect(plan.targetLang).toBe('fr');
    expect(plan.ledger[0]).toMatchObject({ targetLang: 'fr' });
    expect(plan.tm[0]).toMatchObject({ targetLang: 'fr' });
  });

  it('lists a tag and the tags it is a form of, most specific first', () => {
    expect(languageCandidates('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(languageCandidates('ar')).toEqual(['ar']);
  });

  it('refuses a target whose xml:lang is not the file\'s language, at the target\'s line', () => {
    const unit = readUnit('headline.s1', ['Troops leave Baghdad'], ['x'], 'translated', { targetXmlLang: 'ar' });
    expect(() => planFileImport(readFile([unit]), prepared, [], { targetLang: 'fr' })).toThrow(/unit headline\.s1: the target says xml:lang="ar"/);
  });

  it('uses a ledger entry only when it was made for the same source', () => {
    const stale = { articleId: article.id, targetLang: 'fr', unitId: 'headline.s1', sourceHash: 'old', target: 'Revu', state: 'final' as const, origin: 'human' as const };
    const plan = planFileImport(readFile([readUnit('headline.s1', ['Troops leave Baghdad'], ['Neuf'], 'translated')]), prepared, [stale], { targetLang: 'fr' });
    expect(plan.outcomes[0]!.outcome).toBe('applied');
  });
});
