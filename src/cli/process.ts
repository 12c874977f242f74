/**
 * The CLI as an operating-system process: what `main` cannot see from its streams. A reader that
 * goes away (`wire-l10n segment | head -1`) and Ctrl-C / SIGTERM (which `watch` takes over:
 * graceful-stop.ts).
 */
import { signalExitCodes } from './exit-codes.js';
import { passStopSignal } from './graceful-stop.js';
import { boundHeapGrowth } from './heap-growth.js';
import { writeLine } from './io.js';
import { main, typedJson } from './main.js';

/** Runs the CLI on `argv` as this process, and sets its exit status. */
export async function runProcess(argv: readonly string[]): Promise<void> {
  boundHeapGrowth();
  ignoreClosedReader(process.stdout);
  ignoreClosedReader(process.stderr);
  for (const signal of Object.keys(signalExitCodes) as Array<keyof typeof signalExitCodes>) {
    // A command that stops cleanly (watch) takes the first signal; otherwise, or at the next one, stop now.
    process.on(signal, () => {
      if (!passStopSignal(signal)) stopOnSignal(signal, typedJson(argv));
    });
  }
  process.exitCode = await main(argv);
}

/**
 * A reader that closed its end of a pipe (`| head -1`) wants no more: the stream's later writes
 * are dropped, and the command carries on to its end, so a job still writes its outputs and
 * stores its results. Without a listener the EPIPE would crash the process with a stack trace.
 */
function ignoreClosedReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

/**
 * Stops at once, saying what is kept. Nothing is half-done at this point: every store write is a
 * transaction, and every file is renamed into place whole; temporary files of writes in flight
 * are removed by the next run. A single store call runs its statements synchronously (a signal is
 * handled between calls); a `Store.transaction` spans awaits (an import applying a file), and one
 * a signal cuts short is never committed: the store drops it, so the file is imported all or
 * nothing.
 */
function stopOnSignal(signal: keyof typeof signalExitCodes, json: boolean): never {
  const message = `stopped by ${signal}: everything already stored (engine results, imported files) is kept, and every file written is complete`;
  const hint = 'run the same command again to resume; nothing stored is sent to the engine again';
  writeLine(process.stderr, `wire-l10n: ${message}`);
  writeLine(process.stderr, `  hint: ${hint}`);
  // Like any other error event, so that a program reading the JSON lines learns why they stop.
  if (json) writeLine(process.stdout, JSON.stringify({ event: 'error', code: 'interrupted', exit: signalExitCodes[signal], message, hint }));
  process.exit(signalExitCodes[signal]);
}
