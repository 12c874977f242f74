/**
 * Fuzzy TM search in SQLite: the word index (`tm_word`, `tm_entry_word`) gives the candidates,
 * `../fuzzy-candidates.ts` chooses and scores them. Runs synchronously, as one store call.
 */
import type { Database } from 'better-sqlite3';
import {
  type CandidateRow,
  firstCandidates,
  FUZZY_MAX_CANDIDATES,
  type FuzzyQuery,
  fuzzyPlan,
  type LengthWindow,
  probeWords,
  rankedMatches,
  type WordRow,
} from '../fuzzy-candidates.js';
import type { TmMatch } from '../store.js';

const CANDIDATE_COLUMNS = 'source, source_norm AS sourceNorm, target, origin';
const IN_WINDOW = 'source_lang = @sourceLang AND target_lang = @targetLang AND token_count BETWEEN @minLength AND @maxLength';

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
  // Word by word, so that the words after the cap is reached are never read.
  function* postings(probe: readonly number[], window: LengthWindow): Generator<number> {
    for (const wordId of probe) yield* selectByWord.all({ ...window, wordId, cap: FUZZY_MAX_CANDIDATES });
  }

  return (query) => {
    const plan = fuzzyPlan(query);
    if (plan === undefined) return [];
    const probe = probeWords(plan, selectWords.all(JSON.stringify(plan.words)));
    let ids: number[];
    if (probe === undefined) ids = selectByLength.all({ ...plan.window, queryLength: plan.tokens.length, cap: FUZZY_MAX_CANDIDATES });
    else if (probe.length === 0) return [];
    else ids = firstCandidates(postings(probe, plan.window));
    return rankedMatches(plan, selectCandidates.all(JSON.stringify(ids)));
  };
}
