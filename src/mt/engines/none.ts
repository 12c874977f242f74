import type { TranslationEngine } from '../engine.js';

/** Leaves every unit untranslated: the XLIFF goes to translators as it is. */
export const noneEngine: TranslationEngine = {
  type: 'engine',
  name: 'none',
  origin: undefined,
  offline: true,
  options: {},
  limits: { maxTexts: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY },
  async translateBatch() {
    throw new Error('the none engine translates nothing and must not be sent batches');
  },
};
