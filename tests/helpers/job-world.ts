/** The job's world in memory: one store and one disk shared across runs, like a project folder. */
import { streamedContent, type OutputFile } from '../../src/io/atomic-write.js';
import type { RunOptions, RunServices } from '../../src/job/run.js';
import type { Article, Glossary } from '../../src/model.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { engineSettings, liveEngine } from './live-engines.js';
import { createFormatter } from '../../src/render/formatter.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { sha256Hex } from '../../src/util/hash.js';

/** `RunServices.outputSha256` over a disk in memory. */
export function sha256OnDisk(disk: ReadonlyMap<string, string>): RunServices['outputSha256'] {
  return async (path) => {
    const content = disk.get(path);
    return content === undefined ? undefined : sha256Hex(content);
  };
}

export async function memoryJobWorld(glossary: Glossary) {
  const store: Store = await openSqliteStore(':memory:');
  const disk = new Map<string, string>();
  /** Services reading `articles` by their source path; writes report only the files that changed. */
  const services = (articles: readonly Article[]): RunServices => ({
    readArticle: async (path) => articles.find((article) => article.source.path === path)!,
    readGlossary: async () => glossary,
    writeOutputs: async (files: readonly OutputFile[]) => {
      const changed = files.filter((file) => disk.get(file.path) !== file.content);
      changed.forEach((file) => disk.set(file.path, file.content));
      return changed.map((file) => file.path);
    },
    writeStreamedOutput: async (file) => {
      const content = await streamedContent(file);
      if (disk.get(file.path) === content) return false;
      disk.set(file.path, content);
      return true;
    },
    removeFiles: async (paths) => paths.filter((path) => disk.delete(path)),
    prepareOutputFolders: async () => {},
    readOutput: async (path) => disk.get(path),
    outputSha256: sha256OnDisk(disk),
    formatter: createFormatter(),
    store,
    codeVersion: 'test',
    engine: liveEngine,
  });
  return { store, disk, services };
}

/** Run options for tests: both languages, XLIFF 1.2, one request at a time; `engine` by its settings, found by the world's services. */
export function jobOptions(engine: TranslationEngine, inputs: readonly string[], patch: Partial<RunOptions> = {}): RunOptions {
  return {
    inputs,
    targetLangs: ['fr', 'ar'],
    outDir: 'out',
    localesDir: 'locales',
    glossaryPath: 'glossary',
    engine: engineSettings(engine),
    xliffVersions: ['1.2'],
    allowPartial: false,
    concurrency: 1,
    fuzzyThreshold: 75,
    ...patch,
  };
}

/** The pseudo engine, counting every segment it is asked for (`lang:source`). */
export function countingEngine(base: TranslationEngine = pseudoEngine) {
  const asked: string[] = [];
  const engine: TranslationEngine = {
    ...base,
    async translateBatch(batch, context) {
      asked.push(...batch.segments.map((segment) => `${batch.targetLang}:${segment.source}`));
      return base.translateBatch(batch, context);
    },
  };
  return { engine, asked };
}
