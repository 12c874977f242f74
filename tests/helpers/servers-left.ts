/**
 * Global setup: the private Redis and PostgreSQL servers the tests start (helpers/servers.ts) each
 * leave a file named by their pid in a folder for this run while they run; after the run, any that
 * is still running was started by a test that never stopped it. It is stopped then, and the run
 * fails, naming it: a suite left one Redis running after each run before this check.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable naming the run's folder of server pids. */
export const SERVER_PIDS_ENV = 'WIRE_L10N_TEST_SERVER_PIDS';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'wire-l10n-test-servers-'));
  process.env[SERVER_PIDS_ENV] = folder;
  return () => {
    const left = readdirSync(folder).map(Number).filter(running);
    rmSync(folder, { recursive: true, force: true });
    for (const pid of left) process.kill(pid, 'SIGINT');
    if (left.length === 0) return;
    // Vitest prints an error thrown here but still exits 0: the exit status says it.
    console.error(`the tests left ${left.length} private server(s) running (pid ${left.join(', ')}), stopped now: a test starts a server and never stops it`);
    process.exitCode = 1;
  };
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
