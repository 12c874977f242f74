import { describe, expect, it } from 'vitest';
import { followEdits } from '../../src/markup/follow.js';
import { markupProblems } from '../../src/markup/index.js';
import type { MarkupCode, MarkupPlacement } from '../../src/model.js';
import { seededRandom } from '../helpers/generate-stories.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A text written with `[` `]` around a pair's words and `|` for a standalone code, as text and placements. */
function marked(written: string): { text: string; placements: MarkupPlacement[] } {
  let text = '';
  const placements: MarkupPlacement[] = [];
  const open: number[] = [];
  let next = 1;
  for (const char of written) {
    if (char === '[') open.push(placements.push({ id: `m${next++}`, start: text.length, end: -1 }) - 1);
    else if (char === ']') {
      const index = open.pop()!;
      placements[index] = { ...placements[index]!, end: text.length };
    }
    else if (char === '|') placements.push({ id: `m${next++}`, start: text.length, end: text.length });
    else text += char;
  }
  return { text, placements };
}

/** The text with each placement shown as `[` `]` (pairs) or `|` (standalone), for readable expectations. */
function shown(text: string, placements: readonly MarkupPlacement[]): string {
  const marks: Array<{ at: number; mark: string; rank: number }> = placements.flatMap(({ start, end }) =>
    start === end ? [{ at: start, mark: '|', rank: 1 }] : [{ at: start, mark: '[', rank: 2 }, { at: end, mark: ']', rank: 0 }],
  );
  marks.sort((a, b) => a.at - b.at || a.rank - b.rank);
  let out = '';
  let cursor = 0;
  for (const { at, mark } of marks) {
    out += text.slice(cursor, at) + mark;
    cursor = at;
  }
  return out + text.slice(cursor);
}

function follow(beforeWritten: string, after: string): string {
  const { text, placements } = marked(beforeWritten);
  return shown(after, followEdits(text, after, placements));
}

