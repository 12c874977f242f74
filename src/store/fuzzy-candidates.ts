/**
 * The pure part of fuzzy TM search, shared by the adapters (`sqlite/fuzzy-search.ts`,
 * `postgres/fuzzy-search.ts`), so both return the same matches for the same entries: a word index
 * narrows ~100k entries to a few candidates that *can* reach the threshold, then JS scores them
 * exactly (src/leverage/similarity.ts). The narrowing is lossless: it only drops entries that
 * provably score below the threshold. At most FUZZY_MAX_CANDIDATES are scored, the likeliest first.
 *
 * An adapter's search: `fuzzyPlan`; look up `plan.words` in the word index; `probeWords`; then
 * each probe word's entries in the plan's window, newest first, through `firstCandidates` (or, with
 * no probe, the entries closest in length, newest first); read those candidates; `rankedMatches`.
 * (PostgreSQL makes firstCandidates' choice in its query, to send only the chosen rows.)
 */
import {
  boundedEditDistance,
  distanceLimit,
  fuzzyBounds,
  fuzzyTokens,
  isWordToken,
  sharedTokenCount,
  tokenCounts,
} from '../leverage/similarity.js';
import type { LanguageTag } from '../model.js';
import { normalizeText } from '../util/hash.js';
import type { TmMatch } from './store.js';

export interface FuzzyQuery {
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly source: string;
  readonly threshold: number;
  readonly limit: number;
}

/** A word of the index: its id and how many entries hold it. */
export interface WordRow {
  readonly word: string;
  readonly id: number;
  readonly entries: number;
}

export interface CandidateRow {
  readonly source: string;
  readonly sourceNorm: string;
  readonly target: string;
  readonly origin: TmMatch['origin'];
}

/** The entries a match can be among: the language pair and the token counts the threshold allows. */
export interface LengthWindow {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly minLength: number;
  readonly maxLength: number;
}

export interface FuzzyPlan {
  readonly query: FuzzyQuery;
  readonly tokens: readonly string[];
  readonly window: LengthWindow;
  /** The distinct word tokens of the query, to look up in the word index. */
  readonly words: readonly string[];
  /** How many query tokens a match may miss. */
  readonly allowedMisses: number;
}

/**
 * Most candidates scored for one query. A memory of many near-identical entries made every one a
 * candidate (365,000 entries: 3 s and 700 MB per segment). Candidates are gathered word by word,
 * rarest probe word first and newest entry first within a word, until there are this many: below
 * it the search is lossless; past it, the entries holding the query's rarer words are scored.
 */
export const FUZZY_MAX_CANDIDATES = 2_000;

/** What to look for, or undefined when the query has no token (nothing can match). */
export function fuzzyPlan(query: FuzzyQuery): FuzzyPlan | undefined {
  const tokens = fuzzyTokens(query.source);
  if (tokens.length === 0) return undefined;
  const bounds = fuzzyBounds(tokens.length, query.threshold);
  return {
    query,
    tokens,
    window: { sourceLang: query.sourceLang, targetLang: query.targetLang, minLength: bounds.minLength, maxLength: bounds.maxLength },
    words: [...new Set(tokens.filter(isWordToken))],
    allowedMisses: tokens.length - bounds.minShared,
  };
}

/**
 * The ids of the fewest, rarest query words one of which every good candidate contains, or
 * `undefined` when words cannot narrow the search (a query made mostly of punctuation). `known`:
 * the rows of the plan's words that the index holds.
 *
 * Why it is lossless: a candidate reaching the threshold misses at most `allowedMisses` of the
 * query's tokens, so it contains at least one word of any set of query words that accounts for
 * more than `allowedMisses` tokens. Words the TM has never seen count towards the set for free:
 * they cannot bring candidates.
 */
export function probeWords(plan: FuzzyPlan, known: readonly WordRow[]): number[] | undefined {
  const occurrences = tokenCounts(plan.tokens.filter(isWordToken));
  const byWord = new Map(known.map((row) => [row.word, row]));
  const rarity = (word: string): number => byWord.get(word)?.entries ?? 0;
  const byRarity = [...occurrences.keys()].sort((a, b) => rarity(a) - rarity(b) || compare(a, b));
  const probe: number[] = [];
  let covered = 0;
  for (const word of byRarity) {
    if (covered > plan.allowedMisses) break;
    covered += occurrences.get(word)!;
    const row = byWord.get(word);
    if (row) probe.push(row.id);
  }
  return covered > plan.allowedMisses ? probe : undefined;
}

/** The first FUZZY_MAX_CANDIDATES distinct ids, in the order given; stops reading there. */
export function firstCandidates(ids: Iterable<number>): number[] {
  const chosen = new Set<number>();
  for (const id of ids) {
    if (chosen.size === FUZZY_MAX_CANDIDATES) break;
    chosen.add(id);
  }
  return [...chosen];
}

/** The candidates reaching the threshold, best first, one per source and target, at most `limit`. */
export function rankedMatches(plan: FuzzyPlan, candidates: readonly CandidateRow[]): TmMatch[] {
  const { source, threshold, limit } = plan.query;
  return rank(scoreCandidates(plan.tokens, normalizeText(source), candidates, threshold), limit);
}

interface ScoredMatch extends TmMatch {
  readonly sourceNorm: string;
}

function scoreCandidates(
  query: readonly string[],
  queryNorm: string,
  candidates: readonly CandidateRow[],
  threshold: number,
): ScoredMatch[] {
  const queryCounts = tokenCounts(query);
  const matches: ScoredMatch[] = [];
  for (const candidate of candidates) {
    const tokens = fuzzyTokens(candidate.sourceNorm);
    const longer = Math.max(query.length, tokens.length);
    const limit = distanceLimit(query.length, tokens.length, threshold);
    if (longer - sharedTokenCount(queryCounts, tokens) > limit) continue;
    const distance = boundedEditDistance(query, tokens, limit);
    if (distance === undefined) continue;
    let similarity = ((longer - distance) * 100) / longer;
    // 100 is kept for exact matches: a source differing only in case or quotes is not one.
    if (similarity === 100 && candidate.sourceNorm !== queryNorm) similarity = 99;
    if (similarity < threshold) continue;
    matches.push({
      source: candidate.source,
      sourceNorm: candidate.sourceNorm,
      target: candidate.target,
      similarity,
      inContext: false,
      origin: candidate.origin,
    });
  }
  return matches;
}

/**
 * Best first; ties by source, target, origin (`human` first), then the source as written, all in
 * code-unit order so that no row order or locale shows through. One match per source and target.
 */
function rank(matches: ScoredMatch[], limit: number): TmMatch[] {
  matches.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      compare(a.sourceNorm, b.sourceNorm) ||
      compare(a.target, b.target) ||
      compare(a.origin, b.origin) ||
      compare(a.source, b.source),
  );
  const seen = new Set<string>();
  const ranked: TmMatch[] = [];
  for (const { sourceNorm, ...match } of matches) {
    const key = `${sourceNorm}\u0000${match.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push(match);
    if (ranked.length === limit) break;
  }
  return ranked;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
