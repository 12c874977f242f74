/**
 * glossary-sync — the termbase as DeepL glossaries, reused while it is unchanged.
 *
 * Takes: a deepl-node client, the termbase, the target languages.
 * Returns: the glossary id per target language, what was done, and what was deleted.
 * Does: one v3 multilingual glossary named `wire-l10n <first 12 hex of the termbase hash>` with an
 *   en→<lang> dictionary per target language. One list request finds it: when a glossary of that
 *   name has every dictionary with the expected entry count, it is reused and nothing else is sent.
 *   When it lacks a dictionary (a language added) or one has another size (the entry rules
 *   changed), those dictionaries are replaced with PUT (which replaces; PATCH would merge, and a
 *   removed term would linger). When there is none, a glossary is created. A changed termbase has
 *   another hash, so another glossary: the old one stays for runs still on the old termbase until
 *   `prune`. Where /v3/glossaries answers 404, v2 is used: one glossary per language pair, named
 *   `wire-l10n <hash> en-fr`, with the same reuse; v2 glossaries cannot be edited, so a misfit is
 *   replaced by a new one.
 * Options: `prune` deletes every glossary with one of our names that is not in use now: stale
 *   hashes, and duplicates left by two syncs racing. Glossaries named otherwise are never touched.
 *   Without it nothing is deleted. With it, a create refused for the account's glossary limit
 *   (DeepL: 1,000; 1 on the Free plan) deletes the stale ones first and tries once more.
 * Limitations:
 * - A glossary is a strong hint, not a guarantee: term compliance is still checked after
 *   translation.
 * - v2 fallback costs two list requests (the v3 probe, then v2).
 * - Reuse compares names and entry counts, not entries: a glossary edited by hand in DeepL under
 *   our name with the same count is not noticed.
 * - deepl-node's retries are off, as for the engine: each request goes through the caller's retry
 *   layer (`retrying`: a job passes the dispatcher's, so 429s, server errors and time-outs are
 *   retried as translate requests are); without one, one attempt each. Running a sync again is safe.
 * - A create that timed out may have been made all the same: its retry then makes a second glossary
 *   of that name; later syncs reuse the oldest, and `prune` deletes the other.
 */
import { createDeepLClient } from './client.js';
import { DeepLClient, GlossaryNotFoundError, type GlossaryInfo, type LanguageCode, type MultilingualGlossaryInfo } from 'deepl-node';
import type { Glossary, LanguageTag } from '../../../model.js';
import { singleAttempt, type RequestRunner } from '../../retry.js';
import type { DeepLEngineConfig } from './config.js';
import type { DroppedGlossaryEntry } from './glossary-entries.js';
import {
  classifyGlossaryFailure,
  glossaryCallFailure,
  glossaryLimitError,
  isGlossaryLimitFailure,
  isMultilingualApiMissing,
  type GlossaryCounts,
} from './glossary-failures.js';
import {
  isOurGlossaryName,
  multilingualGlossaryName,
  oldestFirst,
  pairGlossaryName,
  planGlossary,
  sameLanguage,
  toGlossaryEntries,
  type DictionaryPlan,
  type GlossaryPlan,
} from './glossary-plan.js';

export { DeepLGlossaryError, type GlossarySyncFailureKind } from './glossary-failures.js';
export { glossaryEntriesFor, type DeepLDictionaryEntries, type DeepLGlossaryEntry, type DroppedGlossaryEntry } from './glossary-entries.js';

/** The deepl-node calls sync makes; a `DeepLClient` has them all. */
export type GlossaryClient = Pick<
  DeepLClient,
  | 'listMultilingualGlossaries'
  | 'createMultilingualGlossary'
  | 'replaceMultilingualGlossaryDictionary'
  | 'deleteMultilingualGlossary'
  | 'listGlossaries'
  | 'createGlossary'
  | 'deleteGlossary'
>;

export interface GlossarySyncOptions {
  /** Delete our glossaries not in use now. @default false */
  readonly prune?: boolean;
  /** Removed from every error message: the API key. */
  readonly secrets?: readonly string[];
  /** The retry layer each request goes through. @default one attempt */
  readonly retrying?: RequestRunner;
}

/**
 * - `reused`: found as it should be, nothing sent but the list;
 * - `updated`: v3 only, the glossary of this termbase got missing or misfit dictionaries replaced;
 * - `created`: a new glossary (v2: at least one);
 * - `none`: the termbase has no entry for any requested language, so there is no glossary.
 */
