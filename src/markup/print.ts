/**
 * A text and its markup as one string: each code's tags put back at its offsets, the text between
 * them escaped as the format needs (HTML, XML, DeepL's tag handling). The one printer every writer
 * of marked-up text uses, so tags land in the same well-nested order everywhere.
 */
import type { MarkupCode } from '../model.js';

/** A markup code where a text carries it: the code (its tags) and its offsets in that text. */
export interface PlacedCode {
  readonly code: MarkupCode;
  readonly start: number;
  readonly end: number;
}

/** A tag to print at an offset of the text. */
interface Tag {
  readonly at: number;
  readonly markup: string;
  /** 0 close, 1 standalone, 2 open: at one offset, what ends is closed before anything starts. */
  readonly rank: number;
  /** Among tags of one rank at one offset: closes inner first, opens outer first. */
  readonly order: number;
  /**
   * Between pairs over the same range: the one given first is outer (opens first, closes last),
   * so `<a><em>x</em></a>` never prints crossed.
   */
  readonly tie: number;
}

/**
 * `text` with each placed code's tags at its offsets, `escape` applied to the text between tags.
 * `tags(code)` says what to print for a code (default: its own `open` and `close`); a writer joining
 * the pieces of a split code returns no tag for a joined end. Of two pairs over the same range, the
 * one placed first encloses the other. Codes must lie inside the text;
 * crossing pairs (`<a>…<em>…</a>…</em>`) are printed as given: check them first (`markupProblems`).
 */
export function printMarkedText(
  text: string,
  placed: readonly PlacedCode[],
  escape: (text: string) => string,
  tags: (code: MarkupCode) => { readonly open?: string; readonly close?: string } = (code) => code,
): string {
  const all: Tag[] = [];
  placed.forEach(({ code, start, end }, index) => {
    const { open, close } = tags(code);
    if (code.kind === 'standalone') {
      if (open !== undefined) all.push({ at: start, markup: open, rank: 1, order: 0, tie: index });
      return;
    }
    if (start === end) {
      // An empty pair prints whole, so its close cannot land before its open.
      all.push({ at: start, markup: (open ?? '') + (close ?? ''), rank: 1, order: 0, tie: index });
      return;
    }
    // A longer pair encloses a shorter one starting or ending at the same offset.
    if (open !== undefined) all.push({ at: start, markup: open, rank: 2, order: -end, tie: index });
    if (close !== undefined) all.push({ at: end, markup: close, rank: 0, order: -start, tie: -index });
  });
  all.sort((a, b) => a.at - b.at || a.rank - b.rank || a.order - b.order || a.tie - b.tie);
  let printed = '';
  let cursor = 0;
  for (const tag of all) {
    printed += escape(text.slice(cursor, tag.at)) + tag.markup;
    cursor = tag.at;
  }
  return printed + escape(text.slice(cursor));
}
