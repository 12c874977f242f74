/**
 * The schema, as an ordered list of migrations. The store's `PRAGMA user_version` is the version
 * of the last migration applied. Never edit a released migration: append a new one.
 */

export interface Migration {
  /** 1, 2, 3 … in order, without gaps. */
  readonly version: number;
  readonly description: string;
  readonly sql: string;
  /**
   * True when what it adds is only for writers (an index, a table readers never touch): a read-only
   * open (`check`, a dry run) may then use a store that does not have it yet, rather than refusing a
   * store only a writing command can upgrade.
   */
  readonly readersNeedIt?: false;
}

/** Marks the file as a wire-l10n store (`PRAGMA application_id`, "WL10" in ASCII). */
export const APPLICATION_ID = 0x574c3130;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'MT cache with its request log, translation memory with its word index, unit ledger',
    sql: `
      PRAGMA application_id = ${APPLICATION_ID};

      -- key: mtCacheKey(…), a sha256 over source, languages, engine, options and glossary hash.
      CREATE TABLE mt_cache (
        key    TEXT PRIMARY KEY,
        target TEXT NOT NULL,
        engine TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('mt', 'pseudo'))
      ) STRICT, WITHOUT ROWID;

      -- Every engine request whose results were stored, written in the same transaction as its
      -- mt_cache rows: what was billed, and proof that no unit was sent twice.
      -- unit_keys: JSON array of the mt_cache keys the request translated.
      CREATE TABLE engine_request (
        id          INTEGER PRIMARY KEY,
        engine      TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        texts       INTEGER NOT NULL,
        characters  INTEGER NOT NULL,
        unit_keys   TEXT NOT NULL
      ) STRICT;

      -- Context columns hold the whitespace-normalized neighbours, '' when unknown.
      -- token_count: fuzzy tokens of the source (src/leverage/similarity.ts), for length windows.
      CREATE TABLE tm_entry (
        id              INTEGER PRIMARY KEY,
        source_lang     TEXT NOT NULL,
        target_lang     TEXT NOT NULL,
        source          TEXT NOT NULL,
        source_norm     TEXT NOT NULL,
        previous_source TEXT NOT NULL DEFAULT '',
        next_source     TEXT NOT NULL DEFAULT '',
        target          TEXT NOT NULL,
        origin          TEXT NOT NULL CHECK (origin IN ('human', 'tmx')),
        created_by      TEXT,
        note            TEXT,
        token_count     INTEGER NOT NULL,
        UNIQUE (source_lang, target_lang, source_norm, previous_source, next_source)
      ) STRICT;
      CREATE INDEX tm_entry_by_length ON tm_entry (source_lang, target_lang, token_count);

      -- The distinct word tokens of TM sources, with the number of entries holding each:
      -- fuzzy search starts from the rarest words of the query.
      CREATE TABLE tm_word (
        id      INTEGER PRIMARY KEY,
        word    TEXT NOT NULL UNIQUE,
        entries INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE tm_entry_word (
        word_id  INTEGER NOT NULL REFERENCES tm_word (id),
        entry_id INTEGER NOT NULL REFERENCES tm_entry (id),
        PRIMARY KEY (word_id, entry_id)
      ) STRICT, WITHOUT ROWID;

      -- What each input produced last time and under which fingerprint (src/job/fingerprint.ts).
      -- files / absent: JSON arrays; report: the article's part of report.json.
      CREATE TABLE article_output (
        input_key   TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        article_id  TEXT NOT NULL,
        report      TEXT NOT NULL,
        files       TEXT NOT NULL,
        absent      TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Counters bumped by triggers, so that every writer keeps them right.
      CREATE TABLE revision (
        name  TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO revision (name, value) VALUES ('human-work', 0);

      CREATE TABLE unit_ledger (
        article_id  TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        unit_id     TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        target      TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('needs-review', 'translated', 'reviewed', 'final')),
        origin      TEXT NOT NULL CHECK (origin IN ('mt', 'pseudo', 'tm', 'human')),
        engine      TEXT,
        PRIMARY KEY (article_id, target_lang, unit_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER tm_added AFTER INSERT ON tm_entry
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
      CREATE TRIGGER tm_changed AFTER UPDATE ON tm_entry
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
      CREATE TRIGGER tm_removed AFTER DELETE ON tm_entry
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
      CREATE TRIGGER human_work_recorded AFTER INSERT ON unit_ledger WHEN NEW.origin = 'human'
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
      CREATE TRIGGER human_work_changed AFTER UPDATE ON unit_ledger WHEN NEW.origin = 'human' OR OLD.origin = 'human'
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
      CREATE TRIGGER human_work_removed AFTER DELETE ON unit_ledger WHEN OLD.origin = 'human'
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
    `,
  },
  {
    version: 2,
    description:
      'how each input was last run (run_settings), so import regenerates its outputs the same way; ' +
      'the human-work revision moves only when human work really changes',
    sql: `
      -- JSON of RunSettings; NULL for inputs recorded before this migration.
      ALTER TABLE article_output ADD COLUMN run_settings TEXT;

      -- Every run re-records the ledger; an upsert that writes the same values is no change, and
      -- counting it made every story with human work look out of date on every run.
      DROP TRIGGER human_work_changed;
      CREATE TRIGGER human_work_changed AFTER UPDATE ON unit_ledger
      WHEN (NEW.origin = 'human' OR OLD.origin = 'human')
        AND (NEW.source_hash IS NOT OLD.source_hash OR NEW.target IS NOT OLD.target OR NEW.state IS NOT OLD.state
             OR NEW.origin IS NOT OLD.origin OR NEW.engine IS NOT OLD.engine)
      BEGIN UPDATE revision SET value = value + 1 WHERE name = 'human-work'; END;
    `,
  },
  {
    version: 3,
    description: 'which input owns which story id (story_owner), so that two inputs never share outputs and import finds stories by id',
    sql: `
      -- One owner per story id, one id per input. version: the story's version when the input was run.
      CREATE TABLE story_owner (
        article_id TEXT PRIMARY KEY,
        input_key  TEXT NOT NULL UNIQUE,
        version    INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- Stores of schema 2 know the ids from their output records, not the versions (taken as 1).
      -- Where two inputs recorded one id (the overwrite this table prevents), the first is kept.
      INSERT OR IGNORE INTO story_owner (article_id, input_key, version)
        SELECT article_id, input_key, 1 FROM article_output ORDER BY input_key;
    `,
  },
  {
    version: 4,
    description: 'the MT cache keeps the findings the engine reported with each target',
    sql: `
      -- JSON array of TargetFinding (src/model.ts). Entries cached before this migration were
      -- stored without theirs: they read as having none (their targets were paid for; sending
      -- them again to find out would bill them twice).
      ALTER TABLE mt_cache ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 5,
    description: 'output records listed by story id, a page at a time (report.json and the review index of a large project)',
    sql: `
      CREATE INDEX article_output_by_story ON article_output (article_id, input_key);
    `,
    // Listings read the same rows without it, only slower.
    readersNeedIt: false,
  },
  {
    version: 6,
    description: 'claims on MT cache keys, so that two processes translating the same sentence at once pay for it once',
    sql: `
      -- A key an owner (a worker) is translating, until expires_at (milliseconds since 1970 by
      -- SQLite's clock): others leave it to the owner until then, and take it over after.
      CREATE TABLE mt_claim (
        key        TEXT PRIMARY KEY,
        owner      TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
    // Only engine dispatches claim keys, and a read-only store sends nothing.
    readersNeedIt: false,
  },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
