/**
 * mt — sends the units that need a translation to an engine, in batches, through a queue.
 *
 * Takes: units (any state), an engine, the glossary.
 * Returns: every unit, in the order given: those the engine translated now carry its target with
 *   state `needs-review` and origin/engine set; the rest are returned by identity. Failures are
 *   collected per unit (as `mt/failed` findings on the unit and in `failures`), never dropped:
 *   p-queue's onIdle() resolves even when tasks reject, so each task records its own outcome.
 * Options: `concurrency` (requests in flight, default 4), `signal`.
 * Limitations: no retries, pacing or budgets yet (the DeepL issue adds them here, in the dispatcher).
 */
import PQueue from 'p-queue';
import type { Finding, Glossary, LanguageTag, Unit } from '../model.js';
import { packBatches, type UnitBatch } from './batches.js';
import type { TranslationEngine } from './engine.js';

export interface DispatchOptions {
  readonly sourceLang: LanguageTag;
  readonly glossary: Glossary;
  /** Requests in flight at once. @default 4 */
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  /**
   * Called with each batch's targets as soon as the engine returns them, before they are used:
   * where the job commits them to the store, so a killed job never pays for them twice.
   * An error thrown here stops the dispatch (it is not a translation failure).
   */
  readonly onTranslated?: (batch: UnitBatch, targets: readonly string[]) => void;
}

export type { UnitBatch } from './batches.js';

export interface UnitFailure {
  readonly unitId: string;
  readonly targetLang: LanguageTag;
  readonly reason: string;
}

export interface DispatchResult {
  readonly units: Unit[];
  readonly failures: UnitFailure[];
  /** Requests made to the engine. */
  readonly requests: number;
  /** Units sent to the engine. */
  readonly unitsSent: number;
}

export async function translateUnits(
  units: readonly Unit[],
  engine: TranslationEngine,
  options: DispatchOptions,
): Promise<DispatchResult> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`Expected \`concurrency\` to be an integer >= 1, got \`${concurrency}\``);
  }
  const pending = engine.origin === undefined ? [] : units.filter((unit) => unit.state === 'untranslated');
  const batches = packBatches(pending, engine.limits);
  // Keyed by the unit itself: units of different articles share ids like `p1.s1`.
  const translated = new Map<Unit, Unit>();
  const failures: UnitFailure[] = [];

  const queue = new PQueue({ concurrency });
  const send = async (batch: UnitBatch): Promise<void> => {
    let targets: readonly string[];
    try {
      ({ targets } = await engine.translateBatch(
        { sourceLang: options.sourceLang, targetLang: batch.targetLang, segments: batch.units.map((unit) => unit.segment) },
        options.signal ? { glossary: options.glossary, signal: options.signal } : { glossary: options.glossary },
      ));
      if (targets.length !== batch.units.length) {
        throw new Error(`engine ${engine.name} returned ${targets.length} targets for ${batch.units.length} segments`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const unit of batch.units) {
        failures.push({ unitId: unit.id, targetLang: unit.targetLang, reason });
        translated.set(unit, withFailure(unit, reason, engine.name));
      }
      return;
    }
    options.onTranslated?.(batch, targets);
    batch.units.forEach((unit, i) => translated.set(unit, withTarget(unit, targets[i]!, engine)));
  };
  await Promise.all(batches.map((batch) => queue.add(() => send(batch))));

  return {
    units: units.map((unit) => translated.get(unit) ?? unit),
    failures,
    requests: batches.length,
    unitsSent: pending.length,
  };
}

function withTarget(unit: Unit, target: string, engine: TranslationEngine): Unit {
  return { ...unit, target, state: 'needs-review', origin: engine.origin, engine: engine.name };
}

function withFailure(unit: Unit, reason: string, engineName: string): Unit {
  const finding: Finding = {
    id: `mt/failed:${unit.targetLang}:${unit.id}`,
    ruleId: 'mt/failed',
    source: 'mt',
    severity: 'error',
    reason: `engine ${engineName} failed: ${reason}`,
    unitId: unit.id,
  };
  return { ...unit, findings: [...unit.findings, finding] };
}
