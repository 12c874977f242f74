/** Small hand-made model objects for tests that must not depend on other stages. */
import type { Article, Block, Glossary, GlossaryEntry, MarkupCode, ProtectedSpan, Segment, TermHit, Unit } from '../../src/model.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { markupSignature } from '../../src/markup/signature.js';
import { hashText } from '../../src/util/hash.js';

export function entry(source: string, targets: Record<string, string>, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: source.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    source,
    sourceVariants: [],
    targets,
    targetVariants: {},
    type: 'term',
    caseSensitive: false,
    note: '',
    origin: { file: 'test.csv', line: 2 },
    ...extra,
  };
}

export function glossaryOf(...entries: GlossaryEntry[]): Glossary {
  return { sourceLang: 'en', targetLangs: ['fr', 'ar'], entries, hash: `test-${entries.length}` };
}

/**
 * A segment whose term hits are found by plain substring search for each entry's source form;
 * with `markup`, hashed with it as segmentation hashes a marked-up sentence.
 */
export function segmentOf(source: string, options: { id?: string; glossary?: Glossary; markup?: readonly MarkupCode[] } = {}): Segment {
  const id = options.id ?? 'p1.s1';
  const [blockId = 'p1', index = 's1'] = id.split('.');
  const terms: TermHit[] = [];
  for (const item of options.glossary?.entries ?? []) {
    const start = source.indexOf(item.source);
    if (start >= 0) terms.push({ start, end: start + item.source.length, text: item.source, entryId: item.id });
  }
  return {
    id,
    blockId,
    index: Number(index.slice(1)),
    source,
    hash: hashText(source, markupSignature(options.markup)),
    protectedSpans: [],
    terms: terms.sort((a, b) => a.start - b.start),
    ...(options.markup === undefined || options.markup.length === 0 ? {} : { markup: options.markup }),
  };
}

export function unitOf(segment: Segment, targetLang: string, patch: Partial<Unit> = {}): Unit {
  return { id: segment.id, segment, targetLang, state: 'untranslated', findings: [], ...patch };
}

export function articleOf(blocks: ReadonlyArray<[Block['kind'], string]>, extra: Partial<Article> = {}): Article {
  let paragraph = 0;
  return {
    id: 'test-article-2024-11-23',
    version: 1,
    lang: 'en',
    dateline: { place: 'Baghdad', date: '2024-11-23' },
    blocks: blocks.map(([kind, text], i) => ({
      id: kind === 'paragraph' ? `p${++paragraph}` : kind,
      kind,
      text,
      line: i * 2 + 1,
    })),
    source: { path: 'test.txt', format: 'text' },
    ...extra,
  };
}

/** An online-looking MT engine named `scripted` whose every batch goes to `translateBatch`: for dispatcher tests. */
export function scriptedEngineOf(limits: TranslationEngine['limits'], translateBatch: TranslationEngine['translateBatch']): TranslationEngine {
  return { type: 'engine', name: 'scripted', origin: 'mt', offline: true, options: {}, limits, translateBatch };
}

/**
 * A protected span over `text` at `start`: verbatim for a verbatim kind; for `'value'`, a plain
 * number parsed from `text` (`2,500`, `3.5`): tests that need other typed values build them inline.
 */
export function spanOf(text: string, start: number, kind: ProtectedSpan['kind']): ProtectedSpan {
  const end = start + text.length;
  if (kind !== 'value') return { start, end, kind, text };
  const digits = text.replace(/,/gu, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) throw new Error(`spanOf: "${text}" is not a plain number`);
  const fractionDigits = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  return { start, end, kind, text, value: { type: 'number', amount: { value, fractionDigits } } };
}

/** A paired markup code (`<em>` unless told) over `start`…`end` of its text. */
export function pairedCode(id: string, start: number, end: number, element = 'em', open = `<${element}>`): MarkupCode {
  return { id, kind: 'paired', element, open, close: `</${element}>`, start, end };
}

/** A `<br/>` code at `at`. */
export function brCode(id: string, at: number): MarkupCode {
  return { id, kind: 'standalone', element: 'br', open: '<br/>', start: at, end: at };
}

/** A paired code over the first occurrence of `words` in `text` (tests read better by words than offsets). */
export function codeAround(text: string, words: string, id: string, element = 'em', open = `<${element}>`): MarkupCode {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`codeAround: "${words}" is not in "${text}"`);
  return pairedCode(id, start, start + words.length, element, open);
}
