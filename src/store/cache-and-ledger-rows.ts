/**
 * MT cache entries and ledger entries as both adapters keep them in a row: findings as JSON, an
 * absent engine as null. One shape, so that the two stores read back the same values.
 */
import type { TargetFinding } from '../model.js';
import type { CachedTranslation, LedgerEntry } from './store.js';

export interface CacheRow {
  readonly key: string;
  readonly target: string;
  readonly engine: string;
  readonly origin: CachedTranslation['origin'];
  /** JSON of `CachedTranslation.findings`. */
  readonly findings: string;
}

export function cacheRow(key: string, entry: CachedTranslation): CacheRow {
  return { key, target: entry.target, engine: entry.engine, origin: entry.origin, findings: JSON.stringify(entry.findings) };
}

export function cachedTranslation(row: CacheRow): CachedTranslation {
  return { target: row.target, engine: row.engine, origin: row.origin, findings: JSON.parse(row.findings) as TargetFinding[] };
}

export interface LedgerRow {
  readonly articleId: string;
  readonly targetLang: string;
  readonly unitId: string;
  readonly sourceHash: string;
  readonly target: string;
  readonly state: LedgerEntry['state'];
  readonly origin: LedgerEntry['origin'];
  readonly engine: string | null;
}

export function ledgerRow(entry: LedgerEntry): LedgerRow {
  const { articleId, targetLang, unitId, sourceHash, target, state, origin } = entry;
  return { articleId, targetLang, unitId, sourceHash, target, state, origin, engine: entry.engine ?? null };
}

export function ledgerEntry(row: LedgerRow): LedgerEntry {
  const { engine, ...rest } = row;
  return engine === null ? rest : { ...rest, engine };
}
