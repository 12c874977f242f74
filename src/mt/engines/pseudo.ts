import { placementsAcross, type Hunk } from '../../markup/follow.js';
import { termRendering, type Glossary, type LanguageTag, type MarkupPlacement, type Segment } from '../../model.js';
import { baseLanguage } from '../../util/language-tag.js';
import type { EngineBatch, EngineContext, TranslationEngine } from '../engine.js';

/**
 * Pseudo-translation, for testing layout and the pipeline — never a translation.
 * Deterministic: letters are accented, the text grows by the language's expansion factor
 * (French runs ~30 % longer than English), right-to-left languages are wrapped in a
 * right-to-left isolate, glossary targets are inserted verbatim and protected spans are untouched,
 * so a reviewer can see at a glance what the pipeline kept and what it would translate. The
 * segment's markup is kept on the same words (a code inside a glossary term goes around its
 * rendering), so layouts with links and emphasis can be tested too.
 */
export const pseudoEngine: TranslationEngine = {
  type: 'engine',
  name: 'pseudo',
  origin: 'pseudo',
  offline: true,
  options: {},
  limits: { maxTexts: 50, maxBytes: 128 * 1024 },
  async translateBatch(batch: EngineBatch, context: EngineContext) {
    const translated = batch.segments.map((segment) => pseudoTranslate(segment, batch.targetLang, context.glossary));
    const targets = translated.map(({ target }) => target);
    return translated.some(({ markup }) => markup !== undefined) ? { targets, markup: translated.map(({ markup }) => markup) } : { targets };
  },
};

interface PseudoProfile {
  /** Extra length as a fraction of the source length. */
  readonly expansion: number;
  readonly rightToLeft: boolean;
}

const profiles: Readonly<Record<string, PseudoProfile>> = {
  fr: { expansion: 0.3, rightToLeft: false },
  ar: { expansion: 0.25, rightToLeft: true },
};
const defaultProfile: PseudoProfile = { expansion: 0.3, rightToLeft: false };

const accented: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const RIGHT_TO_LEFT_ISOLATE = '\u2067';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** The pseudo-translation of a segment, with its markup where the same words are in it (absent for a segment without markup). */
export function pseudoTranslate(segment: Segment, targetLang: LanguageTag, glossary: Glossary): { readonly target: string; readonly markup?: MarkupPlacement[] } {
  const profile = profiles[baseLanguage(targetLang)] ?? defaultProfile;
  const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  // Protected spans first: a span kept verbatim wins over a term hit that overlaps it.
  const kept = [
    ...segment.protectedSpans.map((span) => ({ start: span.start, end: span.end, text: span.text })),
    ...segment.terms.flatMap((hit) => {
      const entry = entries.get(hit.entryId);
      const rendering = entry && termRendering(entry, targetLang)?.target;
      return rendering === undefined ? [] : [{ start: hit.start, end: hit.end, text: rendering }];
    }),
  ];
  const opening = profile.rightToLeft ? `${RIGHT_TO_LEFT_ISOLATE}[` : '[';
  const padding = '~'.repeat(Math.ceil(segment.source.length * profile.expansion));
  const closing = ` ${padding}]${profile.rightToLeft ? POP_DIRECTIONAL_ISOLATE : ''}`;
  // What replaced what: the opening and closing inserted, each kept span written in place of its
  // source text; accenting keeps every other character's length, so the rest maps one for one.
  const hunks: Hunk[] = [{ beforeStart: 0, beforeEnd: 0, afterStart: 0, afterEnd: opening.length }];
  let output = opening;
  let position = 0;
  for (const span of nonOverlapping(kept)) {
    output += accent(segment.source.slice(position, span.start));
    // A verbatim span is its own text: only a rendering of another length moves the offsets after it.
    if (span.text.length !== span.end - span.start) {
      hunks.push({ beforeStart: span.start, beforeEnd: span.end, afterStart: output.length, afterEnd: output.length + span.text.length });
    }
    output += span.text;
    position = span.end;
  }
  output += accent(segment.source.slice(position));
  const length = segment.source.length;
  hunks.push({ beforeStart: length, beforeEnd: length, afterStart: output.length, afterEnd: output.length + closing.length });
  const target = output + closing;
  const codes = segment.markup ?? [];
  if (codes.length === 0) return { target };
  const placed = placementsAcross(hunks, codes.map(({ id, start, end }) => ({ id, start, end })));
  // A piece of an element the sentence boundary cut keeps touching the boundary (over the
  // brackets and padding), so that writers join it with its other piece, as in the source.
  const markup = placed.map((placement, i) => {
    const code = codes[i]!;
    const start = code.continuedFrom && code.start === 0 ? 0 : placement.start;
    const end = code.continuesAfter && code.end === segment.source.length ? target.length : placement.end;
    return { ...placement, start, end };
  });
  return { target, markup };
}

/** Letters accented one for one: each replacement is one UTF-16 unit, like the letter it replaces. */
function accent(text: string): string {
  let result = '';
  for (const character of text) result += accented[character] ?? character;
  return result;
}

/**
 * Sorted by start; of two overlapping spans the one listed first is kept. Each span is checked
 * against the chosen ones around its start only (kept sorted), not against all of them: a
 * sentence of thousands of numbers made that quadratic.
 */
function nonOverlapping<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const chosen: T[] = [];
  for (const span of spans) {
    const at = firstEndingAfter(chosen, span.start);
    const next = chosen[at];
    if (next === undefined || next.start >= span.end) chosen.splice(at, 0, span);
  }
  return chosen;
}

/** Index of the first of `sorted` (non-overlapping, by start) that ends after `offset`. */
function firstEndingAfter(sorted: readonly { end: number }[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
