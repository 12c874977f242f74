/**
 * Fuzzy TM search in PostgreSQL: the word index (`tm_word`, `tm_entry_word`) gives the candidates,
 * `../fuzzy-candidates.ts` chooses and scores them, so the matches are SQLite's for the same
 * entries. Two round trips: the query's words, then the chosen candidates' rows.
 */
import {
  type CandidateRow,
  FUZZY_MAX_CANDIDATES,
  type FuzzyQuery,
  fuzzyPlan,
  type LengthWindow,
  probeWords,
  rankedMatches,
  type WordRow,
} from '../fuzzy-candidates.js';
import type { TmMatch } from '../store.js';
import type { Query } from './transaction-gate.js';

const ACTION = 'searching the translation memory';
const IN_WINDOW = 'tm_entry.source_lang = $1 AND tm_entry.target_lang = $2 AND tm_entry.token_count BETWEEN $3 AND $4';
const CANDIDATE_COLUMNS = 'source, source_norm AS "sourceNorm", target, origin';

// The candidates firstCandidates would choose, read in the same statement: each probe word's
// entries, newest first and at most the cap per word, in probe order; of that sequence, the first
// FUZZY_MAX_CANDIDATES distinct entries (an entry's first place is its earliest probe word, then
// newest first), so the server sends the chosen rows only.
const BY_WORD = `WITH posting AS (
    SELECT probe.n, hit.entry_id
    FROM unnest($5::bigint[]) WITH ORDINALITY AS probe(word_id, n)
    CROSS JOIN LATERAL (
      SELECT entry_id FROM tm_entry_word JOIN tm_entry ON tm_entry.id = tm_entry_word.entry_id
      WHERE tm_entry_word.word_id = probe.word_id AND ${IN_WINDOW}
      ORDER BY entry_id DESC LIMIT ${FUZZY_MAX_CANDIDATES}
    ) AS hit
  ), chosen AS (
    SELECT entry_id FROM posting GROUP BY entry_id ORDER BY min(n), entry_id DESC LIMIT ${FUZZY_MAX_CANDIDATES}
  )
  SELECT ${CANDIDATE_COLUMNS} FROM chosen JOIN tm_entry ON tm_entry.id = chosen.entry_id`;
// Queries of mostly punctuation: the entries closest in length, newest first.
const BY_LENGTH = `SELECT ${CANDIDATE_COLUMNS} FROM tm_entry WHERE ${IN_WINDOW}
  ORDER BY LEAST(token_count, $5)::float8 / GREATEST(token_count, $5) DESC, id DESC LIMIT ${FUZZY_MAX_CANDIDATES}`;

export function postgresFuzzySearch(query: Query): (search: FuzzyQuery) => Promise<TmMatch[]> {
  const windowValues = (window: LengthWindow): unknown[] => [window.sourceLang, window.targetLang, window.minLength, window.maxLength];
  return async (search) => {
    const plan = fuzzyPlan(search);
    if (plan === undefined) return [];
    const words = await query<WordRow>(
      ACTION,
      'SELECT word, id, entries FROM tm_word WHERE md5(word) = ANY (SELECT md5(w) FROM unnest($1::text[]) AS w) AND word = ANY ($1::text[])',
      [plan.words],
    );
    const probe = probeWords(plan, words.rows);
    if (probe !== undefined && probe.length === 0) return [];
    const candidates =
      probe === undefined
        ? await query<CandidateRow>(ACTION, BY_LENGTH, [...windowValues(plan.window), plan.tokens.length])
        : await query<CandidateRow>(ACTION, BY_WORD, [...windowValues(plan.window), probe]);
    return rankedMatches(plan, candidates.rows);
  };
}
