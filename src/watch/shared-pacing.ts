/**
 * One request rate for everything the watcher runs. Each job's dispatcher paces its own requests
 * (`--max-rate`, p-queue with one request per interval), but a new job starts a new dispatcher
 * whose first interval owes nothing to the last job's; this gate, shared by every job through the
 * one engine object, keeps the spacing across job boundaries too. Name, origin and options are the
 * engine's own, so MT cache keys and fingerprints do not change.
 */
import PQueue from 'p-queue';
import type { TranslationEngine } from '../mt/engine.js';

export function pacedAcrossJobs(engine: TranslationEngine, maxRequestsPerSecond: number | undefined): TranslationEngine {
  if (maxRequestsPerSecond === undefined) return engine;
  const gate = new PQueue({ intervalCap: 1, interval: 1000 / maxRequestsPerSecond });
  return {
    ...engine,
    // Only the start is gated: requests in flight overlap as the job's dispatcher allows.
    translateBatch: async (batch, context) => {
      await gate.add(async () => {});
      return engine.translateBatch(batch, context);
    },
  };
}
