/**
 * Gives every unit of the job the best target there is, cheapest first, and sends to the engine
 * only what nobody has translated yet:
 *   1. a human's work recorded in the ledger for this very source (never replaced by MT);
 *   2. an exact translation-memory match (fuzzy ones become suggestions);
 *   3. the MT cache, keyed by source, languages, engine, engine options and glossary hash;
 *   4. the engine, whose results are committed to the cache batch by batch as they arrive.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { findingOnUnit, withEngineTarget, type Glossary, type LanguageTag, type Segment, type Suggestion, type Unit } from '../model.js';
import { leverageUnits } from '../leverage/index.js';
import { markupSignature } from '../markup/signature.js';
import type { EngineBatchResult, TranslationEngine } from '../mt/engine.js';
import { realSleep } from '../mt/pacing.js';
import { prepareRunner, translateUnits, type DispatchOptions, type DispatchStop, type UnitBatch, type UnitFailure } from '../mt/index.js';
import { cachedEntry, readLedgerEntry, servedFromCache } from '../store/marked-entries.js';
import { mtCacheKey } from '../store/mt-cache-key.js';
import type { CachedTranslation, Store } from '../store/store.js';
import { sendClaimed } from './claimed-sending.js';
import type { PreparedArticle } from './prepare.js';

export interface TranslateOptions {
  readonly engine: TranslationEngine;
  readonly glossary: Glossary;
  readonly targetLangs: readonly LanguageTag[];
  readonly concurrency: number;
  readonly fuzzyThreshold: number;
  /** Commit engine results to the store. Off for `check`, which writes nothing. */
  readonly commit: boolean;
  /**
   * Whether the engine may be called for what the ledger, TM and MT cache cannot fill. Off for a
   * dry run (which only works out what would be sent) and for `check` with an online engine:
   * those units stay untranslated, and every other unit is filled exactly as `run` fills it.
   */
  readonly send: boolean;
  /** Characters the whole job may send to the engine. */
  readonly maxCharacters?: number;
  /** How long claims on sentences last unless renewed. @default CLAIM_TTL_MS */
  readonly claimTtlMs?: number;
  /** Pacing and progress for the dispatcher. */
  readonly dispatch?: Pick<DispatchOptions, 'maxRequestsPerSecond' | 'retry' | 'onEvent' | 'sleep' | 'random' | 'accountLimits'>;
  /** What earlier calls of the same job learned (a job translates its stories window by window). */
  readonly memory?: JobMemory;
}

/**
 * What a job's earlier windows learned that the store does not hold, so that a window sees the
 * job as one dispatch would: the engine is prepared once, a sentence is planned (counted in the
 * workload) once, and results that are not committed (`check`) still serve later repeats.
 * Only keys without a stored result are kept: in a committing run, a few (failed or unsent).
 */
export interface JobMemory {
  enginePrepared: boolean;
  /** The job's name when it claims sentences in the store (`claimed-sending.ts`): unique to the job. */
  readonly claimOwner: string;
  /** Cache keys counted in the workload that have no stored result. */
  readonly planned: Set<string>;
  /** Engine results not committed to the store (`commit` off), by cache key. */
  readonly uncommitted: Map<string, CachedTranslation>;
  /** The workload of every window so far, for the dispatcher's `planned` event. */
  readonly workload: EngineWorkload;
}

export function newJobMemory(): JobMemory {
  return { enginePrepared: false, claimOwner: `${hostname()}:${process.pid}:${randomUUID()}`, planned: new Set(), uncommitted: new Map(), workload: {} };
}

/** What goes (or, in a dry run, would go) to the engine, per target language. */
export type EngineWorkload = Record<LanguageTag, { units: number; characters: number }>;

/** Where the targets came from in this run: for the summary, not for report.json (it changes between runs). */
export interface TranslateStats {
  readonly fromLedger: number;
  readonly fromTm: number;
  readonly fromCache: number;
  readonly unitsSent: number;
  readonly requests: number;
  readonly charactersSent: number;
  /** Characters billed in this run per target language (the engine's count when it gives one). */
  readonly billed: Readonly<Record<LanguageTag, number>>;
}

