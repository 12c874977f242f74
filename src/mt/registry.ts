import { errorMessage, UsageError } from '../errors.js';
import type { TranslationEngine } from './engine.js';
import { createDeepLEngine, deeplEngineWithoutKey, type DeepLEngineConfig } from './engines/deepl.js';
import { noneEngine } from './engines/none.js';
import { pseudoEngine } from './engines/pseudo.js';

/** Engines that need nothing to run. */
const ready: ReadonlyMap<string, TranslationEngine> = new Map([noneEngine, pseudoEngine].map((engine) => [engine.name, engine]));

export const engineNames: readonly string[] = [...ready.keys(), 'deepl'];

/** What engines that talk to a service need: their configuration, when there is one. */
export interface EngineEnvironment {
  readonly deepl?: DeepLEngineConfig;
  /**
   * DeepL's options when no key is set, for commands that never send (`check`): `deepl` then
   * names an engine that reads the MT cache as the keyed one does and cannot translate.
   */
  readonly deeplWithoutKey?: Omit<DeepLEngineConfig, 'authKey'>;
}

/** The engine registered under `name`; an unknown name lists the known ones. */
export function engineByName(name: string, environment: EngineEnvironment = {}): TranslationEngine {
  const engine = ready.get(name);
  if (engine) return engine;
  if (name === 'deepl') {
    if (!environment.deepl && !environment.deeplWithoutKey) {
      throw new UsageError('the deepl engine needs an API key', { hint: 'set DEEPL_AUTH_KEY (free keys end in :fx)' });
    }
    try {
      return environment.deepl ? createDeepLEngine(environment.deepl) : deeplEngineWithoutKey(environment.deeplWithoutKey!);
    } catch (error) {
      // The config checks throw TypeErrors naming the option; on the command line that is a usage error.
      throw new UsageError(`deepl: ${errorMessage(error)}`);
    }
  }
  throw new UsageError(`unknown engine "${name}"`, { hint: `known engines: ${engineNames.join(', ')}` });
}
