/** The translation memory in PostgreSQL: entries, their word index, exact and fuzzy lookups. */
import { resolveFuzzyOptions } from '../../leverage/fuzzy-options.js';
import { fuzzyTokens, isWordToken } from '../../leverage/similarity.js';
import { keysetPages, PAGE_SIZE } from '../pages.js';
import type { TmAddResult, TmEntry, TranslationMemory } from '../store.js';
import { checkEntry, type EntryKey, type EntryRow, entryKey, entryRow, exactMatch, lookupKey, tmEntry } from '../tm-rows.js';
import { postgresFuzzySearch } from './fuzzy-search.js';
import type { PostgresGate } from './transaction-gate.js';

const ENTRY_COLUMNS = `source_lang AS "sourceLang", target_lang AS "targetLang", source, source_norm AS "sourceNorm",
  previous_source AS "previousSource", next_source AS "nextSource", target, origin, created_by AS "createdBy", note`;

/** Entries whose words are indexed together (one statement for the words, one for the links). */
const WORD_INDEX_SLICE = 10_000;

/** New entries after which an add refreshes the planner's statistics of the TM tables. */
const ANALYZE_AFTER = 1_000;

/** Entries written by one statement. */
const UPSERT_CHUNK = 1_000;

// Many entries in one statement, in the order given (ids grow with it, as in SQLite: fuzzy search
// prefers the newest). Only a real change counts as an update, so re-importing a file reports it as
// unchanged; xmax is 0 in a row this statement inserted. The key is unique on md5 of the texts.
const UPSERT = `INSERT INTO tm_entry (source_lang, target_lang, source, source_norm, previous_source, next_source,
                      target, origin, created_by, note, token_count)
  SELECT source_lang, target_lang, source, source_norm, previous_source, next_source, target, origin, created_by, note, token_count
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::integer[])
       WITH ORDINALITY AS given (source_lang, target_lang, source, source_norm, previous_source, next_source, target, origin, created_by, note, token_count, n)
  ORDER BY n
  ON CONFLICT (source_lang, target_lang, md5(source_norm), md5(previous_source), md5(next_source)) DO UPDATE SET
    source = excluded.source, target = excluded.target, origin = excluded.origin, created_by = excluded.created_by, note = excluded.note
  WHERE (tm_entry.source, tm_entry.target, tm_entry.origin, tm_entry.created_by, tm_entry.note)
        IS DISTINCT FROM (excluded.source, excluded.target, excluded.origin, excluded.created_by, excluded.note)
  RETURNING id, xmax = 0 AS added, source_lang AS "sourceLang", target_lang AS "targetLang", source_norm AS "sourceNorm",
            previous_source AS "previousSource", next_source AS "nextSource"`;

const COUNT_WORDS = `INSERT INTO tm_word (word, entries) SELECT * FROM unnest($1::text[], $2::integer[])
  ON CONFLICT (md5(word)) DO UPDATE SET entries = tm_word.entries + excluded.entries
  RETURNING id, word`;

// In context first, then an entry without context, then the most recently added.
const EXACT = `SELECT ${ENTRY_COLUMNS} FROM tm_entry
  WHERE source_lang = $1 AND target_lang = $2 AND md5(source_norm) = md5($3) AND source_norm = $3
  ORDER BY ((previous_source || next_source) <> '' AND previous_source = $4 AND next_source = $5) DESC,
           ((previous_source || next_source) = '') DESC,
           id DESC
  LIMIT 1`;

// Pages in the order of the entries' key, each after the last entry read; sorted by the texts
// themselves (no index can hold them whole), COLLATE "C" as SQLite orders them.
const listing = (after: string): string => `SELECT ${ENTRY_COLUMNS} FROM tm_entry
  WHERE ($1::text IS NULL OR source_lang = $1) AND ($2::text IS NULL OR target_lang = $2) ${after}
  ORDER BY source_lang, target_lang, source_norm, previous_source, next_source LIMIT ${PAGE_SIZE}`;
const FIRST_PAGE = listing('');
const PAGE_AFTER = listing('AND (source_lang, target_lang, source_norm, previous_source, next_source) > ($3, $4, $5, $6, $7)');

