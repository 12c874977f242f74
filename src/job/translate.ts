/**
 * Gives every unit of the job the best target there is, cheapest first, and sends to the engine
 * only what nobody has translated yet:
 *   1. a human's work recorded in the ledger for this very source (never replaced by MT);
 *   2. an exact translation-memory match (fuzzy ones become suggestions);
 *   3. the MT cache, keyed by source, languages, engine, engine options and glossary hash;
 *   4. the engine, whose results are committed to the cache batch by batch as they arrive.
 */
import type { Glossary, LanguageTag, Suggestion, Unit } from '../model.js';
import { leverageUnits } from '../leverage/index.js';
import { checkTermRenderings } from '../qa/terms.js';
import type { EngineBatchResult, TranslationEngine } from '../mt/engine.js';
import { translateUnits, type DispatchOptions, type DispatchStop, type UnitBatch, type UnitFailure } from '../mt/index.js';
import { mtCacheKey } from '../store/mt-cache-key.js';
import type { Store } from '../store/store.js';
import type { PreparedArticle } from './prepare.js';

export interface TranslateOptions {
  readonly engine: TranslationEngine;
  readonly glossary: Glossary;
  readonly targetLangs: readonly LanguageTag[];
  readonly concurrency: number;
  readonly fuzzyThreshold: number;
  /** Commit engine results to the store. Off for `check`, which writes nothing. */
  readonly commit: boolean;
  /** Work out what would be sent, and send nothing. */
  readonly dryRun?: boolean;
  /** Characters the whole job may send to the engine. */
  readonly maxCharacters?: number;
  /** Pacing and progress for the dispatcher. */
  readonly dispatch?: Pick<DispatchOptions, 'maxRequestsPerSecond' | 'retry' | 'onEvent' | 'sleep' | 'random'>;
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

export async function translateArticles(
  prepared: readonly PreparedArticle[],
  store: Store,
  options: TranslateOptions,
): Promise<TranslatedArticles> {
  const billed: Record<LanguageTag, number> = {};
  const stats = { fromLedger: 0, fromTm: 0, fromCache: 0, unitsSent: 0, requests: 0, charactersSent: 0, billed };
  const byArticle = new Map<string, Map<LanguageTag, Unit[]>>();
  const cacheKeys = new Map<Unit, string>();
  const keyOf = (unit: Unit, sourceLang: LanguageTag): string =>
    mtCacheKey({
      source: unit.segment.source,
      sourceLang,
      targetLang: unit.targetLang,
      engine: options.engine.name,
      engineOptions: options.engine.options,
      glossaryHash: options.glossary.hash,
    });

  for (const { article, units } of prepared) {
    const languages = new Map<LanguageTag, Unit[]>();
    for (const targetLang of options.targetLangs) {
      const ofLanguage = units.filter((unit) => unit.targetLang === targetLang);
      const leveraged = leverageUnits(ofLanguage, store.tm, { sourceLang: article.lang, fuzzyThreshold: options.fuzzyThreshold });
      stats.fromTm += leveraged.exactMatches.size;
      const human = store.ledger.getMany(
        article.id,
        targetLang,
        ofLanguage.map((unit) => ({ unitId: unit.id, sourceHash: unit.segment.hash })),
      );
      const withSuggestions = leveraged.units.map((unit): Unit => {
        const suggestions = leveraged.suggestions.get(unit.id);
        const recorded = human.get(unit.id);
        if (recorded && recorded.origin === 'human') {
          stats.fromLedger += 1;
          if (leveraged.exactMatches.has(unit.id)) stats.fromTm -= 1;
          return { ...unit, target: recorded.target, state: recorded.state, origin: 'human' };
        }
        return suggestions ? { ...unit, suggestions: suggestions.map(toSuggestion) } : unit;
      });
      languages.set(targetLang, withSuggestions);
    }
    byArticle.set(article.id, languages);
  }

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
  let enginePrepared = false;
  for (const [sourceLang, items] of groupBySourceLang(prepared)) {
    const pending: Unit[] = [];
    for (const { article } of items) {
      for (const units of byArticle.get(article.id)!.values()) {
        for (const unit of units) {
          if (unit.state !== 'untranslated' || options.engine.origin === undefined) continue;
          cacheKeys.set(unit, keyOf(unit, sourceLang));
          pending.push(unit);
        }
      }
    }
    const cached = store.mtCache.getMany([...new Set(pending.map((unit) => cacheKeys.get(unit)!))]);
    const resolved = new Map<Unit, Unit>();
    // One unit per cache key goes to the engine: a sentence repeated in the job is paid for once.
    const sentFor = new Map<string, Unit>();
    const repeats: Unit[] = [];
    for (const unit of pending) {
      const key = cacheKeys.get(unit)!;
      const hit = cached.get(key);
      if (hit) {
        stats.fromCache += 1;
        resolved.set(unit, { ...unit, target: hit.target, state: 'needs-review', origin: hit.origin, engine: hit.engine });
      } else if (sentFor.has(key)) {
        repeats.push(unit);
      } else {
        sentFor.set(key, unit);
      }
    }
    const toSend = [...sentFor.values()];
    for (const unit of toSend) {
      const entry = (workload[unit.targetLang] ??= { units: 0, characters: 0 });
      entry.units += 1;
      entry.characters += unit.segment.source.length;
    }
    options.dispatch?.onEvent?.({ type: 'planned', workload: { ...workload } });
    if (options.dryRun || stopped) continue;
    if (toSend.length > 0 && options.commit && !enginePrepared) {
      await options.engine.prepare?.({ glossary: options.glossary, targetLangs: options.targetLangs });
      enginePrepared = true;
    }
    const commit = (batch: UnitBatch, result: EngineBatchResult): void => {
      const characters = result.billedCharacters ?? batch.units.reduce((sum, unit) => sum + unit.segment.source.length, 0);
      billed[batch.targetLang] = (billed[batch.targetLang] ?? 0) + characters;
      if (!options.commit) return;
      const origin = options.engine.origin === 'pseudo' ? 'pseudo' : 'mt';
      store.mtCache.commitRequest(
        { engine: options.engine.name, sourceLang, targetLang: batch.targetLang, characters },
        batch.units.map((unit, i) => ({
          key: cacheKeys.get(unit)!,
          entry: { target: result.targets[i]!, engine: options.engine.name, origin },
        })),
      );
    };
    const dispatched = await translateUnits(toSend, options.engine, {
      ...options.dispatch,
      contextOf: (unit) => paragraphOf.get(unit.segment),
      sourceLang,
      glossary: options.glossary,
      concurrency: options.concurrency,
      onTranslated: commit,
      ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters - stats.charactersSent }),
    });
    stopped ??= dispatched.stopped;
    stats.unitsSent += dispatched.unitsSent;
    stats.requests += dispatched.requests;
    stats.charactersSent += dispatched.billedCharacters;
    failures.push(...dispatched.failures);
    toSend.forEach((unit, i) => resolved.set(unit, dispatched.units[i]!));
    for (const unit of repeats) {
      const { target, state, origin, engine, findings } = resolved.get(sentFor.get(cacheKeys.get(unit)!)!)!;
      resolved.set(unit, { ...unit, state, findings, ...(target === undefined ? {} : { target, origin, engine }) });
    }
    for (const { article } of items) {
      const languages = byArticle.get(article.id)!;
      for (const [lang, units] of languages) {
        languages.set(lang, checkTermRenderings(units.map((unit) => resolved.get(unit) ?? unit), options.glossary));
      }
    }
  }
  return { units: byArticle, failures, stats, workload, ...(stopped ? { stopped } : {}) };
}

function toSuggestion(match: { source: string; target: string; similarity: number }): Suggestion {
  return { source: match.source, target: match.target, similarity: match.similarity, origin: 'tm' };
}

function groupBySourceLang(prepared: readonly PreparedArticle[]): Map<LanguageTag, PreparedArticle[]> {
  const groups = new Map<LanguageTag, PreparedArticle[]>();
  for (const item of prepared) groups.set(item.article.lang, [...(groups.get(item.article.lang) ?? []), item]);
  return groups;
}