export type GlossarySyncAction = 'reused' | 'updated' | 'created' | 'none';

export interface GlossarySyncResult {
  readonly api: 'v3' | 'v2';
  readonly action: GlossarySyncAction;
  /** The glossary to send per requested target language; a language without entries has none. */
  readonly glossaryIds: Readonly<Record<LanguageTag, string>>;
  /** Entries per requested target language, 0 included. */
  readonly entryCounts: Readonly<Record<LanguageTag, number>>;
  /** Glossary names in use: one for v3, one per language for v2. */
  readonly names: readonly string[];
  /** Source forms of the termbase not sent, with why. */
  readonly dropped: readonly DroppedGlossaryEntry[];
  /** Ids of the glossaries deleted (only with `prune`). */
  readonly deleted: readonly string[];
}

/** Makes DeepL hold the glossary for `glossary` and `targetLangs`, creating it only when needed. */
export async function syncDeepLGlossary(
  client: GlossaryClient,
  glossary: Glossary,
  targetLangs: readonly LanguageTag[],
  options: GlossarySyncOptions = {},
): Promise<GlossarySyncResult> {
  const plan = planGlossary(glossary, targetLangs);
  const sync: SyncContext = {
    client,
    plan,
    prune: options.prune === true,
    secrets: options.secrets ?? [],
    retrying: options.retrying ?? singleAttempt,
    counts: { onAccount: 0, ours: 0 },
  };
  let listed: MultilingualGlossaryInfo[] | undefined;
  const doing = 'listing glossaries (v3)';
  try {
    listed = await send(sync, doing, () => client.listMultilingualGlossaries());
  } catch (error) {
    if (!isMultilingualApiMissing(error)) throw glossaryCallFailure(error, doing, sync.secrets);
  }
  return listed === undefined ? syncPairGlossaries(sync) : syncMultilingualGlossary(sync, listed);
}

/**
 * For a job about to translate: the glossary ids to put in `DeepLEngineConfig.glossaryIds`. Never
 * deletes anything (other jobs may still use an older glossary). Fails with a `DeepLGlossaryError`.
 */
export async function ensureDeepLGlossary(
  config: DeepLEngineConfig,
  glossary: Glossary,
  targetLangs: readonly LanguageTag[],
  retrying: RequestRunner = singleAttempt,
): Promise<Readonly<Record<LanguageTag, string>>> {
  const result = await syncDeepLGlossary(createDeepLClient(config), glossary, targetLangs, { secrets: [config.authKey], retrying });
  return result.glossaryIds;
}


interface SyncContext {
  readonly client: GlossaryClient;
  readonly plan: GlossaryPlan;
  readonly prune: boolean;
  readonly secrets: readonly string[];
  readonly retrying: RequestRunner;
  /** Kept current through creates and deletes, for the glossary-limit message. */
  readonly counts: GlossaryCounts;
}

/** A listed glossary, v2 or v3, as pruning sees it. */
interface ListedGlossary {
  readonly glossaryId: string;
  readonly name: string;
}

