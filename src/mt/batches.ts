import type { Unit } from '../model.js';

/** Units of one target language that go to the engine in one request. */
export interface UnitBatch {
  readonly targetLang: string;
  readonly units: readonly Unit[];
}

export interface BatchLimits {
  readonly maxTexts: number;
  readonly maxBytes: number;
}

/**
 * Packs units into batches, in order, never mixing target languages and never exceeding either
 * limit; a single unit larger than `maxBytes` still gets a batch of its own (the engine decides).
 */
export function packBatches(units: readonly Unit[], limits: BatchLimits): UnitBatch[] {
  const byLanguage = new Map<string, Unit[]>();
  for (const unit of units) {
    const list = byLanguage.get(unit.targetLang) ?? [];
    list.push(unit);
    byLanguage.set(unit.targetLang, list);
  }
  const batches: UnitBatch[] = [];
  for (const [targetLang, list] of byLanguage) {
    let current: Unit[] = [];
    let bytes = 0;
    for (const unit of list) {
      const size = Buffer.byteLength(unit.segment.source, 'utf8');
      if (current.length > 0 && (current.length >= limits.maxTexts || bytes + size > limits.maxBytes)) {
        batches.push({ targetLang, units: current });
        current = [];
        bytes = 0;
      }
      current.push(unit);
      bytes += size;
    }
    if (current.length > 0) batches.push({ targetLang, units: current });
  }
  return batches;
}
