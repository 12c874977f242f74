import { describe, expect, it } from 'vitest';
import { decideUnit } from '../../src/import/decide.js';
import { prepareArticle } from '../../src/job/prepare.js';
import type { Segment } from '../../src/model.js';
import type { LedgerEntry } from '../../src/store/store.js';
import { hashText } from '../../src/util/hash.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { code, readUnit } from './helpers.js';

/** "Some 2,500 troops remain in Iraq, officials said at 10 am." — numbers are protected spans. */
function segmentWithNumbers(): Segment {
  const article = articleOf([['headline', 'Some 2,500 troops remain, 900 in Syria']]);
  const segment = prepareArticle(article, glossaryOf(), ['fr']).segments[0]!;
  expect(segment.protectedSpans.map((span) => span.text)).toEqual(['2,500', '900']);
  return segment;
}

const sourceRuns = ['Some ', code('1', '2,500'), ' troops remain, ', code('2', '900'), ' in Syria'];

function recorded(segment: Segment, patch: Partial<LedgerEntry>): LedgerEntry {
  return {
    articleId: 'a',
    targetLang: 'fr',
    unitId: segment.id,
    sourceHash: segment.hash,
    target: 'Quelque 2,500 soldats restent, 900 en Syrie',
    state: 'needs-review',
    origin: 'mt',
    engine: 'deepl',
    ...patch,
  };
}