async function syncMultilingualGlossary(sync: SyncContext, listed: readonly MultilingualGlossaryInfo[]): Promise<GlossarySyncResult> {
  const { client, plan } = sync;
  const name = multilingualGlossaryName(plan);
  const ours = listed.filter((glossary) => isOurGlossaryName(glossary.name));
  Object.assign(sync.counts, { onAccount: listed.length, ours: ours.length });
  const remove = (id: string) => client.deleteMultilingualGlossary(id);
  const base = { api: 'v3' as const, entryCounts: plan.entryCounts, dropped: plan.dropped };
  if (plan.dictionaries.length === 0) {
    return { ...base, action: 'none', glossaryIds: {}, names: [], deleted: await prune(sync, ours, new Set(), remove) };
  }

  const named = ours.filter((glossary) => glossary.name === name).sort(oldestFirst);
  const fitting = named.find((glossary) => plan.dictionaries.every((dictionary) => holds(glossary, dictionary)));
  let inUse = fitting ?? named[0];
  let action: GlossarySyncAction = 'reused';
  const deleted: string[] = [];
  if (inUse !== undefined && fitting === undefined) {
    const target = inUse;
    for (const dictionary of plan.dictionaries.filter((wanted) => !holds(target, wanted))) {
      await call(sync, `replacing the ${dictionary.sourceLangCode}→${dictionary.targetLangCode} dictionary of glossary "${name}"`, () =>
        client.replaceMultilingualGlossaryDictionary(target, {
          sourceLangCode: dictionary.sourceLangCode,
          targetLangCode: dictionary.targetLangCode,
          entries: toGlossaryEntries(dictionary.entries),
        }),
      );
    }
    action = 'updated';
  }
  if (inUse === undefined) {
    const dictionaries = plan.dictionaries.map((dictionary) => ({
      sourceLangCode: dictionary.sourceLangCode,
      targetLangCode: dictionary.targetLangCode,
      entries: toGlossaryEntries(dictionary.entries),
    }));
    inUse = await createWithRoom(sync, `creating glossary "${name}"`, () => client.createMultilingualGlossary(name, dictionaries), {
      stale: ours,
      remove,
      deleted,
      createdMeanwhile: async () =>
        (await call(sync, 'listing glossaries (v3)', () => client.listMultilingualGlossaries()))
          .filter((glossary) => glossary.name === name && plan.dictionaries.every((dictionary) => holds(glossary, dictionary)))
          .sort(oldestFirst)[0],
    });
    action = 'created';
  }
  const id = inUse.glossaryId;
  const rest = ours.filter((glossary) => !deleted.includes(glossary.glossaryId));
  deleted.push(...(await prune(sync, rest, new Set([id]), remove)));
  const glossaryIds = Object.fromEntries(plan.dictionaries.map((dictionary) => [dictionary.targetLang, id]));
  return { ...base, action, glossaryIds, names: [name], deleted };
}

async function syncPairGlossaries(sync: SyncContext): Promise<GlossarySyncResult> {
  const { client, plan } = sync;
  const listed = await call(sync, 'listing glossaries (v2)', () => client.listGlossaries());
  const ours = listed.filter((glossary) => isOurGlossaryName(glossary.name));
  Object.assign(sync.counts, { onAccount: listed.length, ours: ours.length });
  const remove = (id: string) => client.deleteGlossary(id);

  // Reuse decided for every language first, so that making room never deletes one about to be reused.
  const reused = new Map<DictionaryPlan, GlossaryInfo>();
  for (const dictionary of plan.dictionaries) {
    const name = pairGlossaryName(plan, dictionary);
    const fitting = ours.filter((glossary) => glossary.name === name && fitsPair(glossary, dictionary)).sort(oldestFirst)[0];
    if (fitting !== undefined) reused.set(dictionary, fitting);
  }
  const inUse = new Set([...reused.values()].map((glossary) => glossary.glossaryId));
  const glossaryIds: Record<LanguageTag, string> = {};
  const deleted: string[] = [];
  for (const dictionary of plan.dictionaries) {
    let glossary = reused.get(dictionary);
    if (glossary === undefined) {
      const name = pairGlossaryName(plan, dictionary);
      const entries = toGlossaryEntries(dictionary.entries);
      // deepl-node's code union is a closed list; any base code goes through and DeepL judges it.
      const [source, target] = [dictionary.sourceLangCode as LanguageCode, dictionary.targetLangCode as LanguageCode];
      glossary = await createWithRoom(sync, `creating glossary "${name}"`, () => client.createGlossary(name, source, target, entries), {
        stale: ours.filter((candidate) => !inUse.has(candidate.glossaryId)),
        remove,
        deleted,
        createdMeanwhile: async () =>
          (await call(sync, 'listing glossaries (v2)', () => client.listGlossaries()))
            .filter((candidate) => candidate.name === name && fitsPair(candidate, dictionary))
            .sort(oldestFirst)[0],
      });
      inUse.add(glossary.glossaryId);
    }
    glossaryIds[dictionary.targetLang] = glossary.glossaryId;
  }
  const rest = ours.filter((glossary) => !deleted.includes(glossary.glossaryId));
  deleted.push(...(await prune(sync, rest, inUse, remove)));
  const created = plan.dictionaries.some((dictionary) => !reused.has(dictionary));
  return {
    api: 'v2',
    action: plan.dictionaries.length === 0 ? 'none' : created ? 'created' : 'reused',
    glossaryIds,
    entryCounts: plan.entryCounts,
    names: plan.dictionaries.map((dictionary) => pairGlossaryName(plan, dictionary)),
    dropped: plan.dropped,
    deleted,
  };
}

