import { describe, expect, it } from 'vitest';
import type { InlineCode } from '../../../src/xliff/inline.js';
import { readXliff } from '../../../src/xliff/read/index.js';
import { fixture } from './helpers.js';

function readFixture(name: string) {
  return readXliff(fixture('tolerant', name), name);
}

const standalone = (id: string, text: string | undefined, line: number): InlineCode =>
  text === undefined ? { kind: 'standalone', id, line } : { kind: 'standalone', id, text, line };
const open = (id: string, text: string | undefined, line: number): InlineCode =>
  text === undefined ? { kind: 'open', id, line } : { kind: 'open', id, text, line };
const close = (id: string, text: string | undefined, line: number): InlineCode =>
  text === undefined ? { kind: 'close', id, line } : { kind: 'close', id, text, line };

describe('readXliff takes files as CAT tools return them', () => {
  it('UTF-8 with a byte order mark, CRLF line ends and a lowercase encoding name (1.2)', () => {
    expect(readFixture('bom-crlf-12.xlf')).toEqual({
      path: 'bom-crlf-12.xlf',
      version: '1.2',
      original: 'stories/harbour-reopens.txt',
      sourceLang: 'en',
      targetLang: 'fr',
      articleId: '2026-03-02-harbour-reopens',
      articleVersion: 3,
      units: [
        {
          id: 'p1.s1',
          line: 6,
          source: ['The harbour reopened on Monday.'],
          target: ['Le port a rouvert lundi.'],
          targetLine: 8,
          state: 'translated',
          stateAsWritten: 'translated',
        },
        {
          id: 'p1.s2',
          line: 10,
          source: ['Ferries resumed their crossings at dawn.'],
          target: ["Les ferrys ont repris leurs traversées à l'aube."],
          targetLine: 13,
          state: 'reviewed',
          stateAsWritten: 'signed-off+approved',
        },
      ],
    });
  });

  it('a DOCTYPE with a public id, a stylesheet instruction, comments and a header, never fetched (1.2)', () => {
    const file = readFixture('doctype-public-12.xlf');
    expect(file).toMatchObject({ version: '1.2', sourceLang: 'en-GB', targetLang: 'fr-FR' });
    expect(file.units).toEqual([
      {
        id: 'p1.s1',
        line: 12,
        source: ['The harbour reopened on Monday.'],
        target: ['Le port a rouvert lundi.'],
        targetLine: 14,
        state: 'draft',
        stateAsWritten: 'needs-review-translation',
      },
    ]);
  });

  it('other namespaces, attributes, elements, modules, comments, instructions and CDATA anywhere (2.1)', () => {
    expect(readFixture('extra-namespaces-21.xlf')).toEqual({
      path: 'extra-namespaces-21.xlf',
      version: '2.1',
      original: 'stories/harbour-reopens.txt',
      sourceLang: 'en',
      targetLang: 'ar',
      // Only the file's own metadata, only in our category; the value trimmed.
      articleId: '2026-03-02-harbour-reopens',
      articleVersion: 4,
      units: [
        {
          id: 'p1.s1',
          line: 22,
          // Not the mtc:match's source and target, not the glossary, not the acme:comment inside the target.
          source: ['The harbour reopened on Monday.'],
          target: ['أعيد فتح الميناء يوم الاثنين.'],
          targetLine: 46,
          state: 'reviewed',
          stateAsWritten: 'reviewed (acme:checked)',
        },
      ],
    });
  });

  it('re-indented content collapsed and trimmed, unless xml:space="preserve" is in scope (1.2)', () => {
    const units = readFixture('reindented-12.xlf').units;
    expect(units.map((unit) => [unit.source, unit.target])).toEqual([
      [['The harbour reopened on Monday.'], ['Le port a rouvert lundi.']],
      [['Two  spaces stay.'], [' Deux  espaces restent. ']],
      // A no-break space is not XML whitespace.
      [['A\u00A0no-break space is not XML whitespace.'], ['Une espace insécable\u00A0: elle reste.']],
      [['Kept as written:   two spaces   inside.'], ['CDATA is text.']],
    ]);
    expect(units[0]).toMatchObject({ line: 5, targetLine: 10 });
  });

  it('1.2 inline codes, renumbered and reordered, returned as the file has them', () => {
    const units = readFixture('codes-12.xlf').units;
    expect(units.map((unit) => unit.source)).toEqual([
      ['About ', standalone('1', '2,500', 6), ' passengers crossed, said ', standalone('2', 'Harbour Authority', 6), '.'],
      ['See ', open('1', undefined, 10), 'the ', standalone('2', '{url}', 10), ' timetable', close('1', undefined, 10), '.'],
      [
        open('7', '<b>', 14), 'Bold', close('7', '</b>', 14), ' and ',
        open('8', '[i]', 14), 'italic', close('8', '[/i]', 14), ', ',
        open('5', undefined, 14), 'empty', close('5', '[/u]', 14), '.',
      ],
      // <sub> holds text inside the native code; it is not part of the code's text.
      ['A ', standalone('1', '<img alt=""/>', 18), ' photo and ', standalone('2', '<span>', 18), 'a dangling tag.'],
    ]);
    expect(units.map((unit) => unit.target)).toEqual([
      ['Selon ', standalone('4', 'Harbour Authority', 7), ', quelque ', standalone('3', '2,500', 7), ' passagers ont traversé.'],
      ['Voir ', open('1', undefined, 11), 'les horaires ', standalone('2', undefined, 11), close('1', undefined, 11), '.'],
      [open('8', '[i]', 15), 'Italique', close('8', undefined, 15), ' et ', open('7', '<b>', 15), 'gras', close('7', '</b>', 15), '.'],
      ['Une photo ', standalone('1', '<img alt=""/>', 19), ' et ', standalone('2', '[span]', 19), 'une balise orpheline.'],
    ]);
  });

  it('2.x inline codes: originalData by dataRef, else equiv; pc, sc/ec, isolated codes, annotations, cp', () => {
    const [first, second] = readFixture('codes-21.xlf').units;
    expect(first).toEqual({
      id: 'p1.s1',
      line: 4,
      source: [
        'About ', standalone('1', '2,500', 13), ' passengers crossed, said ', standalone('2', 'Harbour Authority', 13), ', ',
        open('3', '<b>', 13), 'at dawn', close('3', '</b>', 13), '. ',
        // <data> keeps its whitespace (xml:space is fixed to preserve there).
        standalone('4', '  spaced  data ', 13),
      ],
      target: [
        'Selon ', standalone('22', 'Harbour Authority', 14), ', ', open('3', '<b>', 14), "à l'aube", close('3', '</b>', 14),
        ', quelque ', standalone('11', '2,500', 14), ' passagers ont traversé.', standalone('4', '  spaced  data ', 14),
      ],
      targetLine: 14,
      state: 'translated',
      stateAsWritten: 'translated (wire-l10n:translated)',
    });
    expect(second).toEqual({
      id: 'p1.s2',
      line: 17,
      source: [open('1', '[b]', 19), 'Ferries', close('1', '[/b]', 19), ' resumed ', open('2', '[i]', 19), 'at dawn\u0007.'],
      target: ['Les ferrys ont repris', close('5', '[/i]', 20), " à l'aube", close('1', undefined, 20), '.'],
      targetLine: 20,
      // What we exported, untouched: translated by the engine, awaiting review.
      state: 'draft',
      stateAsWritten: 'translated (wire-l10n:needs-review)',
    });
  });

  it('2.x units with several segments: joined in order with their ignorables, at the lowest segment state', () => {
    const file = readFixture('multi-segment-21.xlf');
    expect(file.version).toBe('2.0');
    expect(file.units).toEqual([
      {
        id: 'p1.s1',
        line: 6,
        source: ['The harbour reopened on Monday, after two weeks.'],
        // The ignorable has no target: it stands for itself.
        target: ['Le port a rouvert lundi, après deux semaines.'],
        targetLine: 9,
        state: 'translated',
        stateAsWritten: 'translated (acme:done)',
      },
      {
        id: 'p1.s2',
        line: 20,
        // Whitespace between segments is content: trimmed only at the ends of the whole unit.
        source: ['Ferries resumed. Buses did not.'],
        target: ['Les ferrys ont repris. Les bus, non.'],
        targetLine: 23,
        // A segment without state is `initial`.
        state: 'untranslated',
        stateAsWritten: '(no state)',
      },
      { id: 'p2.s1', line: 31, source: ['Fishing boats wait.'], state: 'untranslated', stateAsWritten: '(no target)' },
      {
        id: 'p2.s2',
        line: 36,
        source: ['Traders are glad.Most of them.'],
        // A segment without target adds nothing and leaves the unit untranslated.
        target: ['Les commerçants se réjouissent.'],
        targetLine: 39,
        state: 'untranslated',
        stateAsWritten: '(no target)',
      },
    ]);
  });

  it('Trados-like: seg-source, <mrk mtype="seg"> around the target, sdl: metadata, no state', () => {
    const file = readFixture('trados-like-12.xlf');
    expect(file).toMatchObject({ sourceLang: 'en-US', targetLang: 'fr-FR', articleId: '2026-03-02-harbour-reopens', articleVersion: 2 });
    expect(file.units).toEqual([
      {
        id: 'p1.s1',
        line: 5,
        source: ['The harbour reopened on Monday.'],
        target: ['Le port a rouvert lundi.'],
        targetLine: 5,
        state: 'draft',
        stateAsWritten: '(no state)',
      },
      {
        id: 'p1.s2',
        line: 6,
        source: ['About ', standalone('1', '2,500', 6), ' passengers crossed.'],
        target: ['Quelque ', standalone('1', '2,500', 6), ' passagers ont traversé.'],
        targetLine: 6,
        state: 'draft',
        stateAsWritten: '(no state)',
      },
    ]);
  });

  it('OmegaT-like: target xml:lang, alt-trans and props left in, untouched copies of the source', () => {
    expect(readFixture('omegat-like-12.xlf').units).toEqual([
      {
        id: 'p1.s1',
        line: 9,
        source: ['About ', standalone('1', '2,500', 10), ' passengers crossed.'],
        target: ['Quelque ', standalone('1', '2,500', 11), ' passagers ont traversé.'],
        targetLine: 11,
        state: 'translated',
        stateAsWritten: 'translated',
        targetXmlLang: 'fr',
      },
      {
        id: 'p1.s2',
        line: 16,
        source: ['The harbour reopened on Monday.'],
        target: ['The harbour reopened on Monday.'],
        targetLine: 18,
        state: 'untranslated',
        stateAsWritten: 'needs-translation',
        targetXmlLang: 'fr',
      },
    ]);
  });

  it('memoQ-like: approved units, x- states, units without target, bin-units ignored', () => {
    const file = readFixture('memoq-like-12.xlf');
    expect(file.targetLang).toBe('fr-CA');
    expect(file.units.map(({ id, line, state, stateAsWritten, target }) => ({ id, line, state, stateAsWritten, target }))).toEqual([
      { id: 'p1.s1', line: 5, state: 'reviewed', stateAsWritten: 'translated+approved', target: ['Le port a rouvert lundi.'] },
      { id: 'p1.s2', line: 10, state: 'draft', stateAsWritten: 'x-mq-partially-edited', target: ['Les ferrys ont repris'] },
      { id: 'p1.s3', line: 14, state: 'untranslated', stateAsWritten: '(no target)', target: undefined },
    ]);
  });

  it('XLIFF 2.2 without XML declaration, single quotes, another metadata prefix, xml:space on the unit', () => {
    expect(readFixture('story-22.xlf')).toEqual({
      path: 'story-22.xlf',
      version: '2.2',
      original: 'stories/harbour-reopens.txt',
      sourceLang: 'en',
      targetLang: 'fr',
      articleId: '2026-03-02-harbour-reopens',
      articleVersion: 12,
      units: [
        {
          id: 'p1.s1',
          line: 9,
          source: ['Line one\nline two'],
          target: ['Ligne un\nligne deux'],
          targetLine: 13,
          state: 'final',
          stateAsWritten: 'final',
        },
      ],
    });
  });
});
