/**
 * The CLI's entry: parse argv, run the matched command, and own the one catch that turns errors
 * into messages and exit statuses. Only this layer decides exit codes.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { isWireL10nError } from '../errors.js';
import { exitCodes } from './exit-codes.js';
import { processIO, writeLine, type CliIO } from './io.js';
import { buildProgram } from './program.js';

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const program = buildProgram(io, packageVersion());
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // commander has printed its own message (unknown option, missing argument) or the help text.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.E_USAGE;
  }
  if (isWireL10nError(error)) {
    writeLine(io.stderr, `wire-l10n: error: ${error.describe()}`);
    if (error.hint) writeLine(io.stderr, `  hint: ${error.hint}`);
    return exitCodes[error.code];
  }
  writeLine(io.stderr, 'wire-l10n: internal error (this should never happen; please report it with the output below)');
  writeLine(io.stderr, error instanceof Error ? (error.stack ?? error.message) : String(error));
  return exitCodes.internal;
}

/** The version in our package.json, found by walking up: the same code runs from src/ and dist/src/. */
function packageVersion(): string {
  for (let folder = new URL('.', import.meta.url); ; folder = new URL('..', folder)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as { name?: string; version: string };
      if (manifest.name === 'wire-l10n') return manifest.version;
    } catch {
      /* not here: keep walking */
    }
    if (folder.pathname === '/') return 'unknown';
  }
}
