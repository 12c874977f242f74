/**
 * The embargo policy: a story embargoed until a moment still to come goes only to the engines the
 * newsroom allows (`wire-l10n.json` `embargo.engines`; offline ones by default). The others never
 * see its text: its units are filled from reviewed work, the translation memory and the MT cache
 * (none of which sends anything) and otherwise stay untranslated, unbilled, until the embargo
 * lifts; the report says until when.
 */
import type { Article } from '../model.js';
import type { Store } from '../store/store.js';
import type { PreparedArticle } from './prepare.js';
import { translateArticles, type TranslateOptions, type TranslatedArticles } from './translate.js';

/** Engines an embargoed story may go to when the configuration does not say: those that send nothing anywhere. */
export const defaultEmbargoEngines: readonly string[] = ['none', 'pseudo'];

/** The moment the story's embargo lifts when it keeps the story from `engine` at `now` (ms); else undefined. */
export function embargoHold(article: Pick<Article, 'embargoedUntil'>, engine: string, allowed: readonly string[], now: number): string | undefined {
  const until = article.embargoedUntil;
  if (until === undefined || allowed.includes(engine)) return undefined;
  return Date.parse(until) > now ? until : undefined;
}

/**
 * Fills the units of every story as translateArticles does, except that the engine is never sent
 * the stories in `held` (by id): theirs are filled from what needs no request.
 */
export async function translateHeldApart(
  prepared: readonly PreparedArticle[],
  held: ReadonlyMap<string, string>,
  store: Store,
  options: TranslateOptions,
): Promise<TranslatedArticles> {
  const free = prepared.filter(({ article }) => !held.has(article.id));
  if (free.length === prepared.length) return translateArticles(prepared, store, options);
  const sent = await translateArticles(free, store, options);
  // Nothing of theirs is planned or sent: no dispatcher events, and their workload is not the job's.
  const { dispatch: _dispatch, memory: _memory, ...quiet } = options;
  const kept = await translateArticles(
    prepared.filter(({ article }) => held.has(article.id)),
    store,
    { ...quiet, send: false },
  );
  return {
    units: new Map([...sent.units, ...kept.units]),
    failures: sent.failures,
    stats: {
      ...sent.stats,
      fromLedger: sent.stats.fromLedger + kept.stats.fromLedger,
      fromTm: sent.stats.fromTm + kept.stats.fromTm,
      fromCache: sent.stats.fromCache + kept.stats.fromCache,
    },
    workload: sent.workload,
    ...(sent.stopped ? { stopped: sent.stopped } : {}),
  };
}