export interface TranslatedArticles {
  /** The units of each article and target language, in reading order. */
  readonly units: ReadonlyMap<string, ReadonlyMap<LanguageTag, readonly Unit[]>>;
  readonly failures: readonly UnitFailure[];
  readonly stats: TranslateStats;
  /** The units that needed the engine after TM, reviewed work and cache, and their characters. */
  readonly workload: EngineWorkload;
  /** Why the engine stopped early (quota, key refused, budget), when it did. */
  readonly stopped?: DispatchStop;
}

type MutableStats = { -readonly [K in keyof TranslateStats]: TranslateStats[K] } & { billed: Record<LanguageTag, number> };

export async function translateArticles(
  prepared: readonly PreparedArticle[],
  store: Store,
  options: TranslateOptions,
): Promise<TranslatedArticles> {
  const stats: MutableStats = { fromLedger: 0, fromTm: 0, fromCache: 0, unitsSent: 0, requests: 0, charactersSent: 0, billed: {} };
  const byArticle = new Map<string, Map<LanguageTag, Unit[]>>();
  for (const item of prepared) byArticle.set(item.article.id, await fillFromHumanWork(item, store, options, stats));

  // Each segment's paragraph, as context for engines that take it.
  const paragraphOf = new Map(
    prepared.flatMap(({ article, segments }) => {
      const texts = new Map(article.blocks.map((block) => [block.id, block.text]));
      return segments.map((segment) => [segment, texts.get(segment.blockId)] as const);
    }),
  );

  // The MT cache and the engine work per source language, so batches fill across articles.
  const failures: UnitFailure[] = [];
  const workload: EngineWorkload = {};
  let stopped: DispatchStop | undefined;
  const memory = options.memory ?? newJobMemory();
  for (const [sourceLang, items] of groupBySourceLang(prepared)) {
    const keyOf = cacheKeyOf(sourceLang, options);
    // An engine with no origin (none) translates nothing: no unit is pending for it.
    const pending = new Set(
      options.engine.origin === undefined
        ? []
        : items.flatMap(({ article }) => [...byArticle.get(article.id)!.values()].flat().filter((unit) => unit.state === 'untranslated')),
    );
    // Each cache key's result: from the cache, then from the engine as its answers come in.
    const keys = [...new Set([...pending].map(keyOf))];
    const results = await store.mtCache.getMany(keys);
    for (const key of keys) {
      const uncommitted = memory.uncommitted.get(key);
      if (uncommitted !== undefined && !results.has(key)) results.set(key, uncommitted);
    }
    // One unit per cache key goes to the engine: a sentence repeated in the job is paid for once.
    const sentFor = new Map<string, Unit>();
    for (const unit of pending) {
      const key = keyOf(unit);
      // A marked-up entry whose tags do not fit the segment's codes is a miss (one key, one set of codes).
      const cached = results.get(key);
      if (cached && !servedFromCache(cached, unit.segment)) results.delete(key);
      if (results.has(key)) stats.fromCache += 1;
      else if (!sentFor.has(key)) sentFor.set(key, unit);
    }
    const toSend = [...sentFor.values()];
    for (const unit of toSend) {
      // A sentence an earlier window already planned (and did not get) is the job's work once.
      if (memory.planned.has(keyOf(unit))) continue;
      memory.planned.add(keyOf(unit));
      for (const counts of [workload, memory.workload]) {
        const entry = (counts[unit.targetLang] ??= { units: 0, characters: 0 });
        entry.units += 1;
        entry.characters += unit.segment.source.length;
      }
    }
    options.dispatch?.onEvent?.({ type: 'planned', workload: { ...memory.workload } });

    // A stop (quota, budget, refused key) ends sending, never filling: what the cache holds is used.
    let outcomes = new Map<Unit, Unit>();
    if (options.send && !stopped && toSend.length > 0) {
      const sent = await sendToEngine(toSend, { store, options, memory, stats, failures, sourceLang, keyOf, results, paragraphOf });
      outcomes = sent.outcomes;
      stopped ??= sent.stopped;
    }

    for (const { article } of items) {
      const languages = byArticle.get(article.id)!;
      for (const [lang, units] of languages) {
        const filled = units.map((unit) => {
          if (!pending.has(unit)) return unit;
          const result = results.get(keyOf(unit));
          const served = result && servedFromCache(result, unit.segment);
          const sent = sentFor.get(keyOf(unit));
          // A result for a sentence this job was to send and did not: another process's, found while waiting.
          if (served && sent !== undefined && !outcomes.has(sent)) stats.fromCache += 1;
          if (served) return withEngineTarget(unit, served);
          // No result, or a fresh one whose markup the cache cannot keep: what the dispatcher made of it.
          return unsent(unit, sent!, outcomes.get(sent!));
        });
        languages.set(lang, filled);
      }
    }
  }
  return { units: byArticle, failures, stats, workload, ...(stopped ? { stopped } : {}) };
}

