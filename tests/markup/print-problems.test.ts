import { describe, expect, it } from 'vitest';
import { markupFindings, markupProblems, printMarkedText } from '../../src/markup/index.js';
import type { MarkupCode } from '../../src/model.js';

const pair = (id: string, element: string, start: number, end: number, open = `<${element}>`): MarkupCode => ({
  id, kind: 'paired', element, open, close: `</${element}>`, start, end,
});
const br = (id: string, at: number): MarkupCode => ({ id, kind: 'standalone', element: 'br', open: '<br/>', start: at, end: at });
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('printMarkedText', () => {
  it('puts tags back at their offsets and escapes only the text', () => {
    const link = pair('m1', 'a', 4, 9, '<a href="https://x.test/?a=1&amp;b=2">');
    expect(printMarkedText('Les <AFP> & co', [{ code: link, start: 4, end: 9 }], escapeHtml)).toBe(
      'Les <a href="https://x.test/?a=1&amp;b=2">&lt;AFP></a> &amp; co',
    );
  });

  it('nests pairs that start or end at one offset, outer first, and closes before it opens', () => {
    const strong = pair('m1', 'strong', 0, 9);
    const em = pair('m2', 'em', 0, 4);
    const next = pair('m3', 'q', 9, 12);
    const placed = [em, next, strong].map((code) => ({ code, start: code.start, end: code.end }));
    expect(printMarkedText('dans la rue', placed, (t) => t)).toBe('<strong><em>dans</em> la r</strong><q>ue</q>');
  });

  it('nests two pairs over the same range, the one placed first outside, never crossed', () => {
    const link = pair('m1', 'a', 0, 4);
    const strong = pair('m2', 'strong', 0, 4);
    const em = pair('m3', 'em', 5, 9);
    const placed = (codes: MarkupCode[]) => codes.map((code) => ({ code, start: code.start, end: code.end }));
    expect(printMarkedText('Read more', placed([link, strong, em]), (t) => t)).toBe('<a><strong>Read</strong></a> <em>more</em>');
    expect(printMarkedText('Read more', placed([strong, link]), (t) => t)).toBe('<strong><a>Read</a></strong> more');
  });

  it('prints a standalone code between a close and an open at the same offset, and an empty pair whole', () => {
    const a = pair('m1', 'em', 0, 3);
    const b = pair('m2', 'i', 3, 5);
    const empty = pair('m4', 'span', 5, 5);
    const placed = [b, br('m3', 3), a, empty].map((code) => ({ code, start: code.start, end: code.end }));
    expect(printMarkedText('abcde', placed, (t) => t)).toBe('<em>abc</em><br/><i>de</i><span></span>');
  });

  it('lets the writer drop the tags of a joined end', () => {
    const em = pair('m1', 'em', 0, 2);
    expect(printMarkedText('ab', [{ code: em, start: 0, end: 2 }], (t) => t, (code) => ({ open: code.open }))).toBe('<em>ab');
  });
});

describe('markupProblems', () => {
  const codes = [pair('m1', 'a', 0, 5), pair('m2', 'em', 1, 3), br('m3', 5)];

  it('finds nothing wrong in a target that keeps every code once, nested, reordered or not', () => {
    expect(markupProblems(codes, [{ id: 'm3', start: 0, end: 0 }, { id: 'm1', start: 2, end: 10 }, { id: 'm2', start: 2, end: 4 }], 10)).toEqual([]);
    expect(markupProblems(codes, [{ id: 'm1', start: 0, end: 3 }, { id: 'm2', start: 3, end: 6 }, { id: 'm3', start: 6, end: 6 }], 6)).toEqual([]);
  });

  it('reports a lost, a doubled and an invented code', () => {
    const problems = markupProblems(codes, [{ id: 'm1', start: 0, end: 2 }, { id: 'm3', start: 1, end: 1 }, { id: 'm3', start: 2, end: 2 }, { id: 'm9', start: 0, end: 1 }], 5);
    expect(problems.map((p) => p.kind)).toEqual(['missing', 'duplicated', 'unknown']);
  });

  it('reports pairs that cross, once per crossing', () => {
    const problems = markupProblems(codes, [{ id: 'm1', start: 0, end: 4 }, { id: 'm2', start: 2, end: 6 }, { id: 'm3', start: 0, end: 0 }], 8);
    expect(problems).toEqual([{ kind: 'misnested', code: codes[0], crossed: codes[1] }]);
  });

  it('reports a placement outside the target or a standalone code with a length', () => {
    const problems = markupProblems(codes, [{ id: 'm1', start: 0, end: 9 }, { id: 'm2', start: 3, end: 2 }, { id: 'm3', start: 1, end: 2 }], 5);
    expect(problems.map((p) => [p.kind, 'code' in p ? p.code.id : ''])).toEqual([['invalid', 'm1'], ['invalid', 'm2'], ['invalid', 'm3']]);
  });

  it('makes error findings with a rule per problem kind, keyed by code', () => {
    const findings = markupFindings(markupProblems(codes, [{ id: 'm2', start: 0, end: 1 }, { id: 'm3', start: 0, end: 0 }], 3), { source: 'mt', producer: 'DeepL' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'mt/markup-missing', key: 'm1', severity: 'error', expected: ['<a>'] })]);
    expect(findings[0]!.reason).toContain('DeepL lost the markup <a> (m1)');
  });
});
