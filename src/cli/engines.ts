/**
 * A command's live engines. Job options name an engine by its settings (plain data, no key); the
 * engine itself is built here from the environment — DEEPL_AUTH_KEY, the DeepL server
 * (`--deepl-server-url`, else DEEPL_SERVER_URL) and `wire-l10n.json`'s deepl section — and kept,
 * one object per settings, for every job the command runs.
 */
import { UsageError } from '../errors.js';
import { engineSettingsOf, type EngineBatch, type EngineSettings, type TranslationEngine } from '../mt/engine.js';
import { engineByName, type EngineEnvironment } from '../mt/registry.js';
import { canonicalJson } from '../store/mt-cache-key.js';
import type { ProjectConfig } from './config.js';

export interface CommandEngines {
  /**
   * The settings of the engine `name` names; without a name, DeepL when a key is set, else `none`
   * with a note saying why. `not-needed`: a command that never sends takes `deepl` without a key.
   */
  choose(name: string | undefined, key: 'required' | 'not-needed'): { settings: EngineSettings; note?: string };
  /** The live engine for `settings`, as this environment builds it; settings it cannot build are a usage error. */
  engine(settings: EngineSettings): TranslationEngine;
}

export function commandEngines(env: NodeJS.ProcessEnv, serverUrlFlag: string | undefined, config: ProjectConfig): CommandEngines {
  // The key is read here, once, and goes nowhere but the engine.
  const authKey = env['DEEPL_AUTH_KEY']?.trim() || undefined;
  const serverUrl = serverUrlFlag ?? (env['DEEPL_SERVER_URL']?.trim() || undefined);
  const configured = config.deepl;
  const deeplOptions = {
    ...(serverUrl === undefined ? {} : { serverUrl }),
    ...(configured?.languages === undefined ? {} : { perLanguage: configured.languages }),
    ...(configured?.timeoutMs === undefined ? {} : { timeoutMs: configured.timeoutMs }),
    // The dispatcher puts each batch's paragraphs in `batch.context`.
    contextFor: (batch: EngineBatch) => batch.context,
  };
  const environment = (key: 'required' | 'not-needed'): EngineEnvironment =>
    authKey !== undefined ? { deepl: { authKey, ...deeplOptions } } : key === 'not-needed' ? { deeplWithoutKey: deeplOptions } : {};
  const built = new Map<string, TranslationEngine>();
  /** The engine kept for `engine`'s settings: the first one built for them. */
  const kept = (engine: TranslationEngine): TranslationEngine => {
    const key = settingsKey(engineSettingsOf(engine));
    const known = built.get(key) ?? engine;
    built.set(key, known);
    return known;
  };
  return {
    choose(name, key) {
      if (name !== undefined) return { settings: engineSettingsOf(kept(engineByName(name, environment(key)))) };
      if (authKey !== undefined) return { settings: engineSettingsOf(kept(engineByName('deepl', environment(key)))) };
      return {
        settings: engineSettingsOf(kept(engineByName('none'))),
        note: 'engine none: no DEEPL_AUTH_KEY is set, so nothing is machine-translated and units are left for translators (set DEEPL_AUTH_KEY for DeepL, or use --engine pseudo for a pseudo-translation to test layout)',
      };
    },
    engine(settings) {
      const known = built.get(settingsKey(settings));
      if (known) return known;
      const engine = engineByName(settings.name, environment('required'));
      if (settingsKey(engineSettingsOf(engine)) !== settingsKey(settings)) {
        throw new UsageError(`engine ${settings.name}: this environment builds it with other options than the job's`, {
          hint: "run the job where wire-l10n.json's engine section is the one it was made with",
        });
      }
      return kept(engine);
    },
  };
}

/** What tells engines apart: name and options (their order aside), written as MT cache keys write them. */
function settingsKey({ name, options }: EngineSettings): string {
  return canonicalJson({ name, options });
}
