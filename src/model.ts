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
  readonly format: 'text';
}

export interface Dateline {
  /** Place as written in the source ("Baghdad", "BAGHDAD"). */
  readonly place?: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  readonly date?: string;
  /** Agency credit in the dateline ("AFP"), when the copy carries one. */
  readonly agency?: string;
}

export type BlockKind = 'headline' | 'standfirst' | 'caption' | 'paragraph';

/** A translatable block of the story, in reading order. */
export interface Block {
  /** Stable within the article: `headline`, `standfirst`, `caption`, `p1`, `p2`, … */
  readonly id: string;
  readonly kind: BlockKind;
  /** The text, with the dateline prefix removed from the first paragraph. */
  readonly text: string;
  /** 1-based line of the block in the source file, for messages. */
  readonly line: number;
}

export type Urgency = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Article {
  /** Stable id: slug of the headline + date, or the front matter's `id`. Safe as a file name. */
  readonly id: string;
  /** Version of the story (write-thrus increase it); 1 when the source says nothing. */
  readonly version: number;
  readonly lang: LanguageTag;
  readonly dateline: Dateline;
  readonly urgency?: Urgency;
  /** Blocks in reading order; the first is always the headline. */
  readonly blocks: readonly Block[];
  readonly source: SourceRef;
  /** What ingest read with a doubt (source `ingest`, severity `warning`, with the line); absent when nothing. */
  readonly findings?: readonly Finding[];
}

/**
 * A span of the source that must reach the target unchanged in substance:
 * numbers, URLs, e-mail addresses, do-not-translate terms.
 * Offsets are UTF-16 code unit offsets into `Segment.source`, `end` exclusive.
 */
export interface ProtectedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: 'number' | 'url' | 'email' | 'dnt';
  /** The exact source text of the span. */
  readonly text: string;
}

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

/** A glossary term found in a segment's source. Offsets as in ProtectedSpan. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** The source text matched ("Iraq’s Foreign Ministry"). */
  readonly text: string;
  readonly entryId: string;
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
 * with Okapi-style spans. `id` is stable across runs so a dismissal can survive re-runs.
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
 * A finding about a target text, not yet about a unit: what an engine reports with a target. The
 * MT cache keeps it with the target, and one result may serve many units (a sentence repeated in
 * the job, the same sentence in a later run), each of which gets it under its own id.
 */
export type TargetFinding = Omit<Finding, 'id' | 'unitId'> & {
  /** Tells it apart from the target's other findings of its rule (a placeholder id): the end of its id. */
  readonly key?: string;
};

/** `finding` on `unit`: id `<rule>:<language>:<unit>[:<key>]`, stable across runs. */
export function findingOnUnit(finding: TargetFinding, unit: { readonly id: string; readonly targetLang: LanguageTag }): Finding {
  const { key, ...rest } = finding;
  return { id: [finding.ruleId, unit.targetLang, unit.id, ...(key === undefined ? [] : [key])].join(':'), ...rest, unitId: unit.id };
}

/** An engine's answer for one unit: fresh from the engine, or kept by the MT cache. */
export interface EngineTarget {
  readonly target: string;
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
