/**
 * What only the PostgreSQL store has: migrations under an advisory lock, refusals of newer and
 * foreign databases, connections and their errors, read-only opens, schemas, and the CLI's
 * `--store postgres://…`. The interface itself is tested on both adapters in the other files.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { openExistingStore, openStore } from '../../src/store/index.js';
import { LATEST_POSTGRES_SCHEMA_VERSION, openExistingPostgresStore, openPostgresStore } from '../../src/store/postgres/index.js';
import type { TmEntry } from '../../src/store/store.js';
import { runCli, scratchProject } from '../helpers/cli.js';
import { describePostgres, freshPostgresDatabase, openKindStore } from './store-kinds.js';

/** Runs one statement on the database at `url`, outside any store. */
async function sql(url: string, statement: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

async function openError(open: () => Promise<unknown>): Promise<StoreError> {
  try {
    await open();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected opening the store to fail');
}

describePostgres('a PostgreSQL store', () => {
  const kind = 'postgres';

  it('is migrated once when several workers open a new database at the same moment', async () => {
    const url = await freshPostgresDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openKindStore(kind, url)));
    expect(stores.map((store) => store.schemaVersion)).toEqual(stores.map(() => LATEST_POSTGRES_SCHEMA_VERSION));
    const applied = await sql(url, 'SELECT version FROM wire_l10n_migration ORDER BY version');
    expect(applied.map((row) => row['version'])).toEqual(Array.from({ length: LATEST_POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1));
    await stores[0]!.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'Hi.', target: 'Salut.', origin: 'human' }]);
    expect(await stores[3]!.tm.count()).toBe(1);
  });

  it('refuses a database written by a newer wire-l10n, naming it without the password', async () => {
    const url = await freshPostgresDatabase();
    await (await openPostgresStore(url)).close();
    await sql(url, `INSERT INTO wire_l10n_migration (version, description) VALUES (${LATEST_POSTGRES_SCHEMA_VERSION + 1}, 'from the future')`);
    const withPassword = url.replace('postgres@', 'postgres:s3cret-pw@');
    const error = await openError(() => openPostgresStore(withPassword));
    expect(error.code).toBe('E_STORE');
    expect(error.message).toContain(`written by a newer wire-l10n (schema ${LATEST_POSTGRES_SCHEMA_VERSION + 1}, this one knows up to ${LATEST_POSTGRES_SCHEMA_VERSION})`);
    expect(error.hint).toBe('upgrade wire-l10n');
    expect(error.describe()).toMatch(new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(error.describe()).not.toContain('s3cret-pw');
  });

  it('refuses a database that holds another program\'s tables, and writes nothing into it', async () => {
    const url = await freshPostgresDatabase();
    await sql(url, 'CREATE TABLE customers (id integer PRIMARY KEY, name text)');
    const error = await openError(() => openPostgresStore(url));
    expect(error.message).toContain('holds tables but is not a wire-l10n store');
    expect(error.hint).toMatch(/does not write into foreign databases/);
    expect((await sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).map((row) => row['tablename'])).toEqual(['customers']);
    // Another schema of the same database is free for a store.
    const store = await openKindStore(kind, `${url}?schema=wire_l10n`);
    expect(store.path).toBe(`${url}?schema=wire_l10n`);
    expect((await sql(url, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'wire_l10n'"))[0]!['n']).toBeGreaterThan(5);
  });

  it('keeps two stores apart in two schemas of one database', async () => {
    const url = await freshPostgresDatabase();
    const deskA = await openKindStore(kind, `${url}?schema=desk_a`);
    const deskB = await openKindStore(kind, url, { schema: 'desk_b' });
    await deskA.mtCache.put('k', { target: 'A', engine: 'pseudo', origin: 'pseudo', findings: [] });
    expect(await deskB.mtCache.get('k')).toBeUndefined();
    expect(await openError(() => openPostgresStore(`${url}?schema=Desk-C`))).toHaveProperty('message', expect.stringContaining('not a plain lower-case identifier'));
  });

  it('says which server it could not reach, never with the password', async () => {
    const url = 'postgres://editor:s3cret-pw@127.0.0.1:9/newsroom';
    const error = await openError(() => openPostgresStore(url, { connectTimeoutMs: 2000 }));
    expect(error.message).toMatch(/^connecting to PostgreSQL at 127\.0\.0\.1:9 failed: .*ECONNREFUSED/u);
    expect(error.hint).toMatch(/PostgreSQL is running and reachable/);
    expect(error.describe()).toBe(`postgres://editor@127.0.0.1:9/newsroom: ${error.message}`);
    expect(JSON.stringify({ message: error.message, hint: error.hint, location: error.describe() })).not.toContain('s3cret-pw');
    const malformed = await openError(() => openPostgresStore('postgres://editor:s3cret-pw@[bad'));
    expect(malformed.describe()).not.toContain('s3cret-pw');
  });

  it('connects anew after the server dropped its connections (a restart), and says where a call in flight failed', async () => {
    const url = await freshPostgresDatabase();
    const store = await openKindStore(kind, url);
    const entry = { target: 'T', engine: 'pseudo', origin: 'pseudo' as const, findings: [] };
    await store.mtCache.put('before', entry);
    const terminate = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'wire-l10n' AND pid <> pg_backend_pid()";
    await sql(url, terminate);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.mtCache.put('after', entry);
    expect((await store.mtCache.getMany(['before', 'after'])).size).toBe(2);
    // A call whose connection is dropped while it runs fails with a StoreError naming the server.
    const slow = store.transaction(async () => {
      await store.mtCache.get('before');
      await sql(url, terminate);
      await store.mtCache.get('after');
    });
    const error = await openError(() => slow);
    expect(error.message).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+/u);
    expect(await store.mtCache.get('after')).toEqual(entry);
  });

  it('undoes a failed call inside a transaction alone when the call was a savepoint (tm.add), and the work goes on', async () => {
    const store = await openKindStore(kind);
    const bad = { sourceLang: 'en', targetLang: 'fr', source: 'Bad.', target: 'Mauvais.', origin: 'guess' } as unknown as TmEntry;
    await store.transaction(async () => {
      await store.mtCache.put('k', { target: 'T', engine: 'pseudo', origin: 'pseudo', findings: [] });
      await expect(store.tm.add([bad])).rejects.toThrow(StoreError);
      await store.mtCache.put('k2', { target: 'T', engine: 'pseudo', origin: 'pseudo', findings: [] });
    });
    expect((await store.mtCache.getMany(['k', 'k2'])).size).toBe(2);
  });

  it('fails the commit of a transaction whose work went on after a failed statement, rather than losing its writes unseen', async () => {
    const store = await openKindStore(kind);
    const error = await openError(() =>
      store.transaction(async () => {
        await store.mtCache.put('k', { target: 'T', engine: 'pseudo', origin: 'pseudo', findings: [] });
        await store.mtCache.put('bad', { target: 'T', engine: 'pseudo', origin: 'guess' as 'mt', findings: [] }).catch(() => undefined);
      }),
    );
    expect(error.message).toMatch(/rolled it back/);
    expect(await store.mtCache.get('k')).toBeUndefined();
  });

  it('runs a write of another flow at once, on another connection, while a transaction is open', async () => {
    const store = await openKindStore(kind);
    let finish!: () => void;
    const open = new Promise<void>((resolve) => (finish = resolve));
    const transaction = store.transaction(async () => {
      await store.mtCache.put('inside', { target: 'I', engine: 'pseudo', origin: 'pseudo', findings: [] });
      await open;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.mtCache.put('outside', { target: 'O', engine: 'pseudo', origin: 'pseudo', findings: [] });
    // Not waiting for the transaction, and not seeing its uncommitted write.
    expect(await store.mtCache.get('outside')).toBeDefined();
    expect(await store.mtCache.get('inside')).toBeUndefined();
    finish();
    await transaction;
    expect(await store.mtCache.get('inside')).toBeDefined();
  });

  it('opens read-only without creating or migrating anything, and refuses to write', async () => {
    const url = await freshPostgresDatabase();
    expect(await openExistingPostgresStore(url)).toBeUndefined();
    expect(await openExistingStore({ projectDir: '/nowhere', path: url })).toBeUndefined();
    expect(await sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).toEqual([]);
    await openError(() => openPostgresStore(url, { readonly: true }));
    await (await openStore({ projectDir: '/nowhere', path: url })).close();
    const store = await openKindStore(kind, url, { readonly: true });
    expect(await store.tm.count()).toBe(0);
    await expect(store.mtCache.put('k', { target: 'T', engine: 'pseudo', origin: 'pseudo', findings: [] })).rejects.toThrow(/read-only/);
  });

  it('refuses to open an out-of-date store read-only', async () => {
    const url = await freshPostgresDatabase();
    await sql(url, 'CREATE TABLE wire_l10n_migration (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const error = await openError(() => openPostgresStore(url, { readonly: true }));
    expect(error.message).toContain(`the store is at schema 0 and this wire-l10n needs ${LATEST_POSTGRES_SCHEMA_VERSION}`);
  });

  it('gives the fuzzy matches SQLite gives for the same entries', async () => {
    const words = ['the', 'army', 'left', 'Mosul', 'on', 'Friday', ',', 'officials', 'said', '“', '”', 'three', 'killed', 'in', 'Baghdad'];
    const entries: TmEntry[] = Array.from({ length: 400 }, (_, i) => ({
      sourceLang: 'en',
      targetLang: 'fr',
      source: Array.from({ length: 3 + (i % 9) }, (_, j) => words[(i * 7 + j * j * 3) % words.length]).join(' '),
      target: `cible ${i % 50}`,
      origin: i % 3 === 0 ? 'human' : 'tmx',
    }));
    const postgres = await openKindStore(kind);
    const sqlite = await openKindStore('sqlite');
    for (const store of [postgres, sqlite]) await store.tm.add(entries);
    for (const [index, entry] of entries.slice(0, 40).entries()) {
      const query = `${entry.source} ${words[index % words.length]}`;
      const options = { threshold: 50 + (index % 5) * 10, limit: 5 };
      expect(await postgres.tm.fuzzy('en', 'fr', query, options)).toEqual(await sqlite.tm.fuzzy('en', 'fr', query, options));
    }
  });
});

describePostgres('the CLI with --store postgres://…', () => {
  it('imports and exports a TM in the database, and a dry run or check creates nothing there', async () => {
    const url = await freshPostgresDatabase();
    const folder = await scratchProject();
    try {
      const check = await runCli(['check', 'samples/baghdad-2024-11-23-islamic-resistance.txt', '--to', 'fr', '--engine', 'pseudo', '--store', url], { cwd: folder });
      expect(check.stderr).not.toContain('E_STORE');
      expect(await sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).toEqual([]);
      const imported = await runCli(['tm', 'import', join('samples', 'newsroom-memory.tmx'), '--store', url], { cwd: folder });
      expect(imported.code).toBe(0);
      const exported = await runCli(['tm', 'export', '--store', url], { cwd: folder });
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain('<tmx');
      // Nothing was created at a path named like the URL.
      expect((await sql(url, 'SELECT count(*)::int AS n FROM tm_entry'))[0]!['n']).toBeGreaterThan(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describePostgres('check and report on a shared store', () => {
  it('check finds the outputs run wrote through the database current, and report writes the folder outputs run wrote', async () => {
    const url = await freshPostgresDatabase();
    const folder = await scratchProject();
    try {
      const flags = ['samples/baghdad-2024-11-23-islamic-resistance.txt', '--to', 'fr,ar', '--engine', 'pseudo', '--store', url];
      expect((await runCli(['run', ...flags, '--quiet'], { cwd: folder })).code).toBe(0);
      const check = await runCli(['check', ...flags], { cwd: folder });
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toMatch(/^up to date: \d+ files checked\n$/u);
      const written = await readFile(join(folder, 'out', 'report.json'), 'utf8');
      await rm(join(folder, 'out', 'report.json'));
      expect((await runCli(['report', '--to', 'fr,ar', '--engine', 'pseudo', '--store', url], { cwd: folder })).code).toBe(0);
      expect(await readFile(join(folder, 'out', 'report.json'), 'utf8')).toBe(written);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('store URLs', () => {
  it('are told apart from paths by their scheme', async () => {
    const { isPostgresUrl, storeLocation } = await import('../../src/store/index.js');
    expect(['postgres://h/db', 'postgresql://u@h:5433/db', 'POSTGRES://h/db'].map(isPostgresUrl)).toEqual([true, true, true]);
    expect(['store.sqlite', './postgres://x', 'file:///tmp/s.sqlite'].map(isPostgresUrl)).toEqual([false, false, false]);
    expect(storeLocation('/project', 'postgres://h/db')).toBe('postgres://h/db');
    expect(storeLocation('/project', 'stores/s.sqlite')).toBe('/project/stores/s.sqlite');
  });
});
