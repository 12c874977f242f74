/**
 * Fuzzy TM search in PostgreSQL: the word index (`tm_word`, `tm_entry_word`) gives the candidates,
 * `../fuzzy-candidates.ts` chooses and scores them, so the matches are SQLite's for the same
 * entries. Four round trips: the query's words, the probe words' entries, the candidates' rows.
 */
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
import type { Query } from './transaction-gate.js';

const ACTION = 'searching the translation memory';
const IN_WINDOW = 'tm_entry.source_lang = $1 AND tm_entry.target_lang = $2 AND tm_entry.token_count BETWEEN $3 AND $4';

// Each probe word's entries, newest first and at most the cap per word, in probe order: the
// sequence SQLite's loop reads (the LIMIT ends each word's walk early).
const BY_WORD = `SELECT posting.entry_id AS id
  FROM unnest($5::bigint[]) WITH ORDINALITY AS probe(word_id, n)
  CROSS JOIN LATERAL (
    SELECT entry_id FROM tm_entry_word JOIN tm_entry ON tm_entry.id = tm_entry_word.entry_id
    WHERE tm_entry_word.word_id = probe.word_id AND ${IN_WINDOW}
    ORDER BY entry_id DESC LIMIT ${FUZZY_MAX_CANDIDATES}
  ) AS posting
  ORDER BY probe.n, posting.entry_id DESC`;
// Queries of mostly punctuation: the entries closest in length, newest first.
const BY_LENGTH = `SELECT id FROM tm_entry WHERE ${IN_WINDOW}
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
    const ids =
      probe === undefined
        ? (await query<{ id: number }>(ACTION, BY_LENGTH, [...windowValues(plan.window), plan.tokens.length])).rows.map((row) => row.id)
        : firstCandidates((await query<{ id: number }>(ACTION, BY_WORD, [...windowValues(plan.window), probe])).rows.map((row) => row.id));
    const candidates = await query<CandidateRow>(
      ACTION,
      'SELECT source, source_norm AS "sourceNorm", target, origin FROM tm_entry WHERE id = ANY ($1::bigint[])',
      [ids],
    );
    return rankedMatches(plan, candidates.rows);
  };
}
