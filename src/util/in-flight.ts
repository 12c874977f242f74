/**
 * Async tasks started one after another with at most `limit` running: `add` returns once there is
 * room for the next, `drain` once all are done. The first failure is thrown by the next `add` or
 * by `drain`; `settle` waits for the rest without throwing (for cleaning up after a failure).
 */
export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failure: { readonly error: unknown } | undefined;

  constructor(private readonly limit: number) {}

  async add(task: Promise<void>): Promise<void> {
    const tracked: Promise<void> = task.then(
      () => void this.running.delete(tracked),
      (error: unknown) => {
        this.running.delete(tracked);
        this.failure ??= { error };
      },
    );
    this.running.add(tracked);
    while (this.running.size >= Math.max(1, this.limit)) await Promise.race(this.running);
    this.throwFailure();
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.throwFailure();
  }

  async settle(): Promise<void> {
    await Promise.all(this.running);
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
