/**
 * The shared data model of wire-l10n. Every stage takes and returns these types;
 * no stage invents a parallel representation of an article, a segment or a unit.
 *
 * Flow: wire item → Article (ingest) → Segment[] (segment, protect, terms)
 *       → Unit per target language (mt, later leverage/qa) → renderings (xliff, render).
 */
import { baseLanguage } from './util/language-tag.js';

/** A BCP 47 language tag as used on the command line and in files: `en`, `fr`, `ar`. */
export type LanguageTag = string;

/** Where an article came from; kept for messages and for XLIFF `original`. */
export interface SourceRef {
  /** Path as the user gave it (relative paths stay relative: outputs must not embed machine paths). */
  readonly path: string;
  readonly format: SourceFormat;
}

/** The wire formats a story is read from and its localized item written in. */
export const sourceFormats = ['text', 'ninjs', 'nitf', 'html'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/**
 * What a reader of a structured item (ninjs, NITF, HTML) keeps to write the localized item back in
 * its format: the item with a slot for each block, and everything not translated (ids, metadata,
 * markup around the blocks). Its shape is the format's own (`src/formats/<format>/`): stages never
 * read it, only that format's writer, which the same process's reader made it for.
 */
export interface ItemTemplate {
  readonly format: Exclude<SourceFormat, 'text'>;
  readonly data: unknown;
}

/**
 * An inline markup element of the source (Okapi's inline code): a paired element around text
 * (`<a href="…">`, `<em>`, `<strong>`, `<b>`, `<i>`, `<span>`, `<q>`, `<sup>`, `<sub>`) or a
 * standalone one (`<br/>`). It is data beside the plain text, as protected spans are: `start` and
 * `end` are UTF-16 offsets of where it opens and closes in the text it belongs to (a block's text,
 * a segment's source); a standalone code has `end === start`.
 */
export interface MarkupCode {
  /** `m1`, `m2`, … in the order the codes open in their block; a piece of a split code keeps its code's id. */
  readonly id: string;
  readonly kind: 'paired' | 'standalone';
  /** The element's lower-case local name (`a`, `em`, `br`). */
  readonly element: string;
  /** The start tag (or the standalone element) exactly as the format writes it: `<a href="https://x.test/">`. */
  readonly open: string;
  /** The end tag of a paired code: `</a>`. */
  readonly close?: string;
  readonly start: number;
  readonly end: number;
  /**
   * A piece of a paired code a sentence boundary cut (segmentation never splits text inside a
   * code's tags, but an element may span sentences): `true` when it was already open before this
   * segment / stays open after it. Writers join the pieces again.
   */
  readonly continuedFrom?: boolean;
  readonly continuesAfter?: boolean;
}

/** Where a target carries one of its segment's markup codes: offsets into the target (`end === start` for a standalone code). */
export interface MarkupPlacement {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Dateline {
  /** Place as written in the source ("Baghdad", "BAGHDAD"). */
  readonly place?: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  readonly date?: string;
  /** Agency credit in the dateline ("AFP"), when the copy carries one. */
  readonly agency?: string;
}

export type BlockKind = 'headline' | 'standfirst' | 'caption' | 'subhead' | 'paragraph';

/** A translatable block of the story, in reading order. */
export interface Block {
  /** Stable within the article: `headline`, `standfirst`, `caption`, `p1`, `p2`, … */
  readonly id: string;
  readonly kind: BlockKind;
  /** The text, with the dateline prefix removed from the first paragraph. */
  readonly text: string;
  /** 1-based line of the block in the source file, for messages. */
  readonly line: number;
  /**
   * Offsets in `text` of the single spaces that stand for the source's line breaks (ingest joins
   * a block's lines with a space): the segmenter's line rules read them (bylines, lists,
   * sub-heads). Absent for a one-line block.
   */
  readonly lineBreaks?: readonly number[];
  /** The block's inline markup (offsets into `text`), in the order the codes open; absent when none. */
  readonly markup?: readonly MarkupCode[];
}

/** IPTC's publishing status: a `withdrawn` or `canceled` item takes its earlier outputs away. */
export type PubStatus = 'usable' | 'withdrawn' | 'canceled';

export type Urgency = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Article {
  /** Stable id: slug of the headline + date, or the front matter's `id`. Safe as a file name. */
  readonly id: string;
  /** Version of the story (write-thrus increase it); 1 when the source says nothing. */
  readonly version: number;
  readonly lang: LanguageTag;
  readonly dateline: Dateline;
  readonly urgency?: Urgency;
  /** The moment before which the story must not be published (ISO 8601 with offset: ninjs `embargoedUntil`, front matter `embargo`); absent: none. */
  readonly embargoedUntil?: string;
  /** The publishing status the item carries (ninjs `pubStatus`, front matter `status`); absent: usable. */
  readonly pubStatus?: PubStatus;
  /** Blocks in reading order; the first is always the headline. */
  readonly blocks: readonly Block[];
  readonly source: SourceRef;
  /** What ingest read with a doubt (source `ingest`, severity `warning`, with the line); absent when nothing. */
  readonly findings?: readonly Finding[];
  /** The structured item the story came in, for its writer; absent for plain text. */
  readonly template?: ItemTemplate;
}

/**
 * A span of the source that must reach the target unchanged in substance: a typed value (a
 * number, an amount of money, a date, a time …: rendered afresh for each target locale from its
 * parsed value), or text that stays verbatim (URLs, e-mail addresses, bare domains, @handles,
 * #hashtags, designations such as `F-16` or `COVID-19`, do-not-translate terms).
 * Offsets are UTF-16 code unit offsets into `Segment.source`, `end` exclusive.
 */
export type ProtectedSpan = VerbatimSpan | ValueSpan;

export type VerbatimKind = 'url' | 'email' | 'domain' | 'handle' | 'hashtag' | 'designation' | 'dnt';

interface SpanBase {
  readonly start: number;
  readonly end: number;
  /** The exact source text of the span. */
  readonly text: string;
}

/** Text every target carries as the source writes it. */
export interface VerbatimSpan extends SpanBase {
  readonly kind: VerbatimKind;
}

/** A value every target writes in its own locale's format (`2,500` → `2 500` in French). */
export interface ValueSpan extends SpanBase {
  readonly kind: 'value';
  readonly value: TypedValue;
}

/**
 * A decimal quantity as the source states it: its value, and the decimals it shows (`3.50` keeps
 * two, so a rendering never invents or drops precision). `value` may be negative (`-5C`).
 */
export interface Quantity {
  readonly value: number;
  readonly fractionDigits: number;
}

/** A scale word after a number (`2.5 billion`, `€40m`): English short scale, 10^3 … 10^12. */
export type ScaleWord = 'thousand' | 'million' | 'billion' | 'trillion';

/** Units a number may be glued to or followed by (`5km`, `-5C`, `40 kg`), as Intl unit identifiers. */
export type MeasureUnit =
  | 'kilometer'
  | 'meter'
  | 'centimeter'
  | 'millimeter'
  | 'mile'
  | 'kilogram'
  | 'gram'
  | 'tonne'
  | 'liter'
  | 'celsius'
  | 'fahrenheit'
  | 'hectare'
  | 'square-kilometer'
  | 'kilometer-per-hour'
  | 'mile-per-hour'
  | 'megawatt'
  | 'barrel';

/**
 * The parsed value of a typed span. Months 1–12, weekdays 0–6 from Sunday, hours 0–23.
 * - `number`: `2,500`, `3.5`, `2.5 million` (the scale word is part of the value: 2.5e6)
 * - `percent`: `3.5%`, `3.5 percent` (value 3.5, not 0.035)
 * - `money`: `$2.5 billion`, `£4million`, `€40m`, `USD 300` (`currency`: ISO 4217 code)
 * - `measure`: `5km`, `-5C`
 * - `year`: `2014` (never grouped in any locale)
 * - `range`: `2014-2017` (`years`: both ends are years), `10-15`
 * - `score`: `3-1`
 * - `date`: `December 1`, `Dec. 1, 2024`, `1 December 2024`, `November 2023`
 * - `weekday`: `Friday`
 * - `time`: `2:30 pm`, `0900 GMT` (`zone` as written), `4.15pm`, `7am`
 * - `ordinal`: `21st`
 */
export type TypedValue =
  | { readonly type: 'number'; readonly amount: Quantity; readonly scale?: ScaleWord }
  | { readonly type: 'percent'; readonly amount: Quantity }
  | { readonly type: 'money'; readonly amount: Quantity; readonly currency: string; readonly scale?: ScaleWord }
  | { readonly type: 'measure'; readonly amount: Quantity; readonly unit: MeasureUnit }
  | { readonly type: 'year'; readonly year: number }
  | { readonly type: 'range'; readonly from: Quantity; readonly to: Quantity; readonly years: boolean }
  | { readonly type: 'score'; readonly home: number; readonly away: number }
  | { readonly type: 'date'; readonly month: number; readonly day?: number; readonly year?: number }
  | { readonly type: 'weekday'; readonly weekday: number }
  | { readonly type: 'time'; readonly hour: number; readonly minute: number; readonly zone?: string }
  | { readonly type: 'ordinal'; readonly value: number };

/** The digit set a newsroom prints in Arabic: Western (0–9) or Arabic-Indic (٠–٩). */
export type DigitSet = 'latn' | 'arab';

/** How Arabic dates name months: نوفمبر (egyptian) / تشرين الثاني (levantine) / تشرين الثاني/نوفمبر (paired). */
export type ArabicMonthNames = 'egyptian' | 'levantine' | 'paired';

/** The house settings a value's rendering depends on (`houseStyle.ar` in `wire-l10n.json`); other languages ignore them. */
export interface ValueStyle {
  readonly digits: DigitSet;
  readonly months: ArabicMonthNames;
}

/** The house defaults: Western digits, paired month names (تشرين الثاني/نوفمبر). */
export const defaultValueStyle: ValueStyle = { digits: 'latn', months: 'paired' };

/** What a span is, in words for messages: "number", "URL", "do-not-translate term" … */
export function spanNoun(span: ProtectedSpan): string {
  return span.kind === 'value' ? valueNoun[span.value.type] : verbatimNoun[span.kind];
}

const verbatimNoun: Readonly<Record<VerbatimKind, string>> = {
  url: 'URL',
  email: 'e-mail address',
  domain: 'domain name',
  handle: 'handle',
  hashtag: 'hashtag',
  designation: 'designation',
  dnt: 'do-not-translate term',
};

const valueNoun: Readonly<Record<TypedValue['type'], string>> = {
  number: 'number',
  percent: 'percentage',
  money: 'amount of money',
  measure: 'measurement',
  year: 'year',
  range: 'range',
  score: 'score',
  date: 'date',
  weekday: 'weekday',
  time: 'time',
  ordinal: 'ordinal',
};

/** The numeric value a quantity with its scale word stands for (`2.5 billion` → 2.5e9). */
export function scaledValue(amount: Quantity, scale: ScaleWord | undefined): number {
  return scale === undefined ? amount.value : amount.value * scaleFactor[scale];
}

export const scaleFactor: Readonly<Record<ScaleWord, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Which kind of glossary entry a term is. */
export type TermType = 'term' | 'name' | 'dnt';

/** One entry of the newsroom termbase. */
export interface GlossaryEntry {
  /** Stable id derived from the canonical source term (used in notes and XLIFF). */
  readonly id: string;
  /** Canonical source form (column `en`). */
  readonly source: string;
  /** Other source forms that mean the same entry ("IS", "ISIS"). */
  readonly sourceVariants: readonly string[];
  /** Required rendering per target language. */
  readonly targets: Readonly<Record<LanguageTag, string>>;
  /** Other accepted renderings per target language. */
  readonly targetVariants: Readonly<Record<LanguageTag, readonly string[]>>;
  /** Renderings the house forbids per target language (a pejorative name, a calque); absent = none. */
  readonly targetForbidden?: Readonly<Record<LanguageTag, readonly string[]>>;
  readonly type: TermType;
  readonly caseSensitive: boolean;
  readonly note: string;
  /** Where the entry was defined, for messages. */
  readonly origin: { readonly file: string; readonly line: number };
}

export interface Glossary {
  readonly sourceLang: LanguageTag;
  readonly targetLangs: readonly LanguageTag[];
  readonly entries: readonly GlossaryEntry[];
  /** Hash of the normalized content: changes exactly when the termbase's meaning changes. */
  readonly hash: string;
}

/** No termbase: what checks run against when none was given (`qa` without `--glossary`). */
export const emptyGlossary: Glossary = { sourceLang: 'en', targetLangs: [], entries: [], hash: 'none' };

/** A glossary term found in a segment's source. Offsets as in ProtectedSpan. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** The source text matched ("Iraq’s Foreign Ministry"). */
  readonly text: string;
  readonly entryId: string;
  /**
   * Present when the text is the regular English plural of one of the entry's forms (`air strikes`
   * for `air strike`), which the termbase does not list: its renderings are the singular's.
   */
  readonly plural?: true;
}

/** A sentence-sized piece of a block: the unit of translation. */
export interface Segment {
  /** `<blockId>.s<n>`, n from 1: stable for the article's structure. */
  readonly id: string;
  readonly blockId: string;
  /** 1-based position in the block. */
  readonly index: number;
  readonly source: string;
  /** sha256 (hex, 16 chars) of the whitespace-normalized source. */
  readonly hash: string;
  readonly protectedSpans: readonly ProtectedSpan[];
  readonly terms: readonly TermHit[];
  /**
   * True when the source broke the line before this segment inside its block (a list item, a
   * byline, a sub-head): renderers start it on a line of its own. Absent: it runs on after a space.
   */
  readonly startsLine?: boolean;
  /**
   * The block's markup inside this segment (offsets into `source`), pieces of codes the sentence
   * boundaries cut included; absent when none. Part of the segment's identity (`hash`).
   */
  readonly markup?: readonly MarkupCode[];
}

/**
 * Where a unit's target came from. `pseudo` is never a translation: it exists to test
 * layout and the pipeline, and every output that carries it says so.
 */
export type TargetOrigin = 'mt' | 'pseudo' | 'tm' | 'human';

/**
 * The life of a unit's target.
 * - `untranslated`: no target yet (XLIFF pre-fills the source so CAT tools show it).
 * - `needs-review`: an engine's output awaiting a human.
 * - `translated`: a human translated it.
 * - `reviewed`, `final`: a human approved it; never overwritten by MT.
 */
export type UnitState = 'untranslated' | 'needs-review' | 'translated' | 'reviewed' | 'final';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One message type for every stage (ingest, QA, XLIFF import), shaped like vfile-message
 * with Okapi-style spans. `id` is stable across runs so a dismissal can survive re-runs: every
 * finding is made by `findingOn`, which says how.
 */
export interface Finding {
  readonly id: string;
  readonly ruleId: string;
  /** The stage or check that reported it (`ingest`, `mt`, `qa/terms` …). */
  readonly source: string;
  readonly severity: Severity;
  readonly reason: string;
  readonly unitId?: string;
  /** 1-based line in the story file, for findings about the source file itself (ingest). */
  readonly line?: number;
  readonly place?: {
    readonly side: 'source' | 'target';
    readonly start: number;
    readonly end: number;
  };
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
  /** True when a deterministic fixer of the same rule would correct it (house style). */
  readonly fixable?: boolean;
  /** The glossary entry's canonical source form, on term findings (`terms/*`). */
  readonly term?: string;
}

/**
 * A finding not yet placed on what it is about: what an engine reports with a target (the MT cache
 * keeps it with the target, and one result may serve many units — a sentence repeated in the job,
 * the same sentence in a later run — each of which gets it under its own id), what a check finds in
 * a bare text (house style, terms), what ingest finds before the story has its id. `findingOn` makes
 * it a `Finding`.
 */
export type TargetFinding = Omit<Finding, 'id' | 'unitId'> & {
  /**
   * Tells it apart from the other findings of its rule on the same scope, the end of its id: a
   * placeholder id, a glossary entry id, a range (`rangeKey`). Absent for a rule that fires at most
   * once per scope.
   */
  readonly key?: string;
};

/**
 * What a finding is about, in one language (the target's; the story's own for ingest): a unit
 * (`p2.s1`), a block (`p2`) or a part of the story (`dateline`). `unitId` is the unit that carries
 * it (report.json, XLIFF notes), when one does: the unit itself, or a block's last unit.
 */
export interface FindingScope {
  readonly lang: LanguageTag;
  readonly id: string;
  readonly unitId?: string;
}

/**
 * The one factory of findings: id `<rule>:<language>:<scope>[:<key>]`
 * (`mt/placeholder-missing:fr:p2.s1:n1`, `qa/quote-unbalanced:fr:p2.s1:target@12-13`,
 * `qa/size-limit:fr:headline`). Readable and stable across runs — never a digest of a text, so an
 * edit elsewhere in the story leaves it alone. A range key moves when the text before the range
 * changes: then the finding is about other text, and a new id is acceptable.
 */
export function findingOn(finding: TargetFinding, scope: FindingScope): Finding {
  const { key, ...rest } = finding;
  return {
    id: [finding.ruleId, scope.lang, scope.id, ...(key === undefined ? [] : [key])].join(':'),
    ...rest,
    ...(scope.unitId === undefined ? {} : { unitId: scope.unitId }),
  };
}

/** `finding` on `unit` (its scope and carrier). */
export function findingOnUnit(finding: TargetFinding, unit: { readonly id: string; readonly targetLang: LanguageTag }): Finding {
  return findingOn(finding, { lang: unit.targetLang, id: unit.id, unitId: unit.id });
}

/** The key of a finding told apart by its range: `target@12-17`, `source@3-8`. */
export function rangeKey(place: NonNullable<Finding['place']>): string {
  return `${place.side}@${place.start}-${place.end}`;
}

/** An engine's answer for one unit: fresh from the engine, or kept by the MT cache. */
export interface EngineTarget {
  readonly target: string;
  /** Where the target carries the segment's markup codes, when the segment has any. */
  readonly markup?: readonly MarkupPlacement[];
  readonly origin?: TargetOrigin;
  readonly engine: string;
  readonly findings: readonly TargetFinding[];
}

/**
 * `unit` filled with an engine's answer, the same whether the engine answered just now or the MT
 * cache kept the answer: a run served from the cache writes the bytes of the run that paid.
 */
export function withEngineTarget(unit: Unit, answer: EngineTarget): Unit {
  const { findings } = answer;
  return {
    ...unit,
    target: answer.target,
    ...(answer.markup === undefined ? {} : { targetMarkup: answer.markup }),
    state: 'needs-review',
    origin: answer.origin,
    engine: answer.engine,
    ...(findings.length > 0 ? { findings: [...unit.findings, ...findings.map((finding) => findingOnUnit(finding, unit))] } : {}),
  };
}

/**
 * A possible translation offered to the translator, never written into the target:
 * a fuzzy translation-memory match (XLIFF 1.2 `alt-trans`, 2.1 matches module).
 */
export interface Suggestion {
  readonly source: string;
  readonly target: string;
  /** 0–100. */
  readonly similarity: number;
  readonly origin: 'tm';
}

/** A segment in one target language: what translators review and renderers print. */
export interface Unit {
  /** Same as the segment id: unique within an article and language. */
  readonly id: string;
  readonly segment: Segment;
  readonly targetLang: LanguageTag;
  readonly target?: string;
  /** Where the target carries each of the segment's markup codes; absent when the segment has none. */
  readonly targetMarkup?: readonly MarkupPlacement[];
  readonly state: UnitState;
  readonly origin?: TargetOrigin;
  /** Engine name when origin is `mt` or `pseudo`. */
  readonly engine?: string;
  readonly findings: readonly Finding[];
  /** Fuzzy matches for the translator, best first. */
  readonly suggestions?: readonly Suggestion[];
}

/** The units of one article in one target language, in reading order. */
export interface LocalizedArticle {
  readonly article: Article;
  readonly targetLang: LanguageTag;
  readonly units: readonly Unit[];
}

/** True when a unit has a target that can be shown to readers as a translation. */
export function hasTarget(unit: Unit): unit is Unit & { readonly target: string } {
  return unit.state !== 'untranslated' && typeof unit.target === 'string';
}

/** A glossary entry's required rendering in one target language and the other forms accepted. */
export interface TermRendering {
  readonly target: string;
  readonly variants: readonly string[];
  readonly forbidden: readonly string[];
}

/**
 * The termbase column that serves a target language: its own (`fr-CA`), else its base language's
 * (`fr-CA` → `fr`), so regional targets share one column unless the termbase gives them their own.
 */
export function glossaryColumnFor(columns: Readonly<Record<LanguageTag, unknown>> | readonly LanguageTag[], lang: LanguageTag): LanguageTag | undefined {
  const has = (tag: LanguageTag): boolean => (Array.isArray(columns) ? columns.includes(tag) : Object.hasOwn(columns, tag));
  if (has(lang)) return lang;
  const base = baseLanguage(lang);
  return has(base) ? base : undefined;
}

/** An entry's rendering in a target language, from the column `glossaryColumnFor` picks; undefined when it has none. */
export function termRendering(entry: GlossaryEntry, lang: LanguageTag): TermRendering | undefined {
  const column = glossaryColumnFor(entry.targets, lang);
  if (column === undefined) return undefined;
  return { target: entry.targets[column]!, variants: entry.targetVariants[column] ?? [], forbidden: entry.targetForbidden?.[column] ?? [] };
}

/**
 * The findings that keep a unit's target from readers: its errors (a lost number, a placeholder
 * the engine garbled, a failed request). A warning informs; an error blocks publication.
 */
export function blockingFindings(unit: Unit): readonly Finding[] {
  return unit.findings.filter((finding) => finding.severity === 'error');
}

/** Where targets came from, `none` for units without one: what every rendering counts and says. */
export type OriginCounts = Readonly<Record<TargetOrigin | 'none', number>>;

/** How many units have each origin, keys always in the same order (human, tm, mt, pseudo, none). */
export function countOrigins(units: readonly Unit[]): OriginCounts {
  const counts = { human: 0, tm: 0, mt: 0, pseudo: 0, none: 0 };
  for (const unit of units) counts[hasTarget(unit) ? (unit.origin ?? 'none') : 'none'] += 1;
  return counts;
}
