/**
 * The PostgreSQL schema, as an ordered list of migrations; table `wire_l10n_migration` records
 * each one applied (the store's schema version is the highest). Never edit a released migration:
 * append a new one. The tables and their meaning are SQLite's (`../sqlite/migrations.ts`, the
 * README's table), built at once at that schema's state: PostgreSQL's version 1 is SQLite's 6.
 *
 * Differences from SQLite, and why:
 * - Text that is ordered or compared (story ids, input keys, TM keys, words) is `COLLATE "C"`:
 *   byte order of UTF-8, as SQLite's, so listings come in the same order from both stores.
 * - A btree index entry holds at most ~2.7 kB, and TM sources, their neighbours and words have no
 *   such bound: the TM's key and the word index are unique on md5 of the text (the text itself is
 *   compared too when reading), and `tm.all` sorts by the text itself.
 * - Human-work revision: statement triggers over the changed rows for the TM (one counter update
 *   per statement), row triggers for human ledger entries, both only when a row really changed.
 */

export interface Migration {
  /** 1, 2, 3 … in order, without gaps. */
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'MT cache with findings, claims and request log, translation memory with its word index, unit ledger, output records, story owners',
    sql: `
      CREATE TABLE mt_cache (
        key      text COLLATE "C" PRIMARY KEY,
        target   text NOT NULL,
        engine   text NOT NULL,
        origin   text NOT NULL CHECK (origin IN ('mt', 'pseudo')),
        -- JSON array of TargetFinding (src/model.ts), as written.
        findings text NOT NULL DEFAULT '[]'
      );

      -- A key an owner (a worker) is translating, until expires_at by the server's clock.
      CREATE TABLE mt_claim (
        key        text COLLATE "C" PRIMARY KEY,
        owner      text NOT NULL,
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE engine_request (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        engine      text COLLATE "C" NOT NULL,
        source_lang text COLLATE "C" NOT NULL,
        target_lang text COLLATE "C" NOT NULL,
        texts       integer NOT NULL,
        characters  bigint NOT NULL,
        unit_keys   text[] NOT NULL
      );

      CREATE TABLE tm_entry (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_lang     text COLLATE "C" NOT NULL,
        target_lang     text COLLATE "C" NOT NULL,
        source          text NOT NULL,
        source_norm     text COLLATE "C" NOT NULL,
        previous_source text COLLATE "C" NOT NULL DEFAULT '',
        next_source     text COLLATE "C" NOT NULL DEFAULT '',
        target          text NOT NULL,
        origin          text NOT NULL CHECK (origin IN ('human', 'tmx')),
        created_by      text,
        note            text,
        token_count     integer NOT NULL
      );
      CREATE UNIQUE INDEX tm_entry_key ON tm_entry (source_lang, target_lang, md5(source_norm), md5(previous_source), md5(next_source));
      CREATE INDEX tm_entry_by_length ON tm_entry (source_lang, target_lang, token_count);

      CREATE TABLE tm_word (
        id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        word    text COLLATE "C" NOT NULL,
        entries integer NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX tm_word_key ON tm_word (md5(word));

      CREATE TABLE tm_entry_word (
        word_id  bigint NOT NULL REFERENCES tm_word (id),
        entry_id bigint NOT NULL REFERENCES tm_entry (id),
        PRIMARY KEY (word_id, entry_id)
      );

      CREATE TABLE article_output (
        input_key    text COLLATE "C" PRIMARY KEY,
        fingerprint  text NOT NULL,
        article_id   text COLLATE "C" NOT NULL,
        report       text NOT NULL,
        files        text NOT NULL,
        absent       text NOT NULL,
        run_settings text
      );
      CREATE INDEX article_output_by_story ON article_output (article_id, input_key);

      CREATE TABLE story_owner (
        article_id text COLLATE "C" PRIMARY KEY,
        input_key  text COLLATE "C" NOT NULL UNIQUE,
        version    integer NOT NULL
      );

      CREATE TABLE revision (
        name  text PRIMARY KEY,
        value bigint NOT NULL
      );
      INSERT INTO revision (name, value) VALUES ('human-work', 0);

      CREATE TABLE unit_ledger (
        article_id  text COLLATE "C" NOT NULL,
        target_lang text COLLATE "C" NOT NULL,
        unit_id     text COLLATE "C" NOT NULL,
        source_hash text NOT NULL,
        target      text NOT NULL,
        state       text NOT NULL CHECK (state IN ('needs-review', 'translated', 'reviewed', 'final')),
        origin      text NOT NULL CHECK (origin IN ('mt', 'pseudo', 'tm', 'human')),
        engine      text,
        PRIMARY KEY (article_id, target_lang, unit_id)
      );

      CREATE FUNCTION wire_l10n_human_work_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE revision SET value = value + 1 WHERE name = 'human-work';
        RETURN NULL;
      END $$;
      -- Statement triggers see the rows the statement changed; an upsert that changed nothing has none.
      CREATE FUNCTION wire_l10n_tm_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed_rows) THEN
          UPDATE revision SET value = value + 1 WHERE name = 'human-work';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER tm_added AFTER INSERT ON tm_entry REFERENCING NEW TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION wire_l10n_tm_changed();
      CREATE TRIGGER tm_changed AFTER UPDATE ON tm_entry REFERENCING NEW TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION wire_l10n_tm_changed();
      CREATE TRIGGER tm_removed AFTER DELETE ON tm_entry REFERENCING OLD TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION wire_l10n_tm_changed();
      CREATE TRIGGER human_work_recorded AFTER INSERT ON unit_ledger
        FOR EACH ROW WHEN (NEW.origin = 'human') EXECUTE FUNCTION wire_l10n_human_work_changed();
      CREATE TRIGGER human_work_changed AFTER UPDATE ON unit_ledger
        FOR EACH ROW WHEN ((NEW.origin = 'human' OR OLD.origin = 'human')
          AND (NEW.source_hash, NEW.target, NEW.state, NEW.origin, NEW.engine)
              IS DISTINCT FROM (OLD.source_hash, OLD.target, OLD.state, OLD.origin, OLD.engine))
        EXECUTE FUNCTION wire_l10n_human_work_changed();
      CREATE TRIGGER human_work_removed AFTER DELETE ON unit_ledger
        FOR EACH ROW WHEN (OLD.origin = 'human') EXECUTE FUNCTION wire_l10n_human_work_changed();
    `,
  },
];

export const LATEST_POSTGRES_SCHEMA_VERSION = migrations.length;
