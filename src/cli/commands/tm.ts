import { writeFileAtomic } from '../../io/atomic-write.js';
import { readTmxFile } from '../../io/read-tmx.js';
import type { ParsedTmx } from '../../tmx/index.js';
import { writeTmx } from '../../tmx/index.js';
import { isMarkedEntry } from '../../store/marked-entries.js';
import type { TmEntry } from '../../store/store.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';

export interface TmImportOptions {
  readonly files: readonly string[];
  readonly storePath?: string;
}

/**
 * Imports TMX files into the translation memory. Every file is read and checked before anything
 * is stored, and all entries go in one transaction: a bad file imports nothing.
 */
export async function tmImportCommand(options: TmImportOptions, io: CliIO): Promise<void> {
  const parsed: Array<ParsedTmx & { file: string }> = [];
  for (const file of options.files) parsed.push({ file, ...(await readTmxFile(file)) });
  const result = await withStore(options.storePath, 'read-write', async (store) =>
    store.tm.add(parsed.flatMap((item) => item.entries)),
  );
  for (const item of parsed) {
    writeLine(io.stdout, `${item.file}: ${item.entries.length} entries read, ${item.skipped.length} translation units skipped`);
    for (const skipped of item.skipped) writeLine(io.stdout, `  ${item.file}:${skipped.line}: skipped: ${skipped.reason}`);
  }
  writeLine(io.stdout, `translation memory: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged`);
}

export interface TmExportOptions {
  /** Write here (atomically) instead of stdout. */
  readonly out?: string;
  readonly sourceLang: string;
  readonly targetLang?: string;
  readonly storePath?: string;
  readonly version: string;
}

/**
 * Exports the translation memory as TMX 1.4b: to stdout, or atomically to a file. Entries of
 * marked-up sentences are left out, and counted on stderr (`isMarkedEntry` says why).
 */
export async function tmExportCommand(options: TmExportOptions, io: CliIO): Promise<void> {
  const { tmx, leftOut } = await withStore(options.storePath, 'readonly', async (store) => {
    const plain: TmEntry[] = [];
    let marked = 0;
    for await (const entry of store.tm.all(options.sourceLang, options.targetLang)) {
      if (isMarkedEntry(entry)) marked += 1;
      else plain.push(entry);
    }
    const written = writeTmx(plain, {
      sourceLang: options.sourceLang,
      creationToolVersion: options.version,
      ...(options.out === undefined ? {} : { file: options.out }),
    });
    return { tmx: written, leftOut: marked };
  });
  if (options.out === undefined) io.stdout.write(tmx);
  else await writeFileAtomic(options.out, tmx);
  if (leftOut > 0) {
    writeLine(io.stderr, `tm export: ${leftOut} entries of marked-up sentences left out (their inline codes are this project's, not the source format's: TMX cannot carry them)`);
  }
}
