/**
 * Small hand-made articles, units and a three-entry glossary for the XLIFF writer tests.
 * Built here rather than through other stages so these tests only exercise src/xliff.
 */
import type {
  Article,
  Block,
  Glossary,
  GlossaryEntry,
  LanguageTag,
  LocalizedArticle,
  MarkupCode,
  MarkupPlacement,
  ProtectedSpan,
  Segment,
  Suggestion,
  TermHit,
  Unit,
} from '../../src/model.js';
import { spanOf } from '../helpers/builders.js';

export const islamicState: GlossaryEntry = {
  id: 'islamic-state',
  source: 'Islamic State (IS)',
  sourceVariants: ['IS', 'ISIS'],
  targets: { fr: 'groupe État islamique (EI)', ar: 'تنظيم الدولة الإسلامية' },
  targetVariants: { fr: ['EI'], ar: [] },
  type: 'term',
  caseSensitive: true,
  note: 'Never "ISIL".',
  origin: { file: 'glossary/terms.csv', line: 2 },
};

export const baghdad: GlossaryEntry = {
  id: 'baghdad',
  source: 'Baghdad',
  sourceVariants: [],
  targets: { fr: 'Bagdad', ar: 'بغداد' },
  targetVariants: {},
  type: 'name',
  caseSensitive: true,
  note: '',
  origin: { file: 'glossary/terms.csv', line: 3 },
};

export const afp: GlossaryEntry = {
  id: 'afp',
  source: 'AFP',
  sourceVariants: [],
  targets: {},
  targetVariants: {},
  type: 'dnt',
  caseSensitive: true,
  note: '',
  origin: { file: 'glossary/terms.csv', line: 4 },
};

export const glossary: Glossary = {
  sourceLang: 'en',
  targetLangs: ['fr', 'ar'],
  entries: [islamicState, baghdad, afp],
  hash: '0123456789abcdef',
};

/** A hit on `entry` at the first occurrence of `text` in `source`. */
export function hit(source: string, text: string, entry: GlossaryEntry): TermHit {
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in "${source}"`);
  return { start, end: start + text.length, text, entryId: entry.id };
}

/** A protected span on the first occurrence of `text` in `source` at or after `from`. */
export function span(source: string, text: string, kind: ProtectedSpan['kind'], from = 0): ProtectedSpan {
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" is not in "${source}"`);
  return spanOf(text, start, kind);
}

/** A segment whose protected spans are `spans`, each given as [text, kind] in source order. */
export function spannedSegment(
  id: string,
  source: string,
  spans: ReadonlyArray<readonly [string, ProtectedSpan['kind']]>,
  terms: readonly TermHit[] = [],
): Segment {
  let from = 0;
  const protectedSpans = spans.map(([text, kind]) => {
    const found = span(source, text, kind, from);
    from = found.end;
    return found;
  });
  return { ...segment(id, source, terms), protectedSpans };
}

export function segment(id: string, source: string, terms: readonly TermHit[] = []): Segment {
  const [blockId = id, position = 's1'] = id.split('.');
  return {
    id,
    blockId,
    index: Number(position.slice(1)),
    source,
    hash: '0000000000000000',
    protectedSpans: [],
    terms,
  };
}

/** An untranslated unit unless `fields` say otherwise. */
export function unit(seg: Segment, fields: Partial<Unit> = {}): Unit {
  return { id: seg.id, segment: seg, targetLang: 'fr', state: 'untranslated', findings: [], ...fields };
}

/** An article whose blocks are the units' blocks, in order of first appearance. */
export function localized(
  units: readonly Unit[],
  options: { targetLang?: LanguageTag; path?: string } = {},
): LocalizedArticle {
  const blockIds = [...new Set(units.map((u) => u.segment.blockId))];
  const blocks: Block[] = blockIds.map((id, index) => ({
    id,
    kind: id === 'headline' ? 'headline' : 'paragraph',
    text: units.filter((u) => u.segment.blockId === id).map((u) => u.segment.source).join(' '),
    line: 1 + index * 2,
  }));
  const article: Article = {
    id: 'baghdad-attack-2024-11-23',
    version: 1,
    lang: 'en',
    dateline: { place: 'BAGHDAD', date: '2024-11-23', agency: 'AFP' },
    blocks,
    source: { path: options.path ?? 'samples/baghdad.txt', format: 'text' },
  };
  const targetLang = options.targetLang ?? 'fr';
  return { article, targetLang, units: units.map((u) => ({ ...u, targetLang })) };
}

