import { existsSync } from 'node:fs';
import { defaultStorePath, openStore } from '../store/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/**
 * Opens the store for a command and always closes it. `readonly` commands (check) never create or
 * change a store: with no store on disk they see an empty one held in memory.
 */
export async function withStore<T>(
  storePath: string | undefined,
  access: 'read-write' | 'readonly',
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const projectDir = process.cwd();
  const path = storePath ?? defaultStorePath(projectDir);
  const store =
    access === 'readonly' && !existsSync(path)
      ? openSqliteStore(':memory:')
      : openStore({ projectDir, path, readonly: access === 'readonly' });
  try {
    return await use(store);
  } finally {
    store.close();
  }
}
