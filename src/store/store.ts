/**
 * The storage interfaces: MT cache, translation memory and unit ledger. No database type appears
 * here, so that a server database can replace the SQLite adapter without touching the stages.
 * Every data method returns a promise (a server database answers over the network); a failure
 * rejects it with a StoreError. Listings are async iterables read in pages, so nothing holds a
 * whole table and the store may be written while one is under way.
 */
import type { LanguageTag, MarkupPlacement, TargetFinding, TargetOrigin, UnitState } from '../model.js';

/**
 * A machine translation kept so that the same request is never sent twice: the engine's whole
 * result, so that a unit served from the cache reads exactly as one the engine just translated.
 */
export interface CachedTranslation {
  readonly target: string;
  readonly engine: string;
  readonly origin: 'mt' | 'pseudo';
  /** What the engine reported about the target (a dropped placeholder). Empty for entries stored before schema 4. */
  readonly findings: readonly TargetFinding[];
}

/** One engine request, as the MT cache records it beside its results. */
export interface EngineRequestRecord {
  readonly engine: string;
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  /** Characters sent (what engines bill). */
  readonly characters: number;
}

/** Totals of the recorded engine requests, per engine and target language. */
export interface EngineUsage {
  readonly engine: string;
  readonly targetLang: LanguageTag;
  readonly requests: number;
  readonly texts: number;
  readonly characters: number;
}

export interface MtCache {
  /** Keys come from `mtCacheKey`. */
  get(key: string): Promise<CachedTranslation | undefined>;
  /** One lookup for many keys; only the keys found are in the map. */
  getMany(keys: readonly string[]): Promise<Map<string, CachedTranslation>>;
  /** Stores (or replaces) the translation under `key`; committed when it resolves. */
  put(key: string, entry: CachedTranslation): Promise<void>;
  /**
   * Stores the results of one engine request and a record of the request, in one transaction:
   * after a crash either both are there or neither, so a re-run re-sends exactly the units whose
   * results were lost.
   */
  commitRequest(request: EngineRequestRecord, results: ReadonlyArray<{ readonly key: string; readonly entry: CachedTranslation }>): Promise<void>;
  /** The recorded requests, summed per engine and target language. */
  usage(): Promise<EngineUsage[]>;
  /** The cache keys of every recorded request, in order, repeated if a key was sent twice. */
  requestedKeys(): Promise<string[]>;
  /**
   * Claims keys for `owner` (a worker's unique name) for `ttlMs` milliseconds, so that two workers
   * about to translate the same sentence pay for it once. Returns the keys the owner may send now,
   * in the order given: those not cached and not claimed by another owner whose claim is live. A key
   * the owner holds already is claimed again (its time renewed). A claim ends with `release`, with
   * `commitRequest` of its key, or when its time is up (a killed worker's keys are taken over).
   * Times are the database's clock, so hosts need not agree on theirs.
   */
  claim(keys: readonly string[], owner: string, ttlMs: number): Promise<string[]>;
  /** Ends `owner`'s claims on these keys (its request failed: another may send them); others' claims stay. */
  release(keys: readonly string[], owner: string): Promise<void>;
}

/** A human-approved translation. */
export interface TmEntry {
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly source: string;
  readonly target: string;
  /**
   * Sources of the neighbouring segments where the translation was made, for in-context matches.
   * Stored whitespace-normalized; leave both out when the context is unknown (a TMX entry).
   */
  readonly previousSource?: string;
  readonly nextSource?: string;
  readonly origin: 'human' | 'tmx';
  readonly createdBy?: string;
  readonly note?: string;
}

/** The neighbours of a segment in its article, when looking it up. */
export interface TmContext {
  readonly previousSource?: string;
  readonly nextSource?: string;
}

export interface TmMatch {
  readonly source: string;
  readonly target: string;
  /** 0–100: 100 for exact matches; fuzzy matches that differ only in case or quotes score 99. */
  readonly similarity: number;
  /** Exact and the neighbouring segments match too. */
  readonly inContext: boolean;
  readonly origin: TmEntry['origin'];
}

export interface FuzzyOptions {
  /** Lowest similarity returned, in (0, 100]. @default 75 */
  readonly threshold?: number;
  /** Most matches returned. @default 3 */
  readonly limit?: number;
}

