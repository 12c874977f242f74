/** An online engine for job tests: pseudo-translation behind an account with a quota. */
import { EngineCallError, type EngineBatchResult, type TranslationEngine } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';

/**
 * pseudo as an online engine (origin mt, not offline) whose account runs out after `quotaTexts`
 * texts. Like DeepL losing a placeholder, it reports an error finding on every target whose source
 * holds a protected span, so that tests see findings travel through the MT cache. `sent` lists
 * what it translated, as `lang:source`.
 */
export function meteredEngine(quotaTexts = Number.POSITIVE_INFINITY) {
  let used = 0;
  const sent: string[] = [];
  const engine: TranslationEngine = {
    ...pseudoEngine,
    name: 'metered',
    origin: 'mt',
    offline: false,
    limits: { maxTexts: 3, maxBytes: 10_000 },
    async translateBatch(batch, context): Promise<EngineBatchResult> {
      if (used + batch.segments.length > quotaTexts) throw new EngineCallError('quota', 'Quota exceeded', { status: 456 });
      used += batch.segments.length;
      sent.push(...batch.segments.map((segment) => `${batch.targetLang}:${segment.source}`));
      const { targets } = await pseudoEngine.translateBatch(batch, context);
      const findings = batch.segments.map((segment) =>
        segment.protectedSpans.slice(0, 1).map((span) => ({
          ruleId: 'mt/placeholder-missing',
          source: 'mt',
          severity: 'error' as const,
          reason: `the engine dropped ${span.text}`,
          key: 'n1',
          expected: [span.text],
        })),
      );
      return { targets, findings };
    },
  };
  return { engine, sent };
}

/** The metered engine (same name, so the same MT cache keys) failing the test if it is ever called. */
export const unreachableEngine: TranslationEngine = {
  ...meteredEngine().engine,
  async translateBatch() {
    throw new Error('the engine was called although the MT cache holds every target');
  },
};
