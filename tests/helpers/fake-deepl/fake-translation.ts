/**
 * The fake's "translation": deterministic and easy to assert on. The output is `<TARGET>: ` followed
 * by the input with every translatable text run upper-cased. With `tag_handling` set, tags stay as
 * they are, entity references are not touched, and the content of `ignore_tags` elements is copied
 * verbatim; glossary source terms become their target terms (not upper-cased, so tests see them).
 */
export interface FakeTranslationOptions {
  /** As the request spelled it, upper-cased in the prefix: `FR`, `EN-GB`. */
  readonly targetLang: string;
  readonly markup: boolean;
  readonly ignoreTags: ReadonlySet<string>;
  /** Source term → target term. */
  readonly glossary: ReadonlyMap<string, string>;
}

export function fakeTranslate(text: string, options: FakeTranslationOptions): string {
  const prefix = `${options.targetLang.toUpperCase()}: `;
  const translateRun = runTranslator(options.glossary, options.markup);
  if (!options.markup) return prefix + translateRun(text);
  let output = '';
  let ignoredDepth = 0;
  for (const token of tokenizeMarkup(text)) {
    if (token.kind === 'text') {
      output += ignoredDepth > 0 ? token.value : translateRun(token.value);
      continue;
    }
    output += token.value;
    if (token.name === undefined || !options.ignoreTags.has(token.name)) continue;
    if (token.kind === 'open') ignoredDepth += 1;
    else if (token.kind === 'close') ignoredDepth = Math.max(0, ignoredDepth - 1);
  }
  return prefix + output;
}

/**
 * What an MT engine may do to markup, to one element (the first one; of `element`'s name when given):
 * - `drop`: the element goes, its content with it (a lost placeholder);
 * - `unwrap`: its tags go, its words stay (lost markup around translated words);
 * - `duplicate`: the element is written twice;
 * - `cross`: it and the first element inside it end in each other's place, each close tag naming
 *   the id it ends (`<g id="m1">a <g id="m2">b</g id="m1"> c</g id="m2">`), as a tag-confused engine
 *   writes crossing pairs;
 * - `invent`: an element never sent is added at the end.
 */
export type TagCorruption = 'drop' | 'unwrap' | 'duplicate' | 'cross' | 'invent';

/** The tag an `invent` corruption adds: one the client never sent. */
export const inventedTag = '<x id="invented"/>';

/** The tag `invent` adds when aimed at `element`: an empty one, with an id never sent. */
export function inventedTagOf(element: string | undefined): string {
  return element === undefined ? inventedTag : `<${element} id="invented"/>`;
}

/** `text` with its markup corrupted as `mode` says; a text without such an element comes back unchanged. */
export function corruptTags(text: string, mode: TagCorruption, element?: string): string {
  if (mode === 'invent') return text + inventedTagOf(element);
  const elements = elementsOf(tokenizeMarkup(text)).filter((found) => element === undefined || found.open.name === element);
  if (mode === 'cross') return crossed(text, elements);
  const first = elements[0];
  if (first === undefined) return text;
  const start = first.open.start;
  const end = endOf(first.close ?? first.open);
  switch (mode) {
    case 'drop':
      return text.slice(0, start) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    case 'unwrap':
      return first.close === undefined
        ? text.slice(0, start) + text.slice(end)
        : text.slice(0, start) + text.slice(endOf(first.open), first.close.start) + text.slice(end);
  }
}

/** The first element with an element inside it, their close tags swapped and each naming its id. */
function crossed(text: string, elements: readonly FoundElement[]): string {
  const closeOf = (found: FoundElement) => `</${found.open.name} id="${idOf(found.open.value) ?? ''}">`;
  for (const outer of elements) {
    const outerClose = outer.close;
    if (outerClose === undefined) continue;
    const inner = elements.find(({ open, close }) => close !== undefined && open.start > outer.open.start && close.start < outerClose.start);
    if (inner?.close === undefined) continue;
    return text.slice(0, inner.close.start) + closeOf(outer) + text.slice(endOf(inner.close), outerClose.start) + closeOf(inner) + text.slice(endOf(outerClose));
  }
  return text;
}

interface MarkupToken {
  readonly kind: 'text' | 'open' | 'close' | 'empty' | 'other';
  readonly value: string;
  readonly name?: string;
  readonly start: number;
}

/** An element: its open (or empty) tag and, for a pair, its matching close tag. */
interface FoundElement {
  readonly open: MarkupToken;
  readonly close?: MarkupToken;
}

const markupPattern = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;

function tokenizeMarkup(text: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let position = 0;
  for (const match of text.matchAll(markupPattern)) {
    if (match.index > position) tokens.push({ kind: 'text', value: text.slice(position, match.index), start: position });
    const [value, closing, name, selfClosing] = match;
    const kind = name === undefined ? 'other' : closing ? 'close' : selfClosing ? 'empty' : 'open';
    tokens.push(name === undefined ? { kind, value, start: match.index } : { kind, value, name, start: match.index });
    position = match.index + value.length;
  }
  if (position < text.length) tokens.push({ kind: 'text', value: text.slice(position), start: position });
  return tokens;
}

/** Every element in the order it opens; an open tag never closed counts as empty. */
function elementsOf(tokens: readonly MarkupToken[]): FoundElement[] {
  const found: Array<{ open: MarkupToken; close?: MarkupToken }> = [];
  const open: number[] = [];
  for (const token of tokens) {
    if (token.kind === 'empty') found.push({ open: token });
    if (token.kind === 'open') open.push(found.push({ open: token }) - 1);
    if (token.kind !== 'close') continue;
    const index = open.findLastIndex((candidate) => found[candidate]!.open.name === token.name);
    if (index < 0) continue;
    found[open[index]!]!.close = token;
    open.splice(index);
  }
  return found;
}

function endOf(token: MarkupToken): number {
  return token.start + token.value.length;
}

function idOf(tag: string): string | undefined {
  return /\sid\s*=\s*"([^"]*)"/.exec(tag)?.[1];
}

const entityReference = /(&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);)/;

function runTranslator(glossary: ReadonlyMap<string, string>, markup: boolean): (run: string) => string {
  const upper = (run: string) =>
    markup ? run.split(entityReference).map((part, i) => (i % 2 === 1 ? part : part.toUpperCase())).join('') : run.toUpperCase();
  if (glossary.size === 0) return upper;
  const sources = [...glossary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const terms = new RegExp(`(?<![\\p{L}\\p{N}])(${sources.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (run) =>
    run
      .split(terms)
      .map((part, i) => (i % 2 === 1 ? escapeMarkup(glossary.get(part) ?? part, markup) : upper(part)))
      .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeMarkup(text: string, markup: boolean): string {
  return markup ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}
