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

export type TagCorruption = 'drop' | 'duplicate' | 'invent';

/** The tag an `invent` corruption adds: one the client never sent. */
export const inventedTag = '<x id="invented"/>';

/**
 * What an MT engine may do to markup: drop the first element (with its content), duplicate it,
 * or invent a new one at the end. A text without elements is returned unchanged by drop/duplicate.
 */
export function corruptTags(text: string, mode: TagCorruption): string {
  if (mode === 'invent') return text + inventedTag;
  const element = firstElement(text);
  if (element === undefined) return text;
  const [start, end] = element;
  return mode === 'drop' ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + text.slice(start, end) + text.slice(end);
}

interface MarkupToken {
  readonly kind: 'text' | 'open' | 'close' | 'empty' | 'other';
  readonly value: string;
  readonly name?: string;
  readonly start: number;
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

/** [start, end) of the first element: a self-closing tag, or an open tag through its matching close. */
function firstElement(text: string): [number, number] | undefined {
  const tokens = tokenizeMarkup(text);
  const first = tokens.findIndex((token) => token.kind === 'open' || token.kind === 'empty');
  const opening = tokens[first];
  if (opening === undefined) return undefined;
  if (opening.kind === 'empty') return [opening.start, opening.start + opening.value.length];
  let depth = 0;
  for (const token of tokens.slice(first)) {
    if (token.name !== opening.name) continue;
    if (token.kind === 'open') depth += 1;
    if (token.kind === 'close' && --depth === 0) return [opening.start, token.start + token.value.length];
  }
  return [opening.start, opening.start + opening.value.length];
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
