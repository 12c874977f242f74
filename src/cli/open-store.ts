import { latestSchemaVersion, openExistingStore, openStore, storeDisplayName, storeLocation } from '../store/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/**
 * Opens the store for a command and always closes it: a file, or a PostgreSQL database when
 * `--store` is a `postgres://` URL. `readonly` commands (check, a dry run) never create or change a
 * store: with no store there (no file; a database without one) they see an empty one held in memory. A
 * `read-write` store is opened when the command first uses it, so a command that fails on its
 * inputs first creates nothing (the store file included).
 */
export async function withStore<T>(
  storePath: string | undefined,
  access: 'read-write' | 'readonly',
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const projectDir = process.cwd();
  // A file path or a postgres:// URL (never resolved as a path).
  const path = storeLocation(projectDir, storePath);
  const store =
    access === 'readonly'
      ? ((await openExistingStore({ projectDir, path })) ?? (await openSqliteStore(':memory:')))
      : openOnFirstUse(path, () => openStore({ projectDir, path }));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The parts of a store, each an object of methods. */
const parts = ['mtCache', 'tm', 'ledger', 'outputs', 'stories'] as const;
/** The methods that return an async iterable (a listing) rather than a promise. */
const listings: ReadonlySet<PropertyKey> = new Set(['all', 'list']);

/**
 * A store that `open`s the real one when one of its methods is first called. Each part is a proxy
 * rather than one wrapper per method, so that a method added to a part needs nothing here unless
 * it is a listing.
 */
function openOnFirstUse(location: string, open: () => Promise<Store>): Store {
  let opening: Promise<Store> | undefined;
  const opened = (): Promise<Store> => (opening ??= open());
  const lazy = Object.fromEntries(parts.map((name) => [name, lazyPart(async () => (await opened())[name])]));
  return {
    ...(lazy as Pick<Store, (typeof parts)[number]>),
    transaction: async (work) => (await opened()).transaction(work),
    path: storeDisplayName(location),
    // Opening a store for writing brings it to the latest schema.
    schemaVersion: latestSchemaVersion(location),
    // A store that failed to open has nothing to close (its error is the command's).
    close: async () => (await opening?.catch(() => undefined))?.close(),
  };
}

/** A part whose methods wait for `part` and call it: a promise, or for a listing an async iterable. */
function lazyPart<Part extends object>(part: () => Promise<Part>): Part {
  const call = async (method: PropertyKey, args: unknown[]): Promise<unknown> => {
    const target = await part();
    return Reflect.apply(Reflect.get(target, method) as (...args: unknown[]) => unknown, target, args);
  };
  return new Proxy({} as Part, {
    get: (_, method) =>
      listings.has(method)
        ? (...args: unknown[]) => ({
            async *[Symbol.asyncIterator]() {
              yield* (await call(method, args)) as AsyncIterable<unknown>;
            },
          })
        : (...args: unknown[]) => call(method, args),
  });
}