/** What `add` did: new entries, entries whose target or metadata changed, and the rest. */
export interface TmAddResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface TranslationMemory {
  /**
   * Adds entries in one transaction (all or none). An entry replaces the one with the same
   * languages, source and context (whitespace-normalized): the latest approval wins.
   */
  add(entries: readonly TmEntry[]): Promise<TmAddResult>;
  /**
   * The entry whose source equals `source` (whitespace-normalized, case-sensitive). Preference:
   * in context (both neighbours equal), then an entry recorded without context, then the most
   * recently added.
   */
  exact(sourceLang: LanguageTag, targetLang: LanguageTag, source: string, context?: TmContext): Promise<TmMatch | undefined>;
  /**
   * Entries at least `threshold` similar (see src/leverage/similarity.ts), by similarity, then
   * source, then target; one match per distinct source and target.
   */
  fuzzy(sourceLang: LanguageTag, targetLang: LanguageTag, source: string, options?: FuzzyOptions): Promise<TmMatch[]>;
  /**
   * Every entry (optionally of one language pair) in a stable order, for export. Read in pages:
   * the store may be written meanwhile; an entry added or changed behind the page being read is
   * not seen.
   */
  all(sourceLang?: LanguageTag, targetLang?: LanguageTag): AsyncIterable<TmEntry>;
  /** Whether the memory holds any entry of the language pair: asked once before looking up a story's units one by one. */
  hasEntries(sourceLang: LanguageTag, targetLang: LanguageTag): Promise<boolean>;
  count(): Promise<number>;
}

/** A unit's result as the job knows it, kept so that a killed job resumes where it stopped. */
export interface LedgerEntry {
  readonly articleId: string;
  readonly targetLang: LanguageTag;
  readonly unitId: string;
  /** `Segment.hash` of the source the target was made for. */
  readonly sourceHash: string;
  readonly target: string;
  /**
   * Where the target carries the segment's markup codes, when the segment has any (an imported
   * XLIFF target's `g`/`pc` codes mapped back by id). Persisting it is the store's: see the issue #13
   * store boundary (`markup/tagged.ts`).
   */
  readonly targetMarkup?: readonly MarkupPlacement[];
  /** A result always has a target: `untranslated` units are simply not recorded. */
  readonly state: Exclude<UnitState, 'untranslated'>;
  readonly origin: TargetOrigin;
  readonly engine?: string;
}

/** The source of one unit, as `getMany` asks for it. */
export interface LedgerLookup {
  readonly unitId: string;
  readonly sourceHash: string;
}

export interface UnitLedger {
  /** The entry for this unit, if it was made for this very source (same hash). */
  get(articleId: string, targetLang: LanguageTag, unitId: string, sourceHash: string): Promise<LedgerEntry | undefined>;
  /** `get` for many units of one article in one query; keyed by unit id. */
  getMany(articleId: string, targetLang: LanguageTag, units: readonly LedgerLookup[]): Promise<Map<string, LedgerEntry>>;
  /**
   * Stores the entry, committed when it resolves. Human work wins: an entry in state `reviewed`
   * or `final` is only replaced by one with origin `human`, or by any entry for a changed source
   * (other hash). Returns false when the entry was not applied for that reason.
   */
  record(entry: LedgerEntry): Promise<boolean>;
  /** Every entry of the article in this language, by unit id. */
  forArticle(articleId: string, targetLang: LanguageTag): Promise<LedgerEntry[]>;
  /** Drops the entries of units that are gone from the article; returns how many were dropped. */
  deleteExcept(articleId: string, targetLang: LanguageTag, keepUnitIds: readonly string[]): Promise<number>;
  /**
   * `record` for each entry, then `deleteExcept(keepUnitIds)`, in one transaction: how the job
   * brings an article's ledger up to date. Returns how many entries were applied.
   */
  sync(articleId: string, targetLang: LanguageTag, entries: readonly LedgerEntry[], keepUnitIds: readonly string[]): Promise<number>;
}

/** A file the job wrote, with the sha256 of its content. */
export interface RecordedFile {
  readonly path: string;
  readonly sha256: string;
}