export function postgresTranslationMemory(gate: PostgresGate): TranslationMemory {
  const { query } = gate;
  const fuzzySearch = postgresFuzzySearch(query);

  /**
   * Adds or updates a chunk of entries with distinct keys in one statement and counts what it did;
   * the new entries' words are noted in `newWords` (word → entry ids).
   */
  const addChunk = async (rows: readonly EntryRow[], result: Record<keyof TmAddResult, number>, newWords: Map<string, number[]>): Promise<void> => {
    const tokens = new Map(rows.map((row) => [keyText(row), fuzzyTokens(row.sourceNorm)]));
    const columns = (['sourceLang', 'targetLang', 'source', 'sourceNorm', 'previousSource', 'nextSource', 'target', 'origin', 'createdBy', 'note'] as const).map(
      (column) => rows.map((row) => row[column]),
    );
    const written = await query<EntryKey & { id: number; added: boolean }>('adding to the translation memory', UPSERT, [
      ...columns,
      rows.map((row) => tokens.get(keyText(row))!.length),
    ]);
    result.unchanged += rows.length - written.rows.length;
    for (const row of written.rows) {
      if (!row.added) {
        result.updated++;
        continue;
      }
      result.added++;
      for (const word of new Set(tokens.get(keyText(row))!.filter(isWordToken))) {
        const entryIds = newWords.get(word);
        if (entryIds) entryIds.push(row.id);
        else newWords.set(word, [row.id]);
      }
    }
  };
  /** Indexes the words of a batch at once; words in one order, so two imports do not deadlock on them. */
  const indexWords = async (newWords: ReadonlyMap<string, readonly number[]>): Promise<void> => {
    if (newWords.size === 0) return;
    const words = [...newWords.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const counted = await query<{ id: number; word: string }>('adding to the translation memory', COUNT_WORDS, [words, words.map((word) => newWords.get(word)!.length)]);
    const wordIds: number[] = [];
    const entryIds: number[] = [];
    for (const { id, word } of counted.rows) {
      for (const entryId of newWords.get(word)!) {
        wordIds.push(id);
        entryIds.push(entryId);
      }
    }
    await query('adding to the translation memory', 'INSERT INTO tm_entry_word (word_id, entry_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])', [wordIds, entryIds]);
  };

  return {
    async add(entries) {
      entries.forEach(checkEntry);
      return gate.transaction(async () => {
        const result = { added: 0, updated: 0, unchanged: 0 };
        let newWords = new Map<string, number[]>();
        let indexed = 0;
        for (const chunk of distinctKeyChunks(entries.map(entryRow))) {
          await addChunk(chunk, result, newWords);
          indexed += chunk.length;
          // Index in slices, so that a large import does not hold every link in memory at once.
          if (indexed >= WORD_INDEX_SLICE) {
            await indexWords(newWords);
            newWords = new Map();
            indexed = 0;
          }
        }
        await indexWords(newWords);
        // Fresh statistics after a large import: without them the planner guessed a new memory
        // empty and drove fuzzy search from the length index (36 ms a query instead of ~2 among
        // 20,000 entries) until autovacuum came by.
        if (result.added >= ANALYZE_AFTER) await query('adding to the translation memory', 'ANALYZE tm_entry, tm_word, tm_entry_word');
        return result;
      });
    },
    async exact(sourceLang, targetLang, source, context = {}) {
      const key = lookupKey(sourceLang, targetLang, source, context);
      const result = await query<EntryRow>('reading the translation memory', EXACT, [key.sourceLang, key.targetLang, key.sourceNorm, key.previousSource, key.nextSource]);
      const row = result.rows[0];
      return row === undefined ? undefined : exactMatch(row, key);
    },
    async fuzzy(sourceLang, targetLang, source, options = {}) {
      return fuzzySearch({ sourceLang: sourceLang.toLowerCase(), targetLang: targetLang.toLowerCase(), source, ...resolveFuzzyOptions(options) });
    },
    async *all(sourceLang, targetLang) {
      const filter = [sourceLang?.toLowerCase() ?? null, targetLang?.toLowerCase() ?? null];
      const rows = keysetPages(async (last: EntryRow | undefined) => {
        if (last === undefined) return (await query<EntryRow>('reading the translation memory', FIRST_PAGE, filter)).rows;
        const key = entryKey(last);
        const after = [key.sourceLang, key.targetLang, key.sourceNorm, key.previousSource, key.nextSource];
        return (await query<EntryRow>('reading the translation memory', PAGE_AFTER, [...filter, ...after])).rows;
      });
      for await (const row of rows) yield tmEntry(row);
    },
    async hasEntries(sourceLang, targetLang) {
      const result = await query('reading the translation memory', 'SELECT 1 FROM tm_entry WHERE source_lang = $1 AND target_lang = $2 LIMIT 1', [sourceLang, targetLang]);
      return result.rows.length > 0;
    },
    async count() {
      const result = await query<{ count: number }>('reading the translation memory', 'SELECT count(*) AS count FROM tm_entry');
      return result.rows[0]?.count ?? 0;
    },
  };
}

/** An entry's key as one string, to find a written row's entry. */
function keyText(key: EntryKey): string {
  return JSON.stringify([key.sourceLang, key.targetLang, key.sourceNorm, key.previousSource, key.nextSource]);
}

/**
 * The rows in order, cut into chunks of at most UPSERT_CHUNK whose keys are distinct: one statement
 * cannot write a row twice, and an entry given twice is added, then updated, as SQLite does it.
 */
function* distinctKeyChunks(rows: readonly EntryRow[]): Generator<EntryRow[]> {
  let chunk: EntryRow[] = [];
  let keys = new Set<string>();
  for (const row of rows) {
    const key = keyText(row);
    if (chunk.length === UPSERT_CHUNK || keys.has(key)) {
      yield chunk;
      chunk = [];
      keys = new Set();
    }
    chunk.push(row);
    keys.add(key);
  }
  if (chunk.length > 0) yield chunk;
}
