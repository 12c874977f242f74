/** Reads the newsroom termbase from disk: a folder of CSV files, or one CSV file. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, GlossaryError } from '../errors.js';
import type { Glossary } from '../model.js';
import { parseGlossary, type GlossaryFile } from '../terms/index.js';
import { readRegularFile } from './read-file.js';

/** Largest termbase CSV file read: a newsroom termbase of 30,000 rows is about 3 MiB. */
export const GLOSSARY_FILE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads every `*.csv` in `path`, in name order, or `path` itself when it is a file, and parses
 * them as one termbase. Messages name files by `path` as given (relative stays relative).
 */
export async function readGlossaryDir(path: string): Promise<Glossary> {
  const files = await csvFilesAt(path);
  return parseGlossary(files.map(readGlossaryFile));
}

async function csvFilesAt(path: string): Promise<string[]> {
  try {
    if (!(await stat(path)).isDirectory()) return [path];
    const children = await readdir(path, { withFileTypes: true });
    return children
      // Skips hidden files and the owner files Excel leaves beside an open file ("~$x.csv").
      .filter((child) => child.isFile() && child.name.toLowerCase().endsWith('.csv') && !/^(\.|~\$)/u.test(child.name))
      .map((child) => child.name)
      .sort()
      .map((name) => join(path, name));
  } catch (error) {
    throw readError(path, error);
  }
}

function readGlossaryFile(path: string): GlossaryFile {
  const limit = { maxBytes: GLOSSARY_FILE_MAX_BYTES, kind: 'a termbase CSV file', sizeHint: 'check the path, or split the termbase into several files of a folder' };
  const content = readRegularFile(path, limit, (problem) => {
    throw new GlossaryError(problem.message, { file: path }, problem);
  });
  return { path, content };
}

function readError(path: string, error: unknown): GlossaryError {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new GlossaryError(
      `glossary not found: expected a folder of CSV files or a CSV file at ${path}`,
      { file: path },
      { hint: 'create it (see glossary/README.md for the format), or give the path of the termbase', cause: error },
    );
  }
  return new GlossaryError(`cannot read the glossary: ${errorMessage(error)}`, { file: path }, { cause: error });
}
