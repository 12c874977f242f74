/** The request took longer than the engine's `timeoutMs`. */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError';
}

/**
 * Settles with `work`, or rejects after `timeoutMs` or when `signal` aborts (with its reason),
 * whichever comes first. deepl-node takes no AbortSignal and cannot time out sooner than ~1 s
 * (it waits at least its first backoff deadline), so the engine keeps its own clock; the abandoned
 * request still ends at deepl-node's time-out, and its outcome is ignored.
 */
export function settleWithin<T>(work: Promise<T>, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      done();
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      done();
      reject(new DeadlineExceededError(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    // Handlers first, so an abandoned request's late failure is never an unhandled rejection.
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