const headlineSource = 'Islamic State claims Baghdad attack';
const p1s1Source = 'An attack in Baghdad killed 12 people on Saturday, AFP reporters saw.';
const p1s2Source = 'The Islamic State group claimed it.';
const p2s1Source = 'Police gave no further details.';

/** One unit per UnitState across three blocks, with terms, as a pipeline with an MT engine leaves them. */
export function storyUnits(): Unit[] {
  const headlineTerms = [hit(headlineSource, 'Islamic State', islamicState), hit(headlineSource, 'Baghdad', baghdad)];
  return [
    unit(segment('headline.s1', headlineSource, headlineTerms), {
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      target: "L'EI revendique un attentat à Bagdad",
    }),
    unit(segment('p1.s1', p1s1Source, [hit(p1s1Source, 'Baghdad', baghdad), hit(p1s1Source, 'AFP', afp)]), {
      state: 'untranslated',
    }),
    unit(segment('p1.s2', p1s2Source, [hit(p1s2Source, 'Islamic State', islamicState)]), {
      state: 'translated',
      origin: 'human',
      target: "Le groupe État islamique (EI) l'a revendiqué.",
    }),
    unit(segment('p2.s1', p2s1Source), {
      state: 'reviewed',
      origin: 'tm',
      target: "La police n'a pas donné d'autres détails.",
    }),
    unit(segment('p2.s2', 'Nothing else.'), { state: 'final', origin: 'human', target: 'Rien d’autre.' }),
  ];
}

/** The story with every target from the pseudo engine (needs-review). */
export function pseudoUnits(targetLang: LanguageTag): Unit[] {
  return storyUnits().map((u) => ({
    ...u,
    targetLang,
    state: 'needs-review' as const,
    origin: 'pseudo' as const,
    engine: 'pseudo',
    target: `[${u.segment.source.toUpperCase()}]`,
  }));
}

/** A translation-memory suggestion (fuzzy match) for a unit. */
export function suggestion(source: string, target: string, similarity: number): Suggestion {
  return { source, target, similarity, origin: 'tm' };
}

/** French fuzzy matches, best first, as the leverage stage would attach them (600/7 = 85.714…). */
export const storySuggestions: Readonly<Record<string, readonly Suggestion[]>> = {
  'headline.s1': [
    suggestion('Islamic State claims Baghdad bombing', "L'EI revendique un attentat à la bombe à Bagdad", 83.33),
  ],
  'p1.s1': [
    suggestion(
      'An attack in Baghdad killed 10 people on Friday, AFP reporters saw.',
      "Un attentat à Bagdad a tué 10 personnes vendredi, ont constaté des journalistes de l'AFP.",
      600 / 7,
    ),
    suggestion(
      'An attack in Mosul killed 12 people, AFP reporters saw.',
      "Un attentat à Mossoul a tué 12 personnes, ont constaté des journalistes de l'AFP.",
      76,
    ),
  ],
};

/** The units with `storySuggestions` attached; the other units get none. */
export function withSuggestions(units: readonly Unit[]): Unit[] {
  return units.map((u) => {
    const suggestions = storySuggestions[u.id];
    return suggestions ? { ...u, suggestions } : u;
  });
}

/** Targets of `codedUnits`, per language: each holds some of its source's protected texts, not all. */
const codedTargets: Readonly<Record<'fr' | 'ar', readonly [string, string, string]>> = {
  fr: [
    "12 morts dans un attentat à Bagdad, selon l'AFP",
    'La police a compté 2 500 personnes.',
    'Sur les 12 victimes, 9 étaient des hommes, 12 au total.',
  ],
  ar: ['مقتل 12 في هجوم في بغداد بحسب AFP', 'أحصت الشرطة 2500 شخص.', 'من بين الضحايا الـ12، كان 9 رجالا.'],
};

/**
 * A story whose segments have protected spans (numbers, a URL, an e-mail address, a
 * do-not-translate name): a machine translation holding all its spans, an untranslated unit (its
 * target a source copy), a human target that writes a number differently (2 500: no code), and a
 * memory target holding one number twice.
 */
