/**
 * The CLI's entry: parse argv, run the matched command, and own the one catch that turns errors
 * into messages and exit statuses. Only this layer decides exit codes.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { errorMessage, isWireL10nError } from '../errors.js';
import { exitCodes } from './exit-codes.js';
import { processIO, writeLine, type CliIO } from './io.js';
import { buildProgram } from './program.js';

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const program = buildProgram(io, packageVersion());
  // Whether the command that runs prints JSON: known once commander has parsed its options.
  let json: boolean | undefined;
  program.hook('preAction', (_program, action) => {
    json = action.opts()['json'] === true;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.human !== undefined) writeLine(io.stderr, failure.human);
    // A program reading the JSON lines learns why they stop; an error before commander parsed the
    // options (unknown option, missing value) goes by the --json the user typed.
    if (failure.exit !== exitCodes.ok && (json ?? typedJson(argv))) {
      writeLine(io.stdout, JSON.stringify({ event: 'error', code: failure.code, exit: failure.exit, message: failure.message, ...(failure.hint ? { hint: failure.hint } : {}) }));
    }
    return failure.exit;
  }
}

interface Failure {
  /** The error's stable code (`E_USAGE`…), or `internal` for a bug. */
  readonly code: string;
  readonly exit: number;
  readonly message: string;
  readonly hint?: string;
  /** What to print on stderr; undefined when commander has printed it already. */
  readonly human?: string;
}

function describeFailure(error: unknown): Failure {
  if (error instanceof CommanderError) {
    // commander has printed its own message (unknown option, missing argument) or the help text.
    return { code: 'E_USAGE', exit: error.exitCode === 0 ? exitCodes.ok : exitCodes.E_USAGE, message: error.message.replace(/^error: /u, '') };
  }
  if (isWireL10nError(error)) {
    const message = error.describe();
    return {
      code: error.code,
      exit: exitCodes[error.code],
      message,
      ...(error.hint ? { hint: error.hint } : {}),
      human: `wire-l10n: error: ${message}${error.hint ? `\n  hint: ${error.hint}` : ''}`,
    };
  }
  const message = errorMessage(error);
  return {
    code: 'internal',
    exit: exitCodes.internal,
    message: `internal error: ${message}`,
    human: `wire-l10n: internal error (this should never happen; please report it with the output below)\n${error instanceof Error ? (error.stack ?? message) : message}`,
  };
}

/** `--json` among the arguments, before a `--` that ends the options. */
export function typedJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
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
