/**
 * The open transactions of one database connection, innermost last, shared by the adapters' gates
 * (`sqlite/transaction-gate.ts`, `postgres/transaction-gate.ts`). A call belongs to the transaction
 * of its async flow (the adapter knows it through AsyncLocalStorage); it runs on the connection
 * only when that transaction is the innermost open one, and waits otherwise, so a sibling flow's
 * savepoint never takes in calls that are not its own. A transaction begun inside another is a
 * savepoint of it.
 */

export interface OpenTransaction {
  readonly ended: Promise<void>;
}

/** The statements of a transaction; `savepoint` is undefined for the outermost one. Each may answer synchronously or with a promise. */
export interface TransactionStatements {
  begin(savepoint: string | undefined): unknown;
  commit(savepoint: string | undefined): unknown;
  rollback(savepoint: string | undefined): unknown;
}

export class TransactionStack {
  readonly #open: OpenTransaction[] = [];

  /**
   * Runs `next` once the innermost open transaction is `owner` (none, for a flow outside any),
   * waiting for each one that is not. The last check and `next` run with no await in between, so
   * no transaction can begin after the check and before `next` starts (a server connection queues
   * the statement `next` sends before any later one).
   */
  async whenFree<T>(owner: OpenTransaction | undefined, next: () => T): Promise<Awaited<T>> {
    for (let top = this.#open.at(-1); top !== undefined && top !== owner; top = this.#open.at(-1)) await top.ended;
    return await next();
  }

  /**
   * Runs `enter(transaction)` as a transaction begun by a call of `owner`'s flow: `enter` runs the
   * work with the new transaction as its flow's context. Committed when the work resolves, rolled
   * back when it rejects.
   */
  async transaction<T>(owner: OpenTransaction | undefined, enter: (transaction: OpenTransaction) => Promise<T>, statements: TransactionStatements): Promise<T> {
    let end!: () => void;
    const transaction: OpenTransaction = { ended: new Promise((resolve) => (end = resolve)) };
    let savepoint: string | undefined;
    try {
      await this.whenFree(owner, () => {
        savepoint = this.#open.length === 0 ? undefined : `wire_l10n_${this.#open.length}`;
        this.#open.push(transaction);
        return statements.begin(savepoint);
      });
    } catch (error) {
      this.#remove(transaction);
      end();
      throw error;
    }
    try {
      const result = await enter(transaction);
      // A transaction begun inside and not awaited ends first: the stack unwinds in order.
      await this.whenFree(transaction, () => statements.commit(savepoint));
      return result;
    } catch (error) {
      await this.whenFree(transaction, () => statements.rollback(savepoint));
      throw error;
    } finally {
      this.#remove(transaction);
      end();
    }
  }

  #remove(transaction: OpenTransaction): void {
    const index = this.#open.lastIndexOf(transaction);
    if (index >= 0) this.#open.splice(index, 1);
  }
}