/** What sending one source language's units shares with the rest of the job's translation. */
interface EngineSending {
  readonly store: Store;
  readonly options: TranslateOptions;
  readonly memory: JobMemory;
  readonly stats: MutableStats;
  readonly failures: UnitFailure[];
  readonly sourceLang: LanguageTag;
  readonly keyOf: (unit: Unit) => string;
  /** Results by cache key, filled as the engine (or another process) answers. */
  readonly results: Map<string, CachedTranslation>;
  readonly paragraphOf: ReadonlyMap<Segment, string | undefined>;
}

/**
 * Sends `toSend` (one unit per cache key) to the engine, committing each request's results as they
 * come; what an engine bills is claimed first (`claimed-sending.ts`) when the results are stored
 * for other processes to find. Returns what the dispatcher made of each unit it sent, and why it
 * stopped, if it did.
 */
async function sendToEngine(toSend: readonly Unit[], context: EngineSending): Promise<{ outcomes: Map<Unit, Unit>; stopped?: DispatchStop }> {
  const { store, options, memory, stats, keyOf, results } = context;
  if (!memory.enginePrepared) {
    const retrying = prepareRunner(options.dispatch ?? {});
    await options.engine.prepare?.({ glossary: options.glossary, targetLangs: options.targetLangs, retrying });
    memory.enginePrepared = true;
  }
  const commit = async (batch: UnitBatch, result: EngineBatchResult): Promise<void> => {
    const characters = result.billedCharacters ?? batch.units.reduce((sum, unit) => sum + unit.segment.source.length, 0);
    stats.billed[batch.targetLang] = (stats.billed[batch.targetLang] ?? 0) + characters;
    const entries = batch.units.map((unit, i) => ({ key: keyOf(unit), entry: cachedResult(result, i, options.engine, unit.segment) }));
    if (options.commit) {
      await store.mtCache.commitRequest({ engine: options.engine.name, sourceLang: context.sourceLang, targetLang: batch.targetLang, characters }, entries);
    }
    for (const { key, entry } of entries) {
      results.set(key, entry);
      memory.planned.delete(key);
      if (!options.commit) memory.uncommitted.set(key, entry);
    }
  };
  const outcomes = new Map<Unit, Unit>();
  let stopped: DispatchStop | undefined;
  const dispatch = async (units: readonly Unit[]): Promise<boolean> => {
    const dispatched = await translateUnits(units, options.engine, {
      ...options.dispatch,
      contextOf: (unit) => context.paragraphOf.get(unit.segment),
      sourceLang: context.sourceLang,
      glossary: options.glossary,
      concurrency: options.concurrency,
      onTranslated: commit,
      ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters - stats.charactersSent }),
    });
    stopped ??= dispatched.stopped;
    stats.unitsSent += dispatched.unitsSent;
    stats.requests += dispatched.requests;
    stats.charactersSent += dispatched.billedCharacters;
    context.failures.push(...dispatched.failures);
    units.forEach((unit, i) => outcomes.set(unit, dispatched.units[i]!));
    return dispatched.stopped !== undefined;
  };
  if (options.commit && !options.engine.offline) {
    const serves = (entry: CachedTranslation, unit: Unit): boolean => servedFromCache(entry, unit.segment) !== undefined;
    const claims = { mtCache: store.mtCache, owner: memory.claimOwner, keyOf, results, serves, sleep: options.dispatch?.sleep ?? realSleep };
    await sendClaimed(toSend, options.claimTtlMs === undefined ? claims : { ...claims, ttlMs: options.claimTtlMs }, dispatch);
  } else {
    await dispatch(toSend);
  }
  return { outcomes, ...(stopped ? { stopped } : {}) };
}

