import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with our package.json (works from bench/ and dist/bench/). */
export const repoRoot: string = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) || folder.endsWith('dist')) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the repository root above bench/');
    folder = parent;
  }
  return folder;
})();