describe('followEdits keeps a target’s markup on its words when the text is rewritten', () => {
  it('leaves placements alone when the text did not change', () => {
    const { text, placements } = marked('Le [texte] et|');
    expect(followEdits(text, text, placements)).toEqual(placements);
  });

  it('keeps emphasis inside quotation marks when no-break spaces are inserted inside them', () => {
    expect(follow('«[texte]»', `«${NBSP}texte${NBSP}»`)).toBe(`«${NBSP}[texte]${NBSP}»`);
    expect(follow('[«texte»]', `«${NBSP}texte${NBSP}»`)).toBe(`[«${NBSP}texte${NBSP}»]`);
  });

  it('follows straight quotes turned into guillemets', () => {
    expect(follow('Il a dit "[non]" hier.', `Il a dit «${NBSP}non${NBSP}» hier.`)).toBe(`Il a dit «${NBSP}[non]${NBSP}» hier.`);
  });

  it('follows a number re-formatted inside, around and beside emphasis', () => {
    expect(follow('Ils ont envoyé [2,500] soldats.', `Ils ont envoyé 2${NNBSP}500 soldats.`)).toBe(`Ils ont envoyé [2${NNBSP}500] soldats.`);
    expect(follow('Ils ont envoyé [2,500 soldats].', `Ils ont envoyé 2${NNBSP}500 soldats.`)).toBe(`Ils ont envoyé [2${NNBSP}500 soldats].`);
    expect(follow('Ils ont envoyé 2,[500] soldats.', `Ils ont envoyé 2${NNBSP}500 soldats.`)).toBe(`Ils ont envoyé 2${NNBSP}[500] soldats.`);
    expect(follow('[Ils ont envoyé] 2,500 soldats.', `Ils ont envoyé 2${NNBSP}500 soldats.`)).toBe(`[Ils ont envoyé] 2${NNBSP}500 soldats.`);
    expect(follow('Ils ont envoyé [7.5 billion] dollars.', 'Ils ont envoyé 7,5 milliards de dollars.')).toBe('Ils ont envoyé [7,5 milliards de] dollars.');
  });

  it('puts text inserted at a code’s offset outside the code: before an open, after a close or a standalone', () => {
    expect(follow('a[b]c', 'aXbYc')).toBe('aX[b]Yc');
    expect(follow('fin|suite', 'fin.|suite'.replace('|', ''))).toBe('fin|.suite');
    // Replaced words (the full stop became a spaced exclamation mark): the replacement is inside.
    expect(follow('Il pleut[.]', `Il pleut${NBSP}!`)).toBe(`Il pleut[${NBSP}!]`);
  });

  it('collapses a pair whose words were deleted to an empty pair where they were, and keeps a standalone code', () => {
    const { text, placements } = marked('le [très] grand| pont');
    const after = 'le grand pont';
    const moved = followEdits(text, after, placements);
    expect(moved[0]!.start).toBe(moved[0]!.end);
    expect([3, 4]).toContain(moved[0]!.start);
    expect(shown(after, [moved[1]!])).toBe('le grand| pont');
  });

  it('keeps codes well nested and inside the text through random edits, and a code around words on those words', () => {
    const random = seededRandom(1313);
    const words = ['le', 'texte', '2,500', '«', '»', ':', 'soldats', '!', 'et', '"', "l'armée"];
    const codes = (placements: readonly MarkupPlacement[]): MarkupCode[] =>
      placements.map(({ id, start, end }) => ({ id, kind: start === end ? 'standalone' : 'paired', element: 'em', open: '<em>', close: '</em>', start, end }));
    for (let round = 0; round < 300; round++) {
      const parts = Array.from({ length: 3 + Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]!);
      const i = Math.floor(random() * parts.length);
      const j = i + Math.floor(random() * (parts.length - i));
      const written = parts.map((word, k) => (k === i ? '[' : '') + word + (k === j ? ']' : '')).join(' ') + (random() < 0.5 ? '|' : '');
      const { text, placements } = marked(written);
      // What house style and localization do: spaces made no-break, digit groups, straight quotes and apostrophes curled.
      const edited = parts.map((word) => word.replace(/,/g, NNBSP).replace(/"/g, '«').replace(/'/g, '’'));
      const after = edited.map((word, k) => (k === 0 ? word : (random() < 0.3 ? NBSP : ' ') + word)).join('') + (random() < 0.3 ? ' !' : '');
      const moved = followEdits(text, after, placements);
      expect(markupProblems(codes(placements), moved, after.length)).toEqual([]);
      // A pair from a word to a word (not a mark, which an edit may align with another mark) stays on those words.
      if (![parts[i]!, parts[j]!].every((word) => /^\p{L}+$/u.test(word))) continue;
      const kept = after.slice(moved[0]!.start, moved[0]!.end);
      expect(kept.startsWith(edited[i]!) && kept.endsWith(edited[j]!), JSON.stringify([written, after])).toBe(true);
    }
  });

  it('stays bounded on a long hostile rewrite: the changed middle is stretched, codes kept in order and nested', () => {
    const before = 'a'.repeat(50_000) + 'b'.repeat(50_000);
    const after = 'ab'.repeat(50_000);
    const placements = [{ id: 'm1', start: 10, end: 99_990 }, { id: 'm2', start: 60_000, end: 60_010 }];
    const moved = followEdits(before, after, placements);
    for (const placement of moved) {
      expect(placement.start).toBeGreaterThanOrEqual(0);
      expect(placement.start).toBeLessThanOrEqual(placement.end);
      expect(placement.end).toBeLessThanOrEqual(after.length);
    }
    expect(markupProblems(placements.map(({ id, start, end }) => ({ id, kind: 'paired', element: 'em', open: '<em>', close: '</em>', start, end })), moved, after.length)).toEqual([]);
  });

  it('follows many scattered edits of a long text exactly, within the diff’s bounds', () => {
    const sentence = 'Il a dit : [non] et 2,500 soldats sont partis. ';
    const { text, placements } = marked(sentence.repeat(60).replace(/\[|\]/g, '') + '[fin]');
    const after = text.replace(/ :/g, `${NBSP}:`).replace(/,/g, NNBSP);
    expect(shown(after, followEdits(text, after, placements)).endsWith('[fin]')).toBe(true);
    const inner = { id: 'm2', start: text.indexOf('non', 1000), end: text.indexOf('non', 1000) + 3 };
    const [moved] = followEdits(text, after, [inner]);
    expect(after.slice(moved!.start, moved!.end)).toBe('non');
  });
});
