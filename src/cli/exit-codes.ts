import type { ErrorCode } from '../errors.js';

/**
 * The one table from error codes to exit statuses. Distinct statuses let batch schedulers tell
 * "fix the input" from "fix the command line" from "try again later" without parsing messages.
 */
export const exitCodes = {
  ok: 0,
  /** A bug in wire-l10n: the message asks for a report. */
  internal: 1,
  E_USAGE: 2,
  E_INPUT: 3,
  E_GLOSSARY: 4,
  E_OUTPUT: 5,
  E_ENGINE: 6,
  E_STORE: 7,
  /** A TMX file is bad input, like a bad story. */
  E_TMX: 3,
  E_STALE: 8,
  /** Resumable: everything translated so far is written and stored. */
  E_QUOTA: 9,
  /** Resumable, like E_QUOTA. */
  E_BUDGET: 10,
  /** A rejected XLIFF file: nothing of it was applied. */
  E_XLIFF: 11,
  /** An import that applied some units and refused others: the summary lists them. */
  E_IMPORT_REJECTED: 12,
  /** `--fail-on`: findings at or above that severity remain; everything was written as usual. */
  E_FINDINGS: 13,
  /** Some stories of a batch could not be read (each listed `file:line: why`); the others were written. */
  E_SOME_INPUTS_FAILED: 14,
  /** Redis unreachable (the job queue at the start; the shared limits at the start, or longer than an outage is waited for): nothing was queued or taken, what was translated is stored; run again once it is back. */
  E_REDIS: 15,
  /** `report` without `--to` on a folder the store has no output record of: run the stories first, or say how they were run. */
  E_UNRECORDED: 16,
} as const satisfies Record<ErrorCode | 'ok' | 'internal', number>;

/** A stop by Ctrl-C or SIGTERM: 128 + the signal's number, as shells report a process killed by it. */
export const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
