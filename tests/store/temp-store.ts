/** Stores in fresh temporary folders, removed after each test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openSqliteStore, type SqliteStoreOptions } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

const folders: string[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A path for a store file in a new temporary folder (the file itself does not exist yet). */
export function tempStorePath(name = 'store.sqlite'): string {
  const folder = mkdtempSync(join(tmpdir(), 'wire-l10n-store-'));
  folders.push(folder);
  return join(folder, '.wire-l10n', name);
}

/** Opens a store that is closed after the test. */
export async function openTempStore(path = tempStorePath(), options: SqliteStoreOptions = {}): Promise<Store> {
  const store = await openSqliteStore(path, options);
  stores.push(store);
  return store;
}
