import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/util/in-flight.js';

/** A task that ends when told to. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('InFlight', () => {
  it('keeps at most `limit` tasks running: add waits for room', async () => {
    const tasks = new InFlight(2);
    const [a, b, c] = [gate(), gate(), gate()];
    await tasks.add(a.promise);
    let added = false;
    const adding = tasks.add(b.promise).then(() => (added = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(added).toBe(false);
    a.open();
    await adding;
    const addingC = tasks.add(c.promise);
    b.open();
    await addingC;
    c.open();
    await tasks.drain();
  });

  it('throws the first failure from the next add or drain, and settle waits without throwing', async () => {
    const tasks = new InFlight(3);
    const [a, b] = [gate(), gate()];
    await tasks.add(a.promise);
    await tasks.add(b.promise);
    a.fail(new Error('disk full'));
    b.open();
    await tasks.settle();
    await expect(tasks.drain()).rejects.toThrow('disk full');
    await expect(tasks.add(Promise.resolve())).rejects.toThrow('disk full');
  });

  it('with a limit of one runs each task to its end before the next', async () => {
    const tasks = new InFlight(1);
    const order: string[] = [];
    await tasks.add(new Promise<void>((resolve) => setImmediate(() => (order.push('first'), resolve()))));
    order.push('second added');
    await tasks.drain();
    expect(order).toEqual(['first', 'second added']);
  });
});
