import type { TranslationEngine } from '../../src/mt/engine.js';

/**
 * An online MT engine (origin `mt`, not offline) that translates each segment with `translate`
 * and bills its source characters: for job tests that need machine translation with a given flaw.
 */
export function scriptedEngine(translate: (source: string, targetLang: string) => string): TranslationEngine {
  return {
    type: 'engine',
    name: 'scripted',
    origin: 'mt',
    offline: false,
    options: {},
    limits: { maxTexts: 50, maxBytes: 128 * 1024 },
    async translateBatch(batch) {
      return {
        targets: batch.segments.map((segment) => translate(segment.source, batch.targetLang)),
        billedCharacters: batch.segments.reduce((sum, segment) => sum + segment.source.length, 0),
      };
    },
  };
}
