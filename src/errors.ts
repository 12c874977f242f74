/**
 * Typed errors. Every error the pipeline raises on purpose is a WireL10nError with a stable
 * `code`; the CLI maps codes to exit statuses in one table (src/cli/exit-codes.ts).
 * Messages say what is wrong, where (file:line), and how to fix it.
 */

export type ErrorCode =
  /** Bad command line: unknown option, missing argument, unknown engine. */
  | 'E_USAGE'
  /** An input story cannot be read or parsed. */
  | 'E_INPUT'
  /** The termbase is malformed. */
  | 'E_GLOSSARY'
  /** An output could not be written. */
  | 'E_OUTPUT'
  /** A machine-translation engine refused or failed in a way retries cannot fix. */
  | 'E_ENGINE'
  /** The store (translation memory, MT cache, ledger) cannot be opened, read or written. */
  | 'E_STORE'
  /** A TMX file is malformed, unsafe or too large. */
  | 'E_TMX'
  /** `check` found outputs that are missing or out of date. */
  | 'E_STALE'
  /** The engine account's quota is used up: what was translated is written; re-run later to resume. */
  | 'E_QUOTA'
  /** The job's character budget (--max-chars) would be exceeded: resumable with a larger budget. */
  | 'E_BUDGET'
  /** An XLIFF file given to `import` is malformed, unsafe, too large or not one wire-l10n can match: nothing of it is applied. */
  | 'E_XLIFF'
  /** `import` applied what it could but refused some units (changed source, broken inline codes): listed in the summary. */
  | 'E_IMPORT_REJECTED'
  /** `--fail-on`: findings at or above the given severity remain in the outputs (which are written). */
  | 'E_FINDINGS'
  /** Some of a batch's stories could not be read or parsed: they were skipped, the others' outputs written. */
  | 'E_SOME_INPUTS_FAILED'
  /** Redis (the job queue, or the limits shared by processes on one engine account) cannot be reached, or refused an operation. */
  | 'E_REDIS'
  /** The store holds no output record of the folder a command asks about, so nothing says how its stories were run (`report` without `--to`). */
  | 'E_UNRECORDED';

/** Where in a file a problem is. `line` and `column` are 1-based. */
/** The message of anything thrown: an Error's message, else its string form. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface FileLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export function formatLocation(location: FileLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

export class WireL10nError extends Error {
  override readonly name: string = 'WireL10nError';
  readonly code: ErrorCode;
  readonly location?: FileLocation;
  /** What the user can do about it, printed after the message. */
  readonly hint?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: { location?: FileLocation; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.location) this.location = options.location;
    if (options.hint) this.hint = options.hint;
  }

  /** "file:line: message" — the form editors and CI logs link to. */
  describe(): string {
    const where = this.location ? `${formatLocation(this.location)}: ` : '';
    return where + this.message;
  }
}

export class UsageError extends WireL10nError {
  override readonly name = 'UsageError';
  constructor(message: string, options: { hint?: string } = {}) {
    super('E_USAGE', message, options);
  }
}

export class InputError extends WireL10nError {
  override readonly name = 'InputError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    super('E_INPUT', message, { ...options, location });
  }
}

export class GlossaryError extends WireL10nError {
  override readonly name = 'GlossaryError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    super('E_GLOSSARY', message, { ...options, location });
  }
}

export class OutputError extends WireL10nError {
  override readonly name = 'OutputError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    super('E_OUTPUT', message, { ...options, location });
  }
}

export class EngineError extends WireL10nError {
  override readonly name = 'EngineError';
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('E_ENGINE', message, options);
  }
}

/** An XLIFF file `import` cannot take; `location` names the file and the line of the problem. */
export class XliffReadError extends WireL10nError {
  override readonly name = 'XliffReadError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    super('E_XLIFF', message, { ...options, location });
  }
}

/** No output record in the store says how the stories of an output folder were run; `location` names the folder. */
export class UnrecordedFolderError extends WireL10nError {
  override readonly name = 'UnrecordedFolderError';
  constructor(message: string, folder: string, options: { hint?: string } = {}) {
    super('E_UNRECORDED', message, { ...options, location: { file: folder } });
  }
}

export function isWireL10nError(value: unknown): value is WireL10nError {
  return value instanceof WireL10nError;
}