/** The v3 glossary has this dictionary with the expected number of entries. */
function holds(glossary: MultilingualGlossaryInfo, dictionary: DictionaryPlan): boolean {
  return glossary.dictionaries.some(
    (held) =>
      sameLanguage(held.sourceLangCode, dictionary.sourceLangCode) &&
      sameLanguage(held.targetLangCode, dictionary.targetLangCode) &&
      held.entryCount === dictionary.entries.length,
  );
}

function fitsPair(glossary: GlossaryInfo, dictionary: DictionaryPlan): boolean {
  return (
    sameLanguage(glossary.sourceLang, dictionary.sourceLangCode) &&
    sameLanguage(glossary.targetLang, dictionary.targetLangCode) &&
    glossary.entryCount === dictionary.entries.length
  );
}

interface Room<C> {
  /** Ours and not in use: what may go to make room. */
  readonly stale: readonly ListedGlossary[];
  readonly remove: (id: string) => Promise<void>;
  /** Receives the ids deleted to make room. */
  readonly deleted: string[];
  /**
   * The glossary another process created under the same name since the listing, if any: workers
   * starting together each find none and create one, and on a Free account (one glossary) the
   * second create is refused although what it wanted is there.
   */
  readonly createdMeanwhile: () => Promise<C | undefined>;
}

/**
 * Creates; refused for the glossary limit, takes the same glossary if another process has just
 * created it, else, with `prune`, deletes the stale glossaries and tries once more. Creating before deleting keeps the old glossary usable whenever the account has room.
 */
async function createWithRoom<C>(sync: SyncContext, doing: string, create: () => Promise<C>, room: Room<C>): Promise<C> {
  const stale = () => room.stale.filter((glossary) => !room.deleted.includes(glossary.glossaryId));
  try {
    return counted(sync, await send(sync, doing, create));
  } catch (error) {
    if (!isGlossaryLimitFailure(error)) throw glossaryCallFailure(error, doing, sync.secrets);
    const theirs = await room.createdMeanwhile();
    if (theirs !== undefined) return theirs;
    if (!sync.prune || stale().length === 0) throw glossaryLimitError(sync.counts, stale().length);
    room.deleted.push(...(await prune(sync, stale(), new Set(), room.remove)));
  }
  try {
    return counted(sync, await send(sync, doing, create));
  } catch (error) {
    if (isGlossaryLimitFailure(error)) throw glossaryLimitError(sync.counts, 0);
    throw glossaryCallFailure(error, doing, sync.secrets);
  }
}

function counted<C>(sync: SyncContext, created: C): C {
  sync.counts.onAccount += 1;
  sync.counts.ours += 1;
  return created;
}

/** With `prune`, deletes each of `ours` not in `keep`; returns the ids deleted. */
async function prune(sync: SyncContext, ours: readonly ListedGlossary[], keep: ReadonlySet<string>, remove: (id: string) => Promise<void>): Promise<string[]> {
  if (!sync.prune) return [];
  const deleted: string[] = [];
  for (const glossary of ours) {
    if (keep.has(glossary.glossaryId)) continue;
    const doing = `deleting glossary "${glossary.name}" (${glossary.glossaryId})`;
    try {
      await send(sync, doing, () => remove(glossary.glossaryId));
      deleted.push(glossary.glossaryId);
      sync.counts.onAccount -= 1;
      sync.counts.ours -= 1;
    } catch (error) {
      // Already gone (another sync pruned it): what was wanted.
      if (error instanceof GlossaryNotFoundError) continue;
      throw glossaryCallFailure(error, doing, sync.secrets);
    }
  }
  return deleted;
}

/**
 * One DeepL request through the retry layer. A failure it does not retry comes back as deepl-node
 * threw it (a 404 or a 456 means something here); one it gave up on, as an `EngineCallError`.
 */
function send<T>(sync: SyncContext, doing: string, request: () => Promise<T>): Promise<T> {
  return sync.retrying(request, (error) => classifyGlossaryFailure(error, doing, sync.secrets));
}

/** One DeepL request through the retry layer; its failure as a `DeepLGlossaryError` naming the step. */
async function call<T>(sync: SyncContext, doing: string, request: () => Promise<T>): Promise<T> {
  try {
    return await send(sync, doing, request);
  } catch (error) {
    throw glossaryCallFailure(error, doing, sync.secrets);
  }
}