describe('decideUnit', () => {
  const segment = segmentWithNumbers();

  it('applies a translated target, codes turned back into the story text, even reordered', () => {
    const target = [code('2', '900'), ' en Syrie, ', code('1', '2,500'), ' soldats restent'];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, target, 'translated'), segment, undefined, {})).toEqual({
      kind: 'apply',
      target: '900 en Syrie, 2,500 soldats restent',
      state: 'translated',
    });
  });

  it('reads codes a tool renumbered on both sides by the ids of the returned source', () => {
    const source = ['Some ', code('7'), ' troops remain, ', code('8'), ' in Syria'];
    const target = ['Quelque ', code('7'), ' soldats restent, ', code('8'), ' en Syrie'];
    const decision = decideUnit(readUnit('headline.s1', source, target, 'reviewed'), segment, undefined, {});
    expect(decision).toEqual({ kind: 'apply', target: 'Quelque 2,500 soldats restent, 900 en Syrie', state: 'reviewed' });
  });

  it.each([
    ['a missing code', ['Quelque ', code('1'), ' soldats restent en Syrie'], /lacks inline code 2 \("900"\)/],
    ['a doubled code', ['Quelque ', code('1'), code('1'), code('2')], /inline code 1 \("2,500"\) 2 times/],
    ['a code the source lacks', [code('1'), code('2'), code('9')], /inline code 9 .*source does not have/],
    ['a paired code', [code('1'), code('g1', undefined, 'open'), code('2'), code('g1', undefined, 'close')], /paired inline code g1/],
  ])('rejects %s in the target', (_name, target, reason) => {
    const decision = decideUnit(readUnit('headline.s1', sourceRuns, target, 'translated'), segment, undefined, {});
    expect(decision.kind).toBe('reject');
    expect(decision.kind === 'reject' && decision.reason).toMatch(reason);
  });

  describe('values in a French target', () => {
    const french = { targetLang: 'fr' } as const;
    const decide = (target: Parameters<typeof readUnit>[2]) => decideUnit(readUnit('headline.s1', sourceRuns, target, 'translated'), segment, undefined, french);

    it('writes each value code as French writes the value', () => {
      expect(decide(['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'])).toEqual({
        kind: 'apply',
        target: 'Quelque 2\u202F500 soldats restent, 900 en Syrie',
        state: 'translated',
      });
    });

    it.each([
      ['re-formatted with a no-break space', 'Quelque 2\u00A0500 soldats restent, '],
      ['ungrouped', 'Quelque 2500 soldats restent, '],
      ['with a plain space', 'Quelque 2 500 soldats restent, '],
    ])('accepts a value written as text instead of its code (%s)', (_name, text) => {
      const decision = decide([text, code('2'), ' en Syrie']);
      expect(decision).toMatchObject({ kind: 'apply', target: `${text}900 en Syrie` });
    });

    it('accepts a small number spelled out instead of its code', () => {
      const three = prepareArticle(articleOf([['headline', 'Rockets hit 3 bases, 900 troops safe']]), glossaryOf(), ['fr']).segments[0]!;
      const source = ['Rockets hit ', code('1', '3'), ' bases, ', code('2', '900'), ' troops safe'];
      const decision = decideUnit(readUnit('headline.s1', source, ['Des roquettes ont frappé trois bases, ', code('2'), ' soldats indemnes'], 'translated'), three, undefined, french);
      expect(decision).toMatchObject({ kind: 'apply', target: 'Des roquettes ont frappé trois bases, 900 soldats indemnes' });
    });

    it.each([
      ['a changed value', 'Quelque 3\u202F500 soldats restent, '],
      ['an English grouping, which French reads as 2.5', 'Quelque 2,500 soldats restent, '],
      ['no value at all', 'Des soldats restent, '],
    ])('refuses %s in place of a code', (_name, text) => {
      const decision = decide([text, code('2'), ' en Syrie']);
      expect(decision.kind).toBe('reject');
      expect(decision.kind === 'reject' && decision.reason).toMatch(/lacks inline code 1 \("2,500"\) and does not state its value otherwise/);
    });

    it('does not let one stated value stand for two codes', () => {
      const twice = prepareArticle(articleOf([['headline', '900 left and 900 stayed']]), glossaryOf(), ['fr']).segments[0]!;
      const source = [code('1', '900'), ' left and ', code('2', '900'), ' stayed'];
      const decision = decideUnit(readUnit('headline.s1', source, [code('1'), ' sont partis et sont restés'], 'translated'), twice, undefined, french);
      expect(decision).toMatchObject({ kind: 'reject', reason: expect.stringMatching(/lacks inline code 2/) });
    });
  });

  it('takes a file whose translated target the house style turned into the stored one for work already imported', () => {
    // The job fixed the imported "Quelque 2,500 soldats : restent" and the store holds the fixed form.
    const target = ['Quelque ', code('1'), ' soldats : restent, ', code('2'), ' en Syrie'];
    const stored = recorded(segment, { target: 'Quelque 2,500 soldats\u00A0: restent, 900 en Syrie', state: 'translated', origin: 'human', engine: undefined });
    const unitWithBase = { ...readUnit('headline.s1', sourceRuns, target, 'translated'), baseTarget: hashText('an older export') };
    const houseForm = (text: string) => text.replace(' :', '\u00A0:');
    expect(decideUnit(unitWithBase, segment, stored, { houseForm })).toEqual({ kind: 'skip', reason: 'already imported' });
    // Compared as written, the same file looks like a change made against an older export.
    expect(decideUnit(unitWithBase, segment, stored, {}).kind).toBe('reject');
  });

  it('rejects an empty target', () => {
    const plain = prepareArticle(articleOf([['headline', 'Troops leave Baghdad']]), glossaryOf(), ['fr']).segments[0]!;
    expect(decideUnit(readUnit('headline.s1', ['Troops leave Baghdad'], ['  '], 'translated'), plain, undefined, {})).toEqual({
      kind: 'reject',
      reason: 'the target is empty',
    });
  });

  it('rejects a unit whose source text changed since export, and one whose codes do not match the spans', () => {
    const changed = ['Some ', code('1', '2,500'), ' troops stay, ', code('2', '900'), ' in Syria'];
    const target = ['x ', code('1'), code('2')];
    expect(decideUnit(readUnit('headline.s1', changed, target, 'final'), segment, undefined, {})).toMatchObject({
      kind: 'reject',
      reason: expect.stringMatching(/source changed since export/),
    });
    const fewerCodes = ['Some 2,500 troops remain, ', code('2', '900'), ' in Syria'];
    expect(decideUnit(readUnit('headline.s1', fewerCodes, target, 'final'), segment, undefined, {})).toMatchObject({
      kind: 'reject',
      reason: expect.stringMatching(/1 inline code\(s\) but the story's segment has 2/),
    });
    const otherNumber = ['Some ', code('1', '3,000'), ' troops remain, ', code('2', '900'), ' in Syria'];
    expect(decideUnit(readUnit('headline.s1', otherNumber, target, 'final'), segment, undefined, {})).toMatchObject({
      kind: 'reject',
      reason: expect.stringMatching(/stands for "3,000" but the story has "2,500"/),
    });
  });

  it('accepts a source a tool re-indented (hash over normalized whitespace)', () => {
    const source = ['Some  ', code('1', '2,500'), '\n   troops remain, ', code('2', '900'), ' in Syria'];
    const target = ['Quelque ', code('1'), ' soldats, ', code('2'), ' en Syrie'];
    expect(decideUnit(readUnit('headline.s1', source, target, 'translated'), segment, undefined, {}).kind).toBe('apply');
  });

  it('skips drafts and untranslated units, saying the state', () => {
    const target = ['Quelque ', code('1'), ' soldats, ', code('2'), ' en Syrie'];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, target, 'draft'), segment, undefined, {})).toEqual({
      kind: 'skip',
      reason: 'state needs-review-translation: a draft, not marked translated, reviewed or final',
      editedSinceExport: true,
    });
    // As exported (the source copy), or with broken codes: no sign of an edit to import.
    expect(decideUnit(readUnit('headline.s1', sourceRuns, [...sourceRuns], 'untranslated'), segment, undefined, {})).toEqual({
      kind: 'skip',
      reason: 'state needs-translation: not translated yet',
    });
    expect(decideUnit(readUnit('headline.s1', sourceRuns, ['Quelque chose'], 'untranslated'), segment, undefined, {})).toEqual({
      kind: 'skip',
      reason: 'state needs-translation: not translated yet',
    });
    expect(decideUnit(readUnit('headline.s1', sourceRuns, undefined, 'untranslated'), segment, undefined, {})).toEqual({
      kind: 'skip',
      reason: 'no target',
    });
  });

  it('with editedAs, takes a changed target whatever its state, and skips one left as exported', () => {
    const edited = ['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'];
    const untouched = [...sourceRuns];
    const options = { editedAs: 'translated' as const };
    expect(decideUnit(readUnit('headline.s1', sourceRuns, edited, 'untranslated'), segment, undefined, options)).toEqual({
      kind: 'apply',
      target: 'Quelque 2,500 soldats restent, 900 en Syrie',
      state: 'translated',
    });
    expect(decideUnit(readUnit('headline.s1', sourceRuns, untouched, 'untranslated'), segment, undefined, options)).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/target is as exported/),
    });
    // The exported target of a machine-translated unit is the MT, not the source.
    const asMt = ['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, asMt, 'draft'), segment, recorded(segment, {}), options).kind).toBe('skip');
  });

  it('never lets a lower state replace a human review, and skips what is already imported', () => {
    const reviewed = recorded(segment, { origin: 'human', state: 'reviewed', target: 'Revu 2,500 et 900' });
    const other = ['Autre ', code('1'), ' et ', code('2')];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, other, 'translated'), segment, reviewed, {})).toMatchObject({
      kind: 'skip',
      reason: 'the store holds a reviewed human translation; a translated one does not replace it',
    });
    expect(decideUnit(readUnit('headline.s1', sourceRuns, other, 'final'), segment, reviewed, {}).kind).toBe('apply');
    const same = ['Revu ', code('1'), ' et ', code('2')];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, same, 'reviewed'), segment, reviewed, {})).toEqual({
      kind: 'skip',
      reason: 'already imported',
    });
    // A translator accepting the MT as it is, by marking it translated, is human work.
    const mt = recorded(segment, {});
    const asIs = ['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'];
    expect(decideUnit(readUnit('headline.s1', sourceRuns, asIs, 'translated'), segment, mt, {}).kind).toBe('apply');
  });

  it('refuses a file made against a translation the store has since replaced with human work', () => {
    const mt = 'Quelque 2,500 soldats restent, 900 en Syrie';
    const laterHuman = recorded(segment, { origin: 'human', state: 'translated', target: 'Environ 2,500 soldats restent, dont 900 en Syrie' });
    const staleEdit = ['Certains ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'];
    const stale = readUnit('headline.s1', sourceRuns, staleEdit, 'reviewed', { baseTarget: hashText(mt) });
    expect(decideUnit(stale, segment, laterHuman, {})).toEqual({
      kind: 'reject',
      reason: "the store's translation changed after this file was exported (a translated human translation came in since): export again and work on the current one",
    });
    // The same edit, made on a file exported after that work, is applied.
    const current = readUnit('headline.s1', sourceRuns, staleEdit, 'reviewed', { baseTarget: hashText(laterHuman.target) });
    expect(decideUnit(current, segment, laterHuman, {}).kind).toBe('apply');
    // Left as exported in the stale file (only its state changed): an old copy, skipped.
    const untouched = readUnit('headline.s1', sourceRuns, ['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'], 'final', {
      baseTarget: hashText(mt),
    });
    expect(decideUnit(untouched, segment, laterHuman, {})).toEqual({
      kind: 'skip',
      reason: 'the store has newer human work for this unit; this file has it as exported',
    });
    // Machine translation is not work to protect: a stale base over MT still applies.
    expect(decideUnit(stale, segment, recorded(segment, { target: 'Une autre MT 2,500 900' }), {}).kind).toBe('apply');
  });

  it('with editedAs, compares with the target the file says it was exported with', () => {
    const exportedWith = 'Quelque 2,500 soldats restent, 900 en Syrie';
    const untouched = ['Quelque ', code('1'), ' soldats restent, ', code('2'), ' en Syrie'];
    const unit = readUnit('headline.s1', sourceRuns, untouched, 'draft', { baseTarget: hashText(exportedWith) });
    // The store now holds another MT (re-translated since): the file's own fingerprint decides.
    expect(decideUnit(unit, segment, recorded(segment, { target: 'MT plus récente 2,500 900' }), { editedAs: 'translated' })).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/target is as exported/),
    });
  });
});
