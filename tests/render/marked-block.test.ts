import { describe, expect, it } from 'vitest';
import { printMarkedText } from '../../src/markup/index.js';
import type { MarkupCode } from '../../src/model.js';
import { markedBlock, type MarkedText } from '../../src/render/marked-block.js';
import type { SegmentView } from '../../src/render/view.js';

const em = (piece: Partial<MarkupCode>): MarkupCode => ({ id: 'm1', kind: 'paired', element: 'em', open: '<em>', close: '</em>', start: 0, end: 0, ...piece });
const segment = (text: string, markup: MarkedText['markup'], startsLine = false): SegmentView => ({
  key: 's', source: text, spans: [], text, markup, ...(startsLine ? { startsLine } : {}),
});
const content = (view: SegmentView): MarkedText => ({ text: view.text!, markup: view.markup ?? [] });
const html = (block: MarkedText): string => printMarkedText(block.text, block.markup, (t) => t);

describe('markedBlock', () => {
  it('joins the pieces of an element a sentence boundary cut when they touch', () => {
    const first = segment('Il a dit : bonjour.', [{ code: em({ continuesAfter: true }), start: 11, end: 19 }]);
    const second = segment('Puis il est parti.', [{ code: em({ continuedFrom: true }), start: 0, end: 4 }]);
    expect(html(markedBlock([first, second], content))).toBe('Il a dit : <em>bonjour. Puis</em> il est parti.');
  });

  it('keeps two elements when a translation moved a piece away from the boundary', () => {
    const first = segment('Bonjour, a-t-il dit.', [{ code: em({ continuesAfter: true }), start: 0, end: 7 }]);
    const second = segment('Puis il est parti.', [{ code: em({ continuedFrom: true }), start: 0, end: 4 }]);
    expect(html(markedBlock([first, second], content))).toBe('<em>Bonjour</em>, a-t-il dit. <em>Puis</em> il est parti.');
  });

  it('joins across three segments and over a line break, and shifts other codes to block offsets', () => {
    const link: MarkupCode = { id: 'm2', kind: 'paired', element: 'a', open: '<a href="x">', close: '</a>', start: 0, end: 0 };
    const a = segment('Un.', [{ code: em({ continuesAfter: true }), start: 0, end: 3 }]);
    const b = segment('Deux.', [{ code: em({ continuedFrom: true, continuesAfter: true }), start: 0, end: 5 }], true);
    const c = segment('Trois lien.', [{ code: em({ continuedFrom: true }), start: 0, end: 5 }, { code: link, start: 6, end: 10 }]);
    const block = markedBlock([a, b, c], content);
    expect(block.text).toBe('Un.\nDeux. Trois lien.');
    expect(html(block)).toBe('<em>Un.\nDeux. Trois</em> <a href="x">lien</a>.');
  });
});
