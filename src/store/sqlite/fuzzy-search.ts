/**
 * Fuzzy TM search: a word index narrows ~100k entries to a few candidates that *can* reach the
 * threshold, then JS scores them exactly (src/leverage/similarity.ts). The narrowing is lossless:
 * it only drops entries that provably score below the threshold. At most FUZZY_MAX_CANDIDATES
 * are scored, the likeliest first.
 */
import type { Database } from 'better-sqlite3';
import {
  boundedEditDistance,
  distanceLimit,
  fuzzyBounds,
  fuzzyTokens,
  isWordToken,
  sharedTokenCount,
  tokenCounts,
} from '../../leverage/similarity.js';
import type { LanguageTag } from '../../model.js';
import { normalizeText } from '../../util/hash.js';
import type { TmMatch } from '../store.js';

export interface FuzzyQuery {
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly source: string;
  readonly threshold: number;
  readonly limit: number;
}

interface WordRow {
  readonly word: string;
  readonly id: number;
  readonly entries: number;
}

interface CandidateRow {
  readonly source: string;
  readonly sourceNorm: string;
  readonly target: string;
  readonly origin: TmMatch['origin'];
}

interface LengthWindow {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly minLength: number;
  readonly maxLength: number;
}

const CANDIDATE_COLUMNS = 'source, source_norm AS sourceNorm, target, origin';
const IN_WINDOW = 'source_lang = @sourceLang AND target_lang = @targetLang AND token_count BETWEEN @minLength AND @maxLength';

/**
 * Most candidates scored for one query. A memory of many near-identical entries made every one a
 * candidate (365,000 entries: 3 s and 700 MB per segment). Candidates are gathered word by word,
 * rarest probe word first and newest entry first within a word, until there are this many: below
 * it the search is lossless; past it, the entries holding the query's rarer words are scored.
 */
export const FUZZY_MAX_CANDIDATES = 2_000;

export type FuzzySearch = (query: FuzzyQuery) => TmMatch[];

export function sqliteFuzzySearch(db: Database): FuzzySearch {
  const selectWords = db.prepare<[string], WordRow>(
    'SELECT word, id, entries FROM tm_word WHERE word IN (SELECT value FROM json_each(?))',
  );
  // One word's postings, newest first, in the length window; the LIMIT ends the walk early, so a
  // word held by every entry costs no more than a rare one.
  const selectByWord = db.prepare<[LengthWindow & { wordId: number; cap: number }], number>(
    `SELECT entry_id FROM tm_entry_word CROSS JOIN tm_entry ON tm_entry.id = tm_entry_word.entry_id
     WHERE word_id = @wordId AND ${IN_WINDOW}
     ORDER BY entry_id DESC LIMIT @cap`,
  ).pluck();
  // Queries of mostly punctuation: the entries closest in length, newest first.
  const selectByLength = db.prepare<[LengthWindow & { queryLength: number; cap: number }], number>(
    `SELECT id FROM tm_entry WHERE ${IN_WINDOW}
     ORDER BY MIN(token_count, @queryLength) * 1.0 / MAX(token_count, @queryLength) DESC, id DESC LIMIT @cap`,
  ).pluck();
  const selectCandidates = db.prepare<[string], CandidateRow>(
    `SELECT ${CANDIDATE_COLUMNS} FROM tm_entry WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const candidateIds = (probe: readonly number[], window: LengthWindow): number[] => {
    const ids = new Set<number>();
    for (const wordId of probe) {
      for (const id of selectByWord.all({ ...window, wordId, cap: FUZZY_MAX_CANDIDATES })) {
        if (ids.size === FUZZY_MAX_CANDIDATES) return [...ids];
        ids.add(id);
      }
    }
    return [...ids];
  };

  return (query) => {
    const tokens = fuzzyTokens(query.source);
    if (tokens.length === 0) return [];
    const bounds = fuzzyBounds(tokens.length, query.threshold);
    const window: LengthWindow = {
      sourceLang: query.sourceLang,
      targetLang: query.targetLang,
      minLength: bounds.minLength,
      maxLength: bounds.maxLength,
    };
    const probe = probeWords(tokens, tokens.length - bounds.minShared, (words) =>
      selectWords.all(JSON.stringify(words)),
    );
    let ids: number[];
    if (probe === undefined) ids = selectByLength.all({ ...window, queryLength: tokens.length, cap: FUZZY_MAX_CANDIDATES });
    else if (probe.length === 0) return [];
    else ids = candidateIds(probe, window);
    const candidates = selectCandidates.all(JSON.stringify(ids));
    return rank(scoreCandidates(tokens, normalizeText(query.source), candidates, query.threshold), query.limit);
  };
}

/**
 * The ids of the fewest, rarest query words one of which every good candidate contains, or
 * `undefined` when words cannot narrow the search (a query made mostly of punctuation).
 *
 * Why it is lossless: a candidate reaching the threshold misses at most `allowedMisses` of the
 * query's tokens, so it contains at least one word of any set of query words that accounts for
 * more than `allowedMisses` tokens. Words the TM has never seen count towards the set for free:
 * they cannot bring candidates.
 */
function probeWords(
  tokens: readonly string[],
  allowedMisses: number,
  lookUp: (words: string[]) => WordRow[],
): number[] | undefined {
  const occurrences = tokenCounts(tokens.filter(isWordToken));
  const known = new Map(lookUp([...occurrences.keys()]).map((row) => [row.word, row]));
  const rarity = (word: string): number => known.get(word)?.entries ?? 0;
  const byRarity = [...occurrences.keys()].sort((a, b) => rarity(a) - rarity(b) || compare(a, b));
  const probe: number[] = [];
  let covered = 0;
  for (const word of byRarity) {
    if (covered > allowedMisses) break;
    covered += occurrences.get(word)!;
    const row = known.get(word);
    if (row) probe.push(row.id);
  }
  return covered > allowedMisses ? probe : undefined;
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
