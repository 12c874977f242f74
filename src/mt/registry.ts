import { UsageError } from '../errors.js';
import type { TranslationEngine } from './engine.js';
import { noneEngine } from './engines/none.js';
import { pseudoEngine } from './engines/pseudo.js';

const engines: ReadonlyMap<string, TranslationEngine> = new Map(
  [noneEngine, pseudoEngine].map((engine) => [engine.name, engine]),
);

export const engineNames: readonly string[] = [...engines.keys()];

/** The engine registered under `name`; an unknown name lists the known ones. */
export function engineByName(name: string): TranslationEngine {
  const engine = engines.get(name);
  if (!engine) {
    throw new UsageError(`unknown engine "${name}"`, { hint: `known engines: ${engineNames.join(', ')}` });
  }
  return engine;
}
