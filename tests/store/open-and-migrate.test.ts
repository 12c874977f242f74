import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { defaultStorePath, openStore } from '../../src/store/index.js';
import { LATEST_SCHEMA_VERSION, openSqliteStore } from '../../src/store/sqlite/index.js';
import { configureConnection, PAGE_CACHE_KIB } from '../../src/store/sqlite/connection.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { collect } from '../helpers/collect.js';
import { openTempStore, tempStorePath } from './temp-store.js';

async function openError(path: string, options = {}): Promise<StoreError> {
  try {
    await (await openSqliteStore(path, options)).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected opening the store to fail');
}

describe('opening a store', () => {
  it('numbers migrations 1, 2, 3 … without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('creates the folder and migrates an empty file to the latest schema in WAL mode', async () => {
    const path = tempStorePath();
    const store = await openTempStore(path);
    expect(existsSync(path)).toBe(true);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['article_output', 'engine_request', 'mt_cache', 'mt_claim', 'revision', 'story_owner', 'tm_entry', 'tm_entry_word', 'tm_word', 'unit_ledger']);
    db.close();
  });

  it('keeps the data when the store is closed and opened again', async () => {
    const path = tempStorePath();
    const first = await openSqliteStore(path);
    await first.mtCache.put('k', { target: 'Bonjour', engine: 'pseudo', origin: 'pseudo', findings: [] });
    await first.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'Hello.', target: 'Bonjour.', origin: 'human' }]);
    await first.ledger.record({
      articleId: 'a',
      targetLang: 'fr',
      unitId: 'p1.s1',
      sourceHash: 'h1',
      target: 'Bonjour.',
      state: 'needs-review',
      origin: 'mt',
      engine: 'pseudo',
    });
    await first.close();
    const second = await openTempStore(path);
    expect(await second.mtCache.get('k')).toEqual({ target: 'Bonjour', engine: 'pseudo', origin: 'pseudo', findings: [] });
    expect(await second.tm.count()).toBe(1);
    expect((await second.ledger.get('a', 'fr', 'p1.s1', 'h1'))?.target).toBe('Bonjour.');
  });

  it('refuses a store written by a newer wire-l10n and says to upgrade', async () => {
    const path = tempStorePath();
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const error = await openError(path);
    expect(error.code).toBe('E_STORE');
    expect(error.message).toContain(
      `written by a newer wire-l10n (schema ${LATEST_SCHEMA_VERSION + 1}, this one knows up to ${LATEST_SCHEMA_VERSION})`,
    );
    expect(error.hint).toBe('upgrade wire-l10n');
    expect(error.describe()).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  it('refuses a file that is not an SQLite database', async () => {
    const path = tempStorePath();
    await (await openTempStore(path)).close();
    writeFileSync(path, 'this is a text file, not a database\n'.repeat(200));
    const error = await openError(path);
    expect(error.message).toContain('file is not a database');
    expect(error.hint).toContain('not an SQLite database');
  });

  it('refuses an SQLite database that belongs to another program', async () => {
    const path = tempStorePath();
    await (await openTempStore(path)).close();
    writeFileSync(path, '');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expect((await openError(path)).message).toContain('not a wire-l10n store');
  });

  it('creates a new store whole: nothing but the store is left in its folder', async () => {
    const path = tempStorePath();
    await (await openSqliteStore(path)).close();
    expect(readdirSync(dirname(path))).toEqual(['store.sqlite']);
  });

  it('refuses a 0-byte store file instead of taking it as a new store, and leaves it as it is', async () => {
    const path = tempStorePath();
    await (await openTempStore(path)).close();
    writeFileSync(path, ''); // a truncated copy, a failed restore: all the work is gone
    const error = await openError(path);
    expect(error.describe()).toBe(`${path}: the store file is empty (0 bytes): its translation memory, MT cache and human work are not there`);
    expect(error.hint).toContain('restore the store from a backup');
    expect(statSync(path).size).toBe(0);
  });

  it('refuses another program\'s SQLite database before changing anything in it (it stays out of WAL mode)', async () => {
    const path = tempStorePath();
    await (await openTempStore(path)).close();
    writeFileSync(path, '');
    const foreign = new Database(path);
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1)');
    await foreign.close();
    const before = readFileSync(path);
    expect((await openError(path)).message).toContain('not a wire-l10n store');
    expect(readFileSync(path).equals(before)).toBe(true);
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('delete');
    await reopened.close();
  });

  it('opens read-only without creating anything, and refuses to write', async () => {
    const path = tempStorePath();
    expect((await openError(path, { readonly: true })).message).toContain('no store at this path');
    expect(existsSync(path)).toBe(false);
    await (await openSqliteStore(path)).close();
    const store = await openTempStore(path, { readonly: true });
    expect(await store.tm.count()).toBe(0);
    await expect(store.mtCache.put('k', { target: 't', engine: 'e', origin: 'mt', findings: [] })).rejects.toThrow(StoreError);
  });

  it('reads a store that lacks only migrations readers do without (an index, the claims) as it is, read-only, and refuses one that lacks a column they read', async () => {
    const storeAt = (version: number): string => {
      const path = tempStorePath();
      mkdirSync(dirname(path), { recursive: true });
      const old = new Database(path);
      for (const migration of migrations.filter((item) => item.version <= version)) old.exec(migration.sql);
      old.pragma(`user_version = ${version}`);
      old.close();
      return path;
    };
    const before = storeAt(4);
    const store = await openTempStore(before, { readonly: true });
    expect(store.schemaVersion).toBe(4);
    expect(await store.outputs.get('none.txt')).toBeUndefined();
    expect(await collect(store.outputs.list())).toEqual([]);
    expect(new Database(before, { readonly: true }).pragma('user_version', { simple: true })).toBe(4);

    const tooOld = await openError(storeAt(3), { readonly: true });
    expect(tooOld.message).toContain('the store is at schema 3');
    expect(tooOld.hint).toContain('without read-only');
  });

  it('puts the store in .wire-l10n/store.sqlite of the project unless told otherwise', async () => {
    const projectDir = tempStorePath().replace(/[/\\]\.wire-l10n[/\\]store\.sqlite$/, '');
    expect(defaultStorePath(projectDir)).toBe(`${projectDir}/.wire-l10n/store.sqlite`);
    const store = await openStore({ projectDir, path: 'custom/tm.sqlite' });
    expect(store.path).toBe(`${projectDir}/custom/tm.sqlite`);
    await store.close();
  });
});

describe('a store connection', () => {
  it('keeps SQLite’s own 2 MiB page cache, not better-sqlite3’s 16 MiB, which a long batch’s store filled', () => {
    const db = new Database(':memory:');
    expect(db.pragma('cache_size', { simple: true })).toBe(-16000);
    configureConnection(db);
    expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
