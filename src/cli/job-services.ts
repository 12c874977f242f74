import { existsSync } from 'node:fs';
import { codeFingerprint } from '../io/code-fingerprint.js';
import { writeOutputs } from '../io/atomic-write.js';
import { readGlossaryDir } from '../io/read-glossary.js';
import { readArticle } from '../io/read-input.js';
import { readOutput } from '../io/read-output.js';
import { removeFiles } from '../io/remove-files.js';
import type { RunServices } from '../job/run.js';
import { createFormatter } from '../render/formatter.js';
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

/** The job's services on the real disk. */
export function diskServices(store: Store): RunServices {
  return {
    readArticle: (path) => readArticle(path),
    readGlossary: readGlossaryDir,
    writeOutputs,
    removeFiles,
    readOutput,
    formatter: createFormatter(),
    store,
    codeVersion: codeFingerprint(),
  };
}