export function codedUnits(targetLang: 'fr' | 'ar' = 'fr'): Unit[] {
  const [headline, police, victims] = codedTargets[targetLang];
  return [
    unit(spannedSegment('headline.s1', '12 killed in Baghdad attack, AFP says', [['12', 'value'], ['AFP', 'dnt']]), {
      targetLang,
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      target: headline,
    }),
    unit(
      spannedSegment('p1.s1', 'Details at https://afp.com/iraq or desk@afp.com.', [
        ['https://afp.com/iraq', 'url'],
        ['desk@afp.com', 'email'],
      ]),
      { targetLang },
    ),
    unit(spannedSegment('p1.s2', 'Police counted 2,500 people.', [['2,500', 'value']]), {
      targetLang,
      state: 'translated',
      origin: 'human',
      target: police,
    }),
    unit(spannedSegment('p2.s1', 'Of the 12 victims, 9 were men.', [['12', 'value'], ['9', 'value']]), {
      targetLang,
      state: 'reviewed',
      origin: 'tm',
      target: victims,
    }),
  ];
}

/** A markup code around the first occurrence of `words` in `text` (a pair), or right after them (a `br`). */
export function markupCode(text: string, id: string, element: string, words: string, open = `<${element}>`, extra: Partial<MarkupCode> = {}): MarkupCode {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" is not in "${text}"`);
  if (element === 'br') return { id, kind: 'standalone', element, open, start: start + words.length, end: start + words.length, ...extra };
  return { id, kind: 'paired', element, open, close: `</${element}>`, start, end: start + words.length, ...extra };
}

/** Where a target carries a code: around the first occurrence of `words` (a pair), or right after them (a standalone code). */
export function placement(target: string, id: string, words: string, standalone = false): MarkupPlacement {
  const start = target.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" is not in "${target}"`);
  return standalone ? { id, start: start + words.length, end: start + words.length } : { id, start, end: start + words.length };
}

const linkSource = 'Read the full report on the agency’s site.';
const linkTarget = 'Lisez le rapport complet sur le site de l’agence.';
const emphasisSource = 'Some 2,500 troops remain.';
const emphasisTarget = 'Quelque 2,500 soldats restent.';
const breakSource = 'Talks resume in Doha, officials said.';
const breakTarget = 'Les pourparlers reprennent à Doha, selon des responsables.';
const splitFirst = 'Markets fell.';
const splitFirstTarget = 'Les marchés ont reculé.';
const splitSecond = 'Oil rose on Monday.';

/**
 * A story whose segments carry markup codes, each target placing them at exact offsets: a link
 * (its href holding `&` and `"`), emphasis around a number (a protected span), a line break, and a
 * `<strong>` a sentence boundary cut in two pieces (the second unit untranslated: its target is the
 * source copy, with the source's codes).
 */
export function markedUnits(): Unit[] {
  const link = markupCode(linkSource, 'm1', 'a', 'full report', '<a href="https://example.org/report?id=7&amp;lang=en" title="the &quot;full&quot; one">');
  const emphasis = markupCode(emphasisSource, 'm1', 'em', '2,500');
  const lineBreak = markupCode(breakSource, 'm2', 'br', 'Doha,', '<br/>');
  const strongFirst = markupCode(splitFirst, 'm1', 'strong', 'Markets fell.', '<strong>', { continuesAfter: true });
  const strongSecond = markupCode(splitSecond, 'm1', 'strong', 'Oil rose', '<strong>', { continuedFrom: true });
  return [
    unit({ ...segment('p1.s1', linkSource), markup: [link] }, {
      state: 'translated',
      origin: 'human',
      target: linkTarget,
      targetMarkup: [placement(linkTarget, 'm1', 'rapport complet')],
    }),
    unit({ ...spannedSegment('p1.s2', emphasisSource, [['2,500', 'value']]), markup: [emphasis] }, {
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      target: emphasisTarget,
      targetMarkup: [placement(emphasisTarget, 'm1', '2,500')],
    }),
    unit({ ...segment('p2.s1', breakSource), markup: [lineBreak] }, {
      state: 'reviewed',
      origin: 'human',
      target: breakTarget,
      targetMarkup: [placement(breakTarget, 'm2', 'Doha,', true)],
    }),
    unit({ ...segment('p3.s1', splitFirst), markup: [strongFirst] }, {
      state: 'translated',
      origin: 'human',
      target: splitFirstTarget,
      targetMarkup: [{ id: 'm1', start: 0, end: splitFirstTarget.length }],
    }),
    unit({ ...segment('p3.s2', splitSecond), markup: [strongSecond] }),
  ];
}
