import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultStorePath, openStore } from '../store/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/**
 * Opens the store for a command and always closes it. `readonly` commands (check, a dry run) never
 * create or change a store: with no store on disk they see an empty one held in memory. A
 * `read-write` store is opened when the command first uses it, so a command that fails on its
 * inputs first creates nothing (the store file included).
 */
export async function withStore<T>(
  storePath: string | undefined,
  access: 'read-write' | 'readonly',
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const projectDir = process.cwd();
  const path = resolve(projectDir, storePath ?? defaultStorePath(projectDir));
  const store =
    access === 'readonly'
      ? existsSync(path)
        ? openStore({ projectDir, path, readonly: true })
        : openSqliteStore(':memory:')
      : openOnFirstUse(path, () => openStore({ projectDir, path }));
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

/**
 * A store that `open`s the real one the first time any part of it is used. A proxy rather than
 * one getter per part, so that a part added to `Store` needs nothing here.
 */
function openOnFirstUse(path: string, open: () => Store): Store {
  let opened: Store | undefined;
  return new Proxy({} as Store, {
    get(_, key: keyof Store) {
      if (key === 'close') return () => opened?.close();
      if (key === 'path') return path;
      opened ??= open();
      return opened[key];
    },
  });
}
