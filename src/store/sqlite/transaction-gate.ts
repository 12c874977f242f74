/**
 * The async gate of the SQLite adapter: one connection serves every async flow of the process, so
 * while `Store.transaction` holds it open, only the calls of that transaction's own flow may use
 * the connection. Which flow a call belongs to is known through AsyncLocalStorage: the work of a
 * transaction runs with the transaction as its context, and so does every call it awaits or starts.
 *
 * A call runs at once when no transaction is open or when it belongs to the innermost open one;
 * any other call waits until that transaction ends, so another flow's writes never slip into it
 * (nor get rolled back with it): they land after it. A transaction begun inside another is a
 * savepoint of it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from 'better-sqlite3';
import { guarded, storeFailure } from './failures.js';

interface OpenTransaction {
  readonly ended: Promise<void>;
}

export interface TransactionGate {
  /** Runs one synchronous database call when the connection is free for the caller's flow. */
  run<T>(call: () => T): Promise<T>;
  /** `Store.transaction`: `work` and every store call of its flow in one transaction. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

export function transactionGate(db: Database, path: string): TransactionGate {
  const flow = new AsyncLocalStorage<OpenTransaction>();
  const open: OpenTransaction[] = [];

  /**
   * Runs `next` once the innermost open transaction is `owner` (none, for a flow outside any),
   * waiting for each one that is not. The last check and `next` run with no await in between, so no
   * transaction can begin after the check and before `next`.
   */
  const whenFree = async <T>(owner: OpenTransaction | undefined, next: () => T): Promise<T> => {
    for (let top = open.at(-1); top !== undefined && top !== owner; top = open.at(-1)) await top.ended;
    return next();
  };
  const sql = (statement: string, action: string): void => {
    try {
      db.exec(statement);
    } catch (error) {
      throw storeFailure(path, action, error);
    }
  };

  return {
    run: (call) => whenFree(flow.getStore(), call),
    async transaction(work) {
      let end!: () => void;
      const transaction: OpenTransaction = { ended: new Promise((resolve) => (end = resolve)) };
      const savepoint = await whenFree(flow.getStore(), () => {
        const name = open.length === 0 ? undefined : `wire_l10n_${open.length}`;
        sql(name === undefined ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`, 'starting a transaction');
        open.push(transaction);
        return name;
      });
      try {
        const result = await flow.run(transaction, work);
        // A transaction begun inside and not awaited ends first: the stack unwinds in order.
        await whenFree(transaction, () => sql(savepoint === undefined ? 'COMMIT' : `RELEASE ${savepoint}`, 'committing a transaction'));
        return result;
      } catch (error) {
        await whenFree(transaction, () => {
          // A failed COMMIT (a full disk) leaves the transaction open: undo it too.
          if (db.inTransaction) sql(savepoint === undefined ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`, 'rolling back a transaction');
        });
        throw error;
      } finally {
        open.pop();
        end();
      }
    },
  };
}

/** A database call of the adapter, made through the gate, its SQLite failure a StoreError naming what it was `action`. */
export type StoreCall = <T>(action: string, work: () => T) => Promise<T>;

export function storeCall(gate: TransactionGate, path: string): StoreCall {
  return (action, work) => gate.run(() => guarded(path, action, work));
}
