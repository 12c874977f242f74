import type { Glossary, LanguageTag, Segment, TargetOrigin } from '../model.js';

/** One request to an engine: segments of one language pair, already packed by the dispatcher. */
export interface EngineBatch {
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly segments: readonly Segment[];
}

/** What an engine receives besides the batch: its services, passed in so tests can fake them. */
export interface EngineContext {
  readonly glossary: Glossary;
  readonly signal?: AbortSignal;
}

/**
 * A machine-translation engine: a typed module with a name, registered once (see registry.ts).
 * Mechanism only: it makes one call per batch and reports the outcome; batching, pacing,
 * retries and budgets belong to the dispatcher.
 */
export interface TranslationEngine {
  readonly type: 'engine';
  readonly name: string;
  /**
   * What its targets are. `undefined` for an engine that translates nothing (`none`):
   * the dispatcher then sends it nothing at all.
   */
  readonly origin: TargetOrigin | undefined;
  /**
   * True when it runs in this process without network or cost (none, pseudo): `check`, which
   * promises no network call, may run it to see what a run would produce.
   */
  readonly offline: boolean;
  /** What, besides its name, changes its output: part of the MT cache key. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
  /** The largest batch it accepts. */
  readonly limits: { readonly maxTexts: number; readonly maxBytes: number };
  /** Targets in the order of `batch.segments`. */
  translateBatch(batch: EngineBatch, context: EngineContext): Promise<readonly string[]>;
}