/** Reviewed work from the ledger, then exact TM matches (fuzzy ones as suggestions), per target language. */
async function fillFromHumanWork(
  { article, units }: PreparedArticle,
  store: Store,
  options: TranslateOptions,
  stats: MutableStats,
): Promise<Map<LanguageTag, Unit[]>> {
  const languages = new Map<LanguageTag, Unit[]>();
  for (const targetLang of options.targetLangs) {
    const ofLanguage = units.filter((unit) => unit.targetLang === targetLang);
    const leveraged = await leverageUnits(ofLanguage, store.tm, { sourceLang: article.lang, fuzzyThreshold: options.fuzzyThreshold });
    stats.fromTm += leveraged.exactMatches.size;
    const human = await store.ledger.getMany(
      article.id,
      targetLang,
      ofLanguage.map((unit) => ({ unitId: unit.id, sourceHash: unit.segment.hash })),
    );
    const withSuggestions = leveraged.units.map((unit): Unit => {
      const suggestions = leveraged.suggestions.get(unit.id);
      const stored = human.get(unit.id);
      const recorded = stored && readLedgerEntry(stored, unit.segment);
      if (recorded && recorded.origin === 'human') {
        stats.fromLedger += 1;
        if (leveraged.exactMatches.has(unit.id)) stats.fromTm -= 1;
        const { targetMarkup: _tm, ...filled } = unit;
        return { ...filled, target: recorded.target, ...(recorded.targetMarkup === undefined ? {} : { targetMarkup: recorded.targetMarkup }), state: recorded.state, origin: 'human' };
      }
      return suggestions ? { ...unit, suggestions: suggestions.map(toSuggestion) } : unit;
    });
    languages.set(targetLang, withSuggestions);
  }
  return languages;
}

/** Each unit's MT cache key, computed once (a hash over canonical JSON: looked up several times). */
function cacheKeyOf(sourceLang: LanguageTag, options: TranslateOptions): (unit: Unit) => string {
  const keys = new Map<Unit, string>();
  return (unit) => {
    let key = keys.get(unit);
    if (key === undefined) {
      key = mtCacheKey({
        source: unit.segment.source,
        sourceLang,
        targetLang: unit.targetLang,
        engine: options.engine.name,
        engineOptions: options.engine.options,
        glossaryHash: options.glossary.hash,
        markup: markupSignature(unit.segment.markup),
      });
      keys.set(unit, key);
    }
    return key;
  };
}

/** Target `index` of an engine's answer, as the MT cache keeps it (tagged when the segment has markup). */
function cachedResult(result: EngineBatchResult, index: number, engine: TranslationEngine, segment: Segment): CachedTranslation {
  const markup = result.markup?.[index];
  return cachedEntry(segment, {
    target: result.targets[index]!,
    ...(markup === undefined ? {} : { markup }),
    engine: engine.name,
    origin: engine.origin === 'pseudo' ? 'pseudo' : 'mt',
    findings: result.findings?.[index] ?? [],
  });
}

/**
 * A unit the engine gave no result for: untranslated, with the failure of the request that carried
 * its source when there was one (`sent` is the unit that went, itself or the first of a repeated
 * sentence; `outcome` what the dispatcher made of it, if it was dispatched). A repeat gets the
 * failure under its own id.
 */
function unsent(unit: Unit, sent: Unit, outcome: Unit | undefined): Unit {
  if (outcome === undefined || sent === unit) return outcome ?? unit;
  const failures = outcome.findings
    .filter((finding) => finding.ruleId === 'mt/failed')
    .map(({ id: _id, unitId: _unitId, ...finding }) => findingOnUnit(finding, unit));
  return failures.length === 0 ? unit : { ...unit, findings: [...unit.findings, ...failures] };
}

function toSuggestion(match: { source: string; target: string; similarity: number }): Suggestion {
  return { source: match.source, target: match.target, similarity: match.similarity, origin: 'tm' };
}

function groupBySourceLang(prepared: readonly PreparedArticle[]): Map<LanguageTag, PreparedArticle[]> {
  const groups = new Map<LanguageTag, PreparedArticle[]>();
  for (const item of prepared) groups.set(item.article.lang, [...(groups.get(item.article.lang) ?? []), item]);
  return groups;
}
