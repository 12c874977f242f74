import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * A hash of wire-l10n's own code (every module of the folder this file belongs to): part of each
 * output fingerprint, so that a new version, or a local change, never reuses outputs an older
 * code wrote. Computed once per process (~100 small files).
 */
export function codeFingerprint(): string {
  if (cached !== undefined) return cached;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|ts|json)$/u.test(name))
    .sort();
  for (const name of files) hash.update(name).update('\u0000').update(readFileSync(join(root, name))).update('\u0000');
  cached = hash.digest('hex');
  return cached;
}
