import type { RunServices } from '../job/run.js';
import { createFormatter } from '../render/formatter.js';
import type { Store } from '../store/store.js';
import { outputWriter, writeStreamedOutput } from './atomic-write.js';
import { codeFingerprint } from './code-fingerprint.js';
import { readGlossaryDir } from './read-glossary.js';
import { readArticle } from './read-input.js';
import { prepareOutputFolders } from './output-folders.js';
import { outputSha256, readOutput } from './read-output.js';
import { removeFiles } from './remove-files.js';

/** The job's services on the real disk, with the command's live engines. */
export function diskServices(store: Store, engine: RunServices['engine']): RunServices {
  return {
    readArticle: (path, format) => readArticle(path, format === undefined ? {} : { format }),
    readGlossary: readGlossaryDir,
    writeOutputs: outputWriter(),
    writeStreamedOutput,
    removeFiles,
    prepareOutputFolders,
    readOutput,
    outputSha256,
    formatter: createFormatter(),
    store,
    codeVersion: codeFingerprint(),
    engine,
  };
}
