/**
 * Live engines in job tests. A job's options name its engine by settings (plain data) and its
 * services give the live engine: `engineSettings(engine)` registers `engine` under the settings it
 * returns, and `liveEngine` — the `engine` service of the helpers' services — finds it again (a
 * registered engine by name otherwise).
 */
import { engineSettingsOf, type EngineSettings, type TranslationEngine } from '../../src/mt/engine.js';
import { engineByName } from '../../src/mt/registry.js';

const registered = new WeakMap<EngineSettings, TranslationEngine>();

export function engineSettings(engine: TranslationEngine): EngineSettings {
  const settings = engineSettingsOf(engine);
  registered.set(settings, engine);
  return settings;
}

export function liveEngine(settings: EngineSettings): TranslationEngine {
  // A live engine put in the options by mistake would run, and the options would no longer be data.
  if ('translateBatch' in settings) throw new TypeError(`the options hold the live engine ${settings.name}: give engineSettings(engine)`);
  return registered.get(settings) ?? engineByName(settings.name);
}
