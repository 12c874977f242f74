/**
 * A command that stops cleanly on Ctrl-C / SIGTERM (watch: it finishes the job under way and puts
 * back what it has not started) takes the first such signal over here; process.ts asks before
 * stopping the process at once. A second signal stops at once, as for any command.
 */
export type StopSignal = 'SIGINT' | 'SIGTERM';

let listener: ((signal: StopSignal) => void) | undefined;

/** Hands the next stop signal to `onStop` instead of ending the process; returns the undo. */
export function takeOverStopSignal(onStop: (signal: StopSignal) => void): () => void {
  listener = onStop;
  return () => {
    if (listener === onStop) listener = undefined;
  };
}

/** Gives the signal to the command that took it over, once; false when none did (the process stops at once). */
export function passStopSignal(signal: StopSignal): boolean {
  const onStop = listener;
  if (onStop === undefined) return false;
  listener = undefined;
  onStop(signal);
  return true;
}