/**
 * How a job ran an input: what `import` needs to regenerate the input's outputs as `run` made
 * them when the command line does not say otherwise. The engine goes by name.
 */
export interface RunSettings {
  readonly targetLangs: readonly LanguageTag[];
  readonly xliffVersions: readonly string[];
  readonly engine: string;
  readonly allowPartial: boolean;
  /** Whether review pages were written; absent in records made before review pages existed (import then writes them, the default). */
  readonly review?: boolean;
  /** `plain` or `icu` (`--bundle-format`); absent in records made before ICU bundles existed (plain). */
  readonly bundleFormat?: string;
  /** The format `--format` named for the input; absent when it was read by its content (`auto`). */
  readonly format?: string;
  readonly fuzzyThreshold: number;
  readonly outDir: string;
  readonly localesDir: string;
  readonly glossaryPath: string;
}

/**
 * What one input produced last time, and under which conditions (`fingerprint`): when the
 * fingerprint matches and the files are still on disk as written, the job skips the input.
 */
/**
 * The fingerprint of a record whose outputs are owed a regeneration: `import` stored human work for
 * the input in the same transaction and has not rewritten its outputs yet (it may be killed before
 * it does). No run computes it, so the next run rewrites them, and so does the next import.
 */
export const OWED_FINGERPRINT = 'owed';

export interface OutputRecord {
  /** Of everything the outputs depend on, or OWED_FINGERPRINT. */
  readonly fingerprint: string;
  readonly articleId: string;
  /** The article's part of report.json, as JSON. */
  readonly report: string;
  readonly files: readonly RecordedFile[];
  /** Files the input must not have (a story that is not complete). */
  readonly absent: readonly string[];
  /** How the input was run; absent in records made before stores kept it. */
  readonly settings?: RunSettings;
}

export interface OutputRecords {
  get(inputKey: string): Promise<OutputRecord | undefined>;
  put(inputKey: string, record: OutputRecord): Promise<void>;
  /** Forgets what the input produced (a withdrawn story, whose outputs are removed); absent keys are fine. */
  remove(inputKey: string): Promise<void>;
  /**
   * Every record with its input key, by story id then input key (the review index and report.json
   * list every story of an output folder in story-id order, a story at a time), and whether its
   * input owns the story id (`StoryOwners`): a record whose story another input took over is not
   * the project's. Read in pages: the store may be written meanwhile; a record put behind the page
   * being read is not seen.
   */
  list(): AsyncIterable<{ readonly inputKey: string; readonly record: OutputRecord; readonly ownsStory: boolean }>;
  /**
   * A number that changes whenever human work changes (TM entries; ledger entries of origin
   * human): part of every fingerprint, since such work can change any article's output.
   */
  humanWorkRevision(): Promise<number>;
}

/** The input that owns a story id: the one whose outputs are under that id. */
export interface StoryOwner {
  /** The input's path as the job was given it. */
  readonly inputKey: string;
  /** The story's version when that input last produced it. */
  readonly version: number;
}

/**
 * Which input produced which story id: outputs are named by id, so two inputs with one id would
 * overwrite each other's outputs, and `import` finds the story a returned file translates here
 * (never from a path written in the file).
 */
export interface StoryOwners {
  get(articleId: string): Promise<StoryOwner | undefined>;
  /**
   * Records that `owner.inputKey` produces story `articleId`, replacing the id's earlier owner and
   * any other id the same input had (an edited headline gives the input a new id).
   */
  put(articleId: string, owner: StoryOwner): Promise<void>;
}

export interface Store {
  readonly mtCache: MtCache;
  readonly tm: TranslationMemory;
  readonly ledger: UnitLedger;
  readonly outputs: OutputRecords;
  readonly stories: StoryOwners;
  /**
   * Runs `work` in one transaction: every store call made in its async flow (awaited from it, or
   * started by it) is part of it, committed together when `work` resolves, or none when it
   * rejects. How an import applies a file all or nothing. A call from another flow while the
   * transaction is open is not part of it, nor rolled back with it: in SQLite (one connection) it
   * waits until the transaction ends; in PostgreSQL it runs at once on another pooled connection
   * and does not see the transaction's uncommitted writes.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Where the store lives, for messages. */
  readonly path: string;
  readonly schemaVersion: number;
  close(): Promise<void>;
}
