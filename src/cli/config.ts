/**
 * The project's configuration file, `wire-l10n.json` in the working folder (or `--config FILE`):
 * settings that belong to a newsroom rather than to one command line. Today: DeepL options per
 * target language, the newsroom's size limits per block kind for XLIFF, and its house style per
 * language (see src/qa/house-style/settings.ts), the retry policy of engine requests, and the
 * engines an embargoed story may go to (`embargo.engines`). Their
 * schema, and the messages a file that breaks it gets, are in config-schema.ts.
 *
 *   { "deepl": { "languages": { "fr": { "formality": "prefer_more", "context": true },
 *                               "ar": { "modelType": "quality_optimized" } },
 *                "timeoutMs": 10000 },
 *     "xliff": { "sizeLimits": { "headline": 90 } },
 *     "retry": { "maxAttempts": 6, "baseDelayMs": 1000, "maxDelayMs": 60000 } }
 */
import { existsSync } from 'node:fs';
import { errorMessage, UsageError } from '../errors.js';
import { readRegularFile } from '../io/read-file.js';
import { configProblems, projectConfigSchema, type ProjectConfig } from './config-schema.js';

export type { ProjectConfig } from './config-schema.js';

export const defaultConfigFile = 'wire-l10n.json';

/** Largest configuration file read: a few hundred bytes in practice. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** Reads the configuration: `path` must exist when given; the default file is optional. */
export function readProjectConfig(path: string | undefined): ProjectConfig {
  const file = path ?? defaultConfigFile;
  if (!existsSync(file)) {
    if (path === undefined) return {};
    throw new UsageError(`${file}: no such configuration file`);
  }
  const limit = { maxBytes: CONFIG_MAX_BYTES, kind: 'a configuration file', sizeHint: 'check the --config path' };
  const bytes = readRegularFile(file, limit, (problem) => {
    throw new UsageError(`${file}: ${problem.message}`, problem);
  });
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${errorMessage(error)}`);
  }
  const parsed = projectConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Every problem at once, each naming the file: one edit fixes the file, not one per run.
  const problems = configProblems(parsed.error).map((problem) => `${file}: ${problem}`);
  throw new UsageError(problems.join('\n'), { hint: 'see "Configuration" in the README' });
}
